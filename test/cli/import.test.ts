import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectContentCopy, runKbIn } from '../helpers/kb-cli.ts';
import { encodeCp1258, misreadAsCp1252 } from '../helpers/legacy-encode.ts';
import { BINH_SON_2022_H2, makeReportDocx } from '../helpers/make-docx.ts';
import { fixturesDir } from '../helpers/content-folder.ts';

const seedFile = (n: number) => join(fixturesDir, 'citations', `seed-00${n}`, 'input.txt');

describe('kb import on the command line', () => {
  let content: string;
  let inbox: string;
  beforeAll(async () => {
    content = projectContentCopy();
    inbox = mkdtempSync(join(tmpdir(), 'kb-inbox-'));
    writeFileSync(join(inbox, 'bao-cao-2022-h2.docx'), await makeReportDocx(BINH_SON_2022_H2));
  });
  const kb = (...args: string[]) => runKbIn(args, { KB_CONTENT_DIR: content });

  it('writes a .docx as a draft where the content layout puts it, and kb check accepts it', () => {
    const run = kb('import', join(inbox, 'bao-cao-2022-h2.docx'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const path = join(content, 'reports/quang-ngai/binh-son/2022-h2-hoi-nhap.mdx');
    expect(run.stdout).toContain(`Đã ghi bản nháp: ${path}`);
    const draft = readFileSync(path, 'utf8');
    expect(draft).toMatch(/^---\n# Bản nháp do kb import tạo từ "bao-cao-2022-h2\.docx"/);
    expect(draft).toContain('number: 310/BC-UBND\n');
    expect(draft).toContain('issued: 2022-12-22\n');
    // The letter it answers is not in the knowledge base: named for the author, not invented.
    expect(draft).not.toMatch(/^request:/m);
    const check = kb('check', path);
    expect(check.stdout).toContain('Nội dung hợp lệ');
    expect(check.status).toBe(0);
  });

  it('skips the same file a second time by its SHA-256, naming the draft it already made', () => {
    const run = kb('import', join(inbox, 'bao-cao-2022-h2.docx'));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('bỏ qua: đã nhập trước đây: reports/quang-ngai/binh-son/2022-h2-hoi-nhap.mdx');
  });

  it('refuses the same report from another file, naming the file it already has', async () => {
    writeFileSync(join(inbox, 'ban-sao.docx'), await makeReportDocx({ ...BINH_SON_2022_H2, recipients: ['Như trên;', 'Lưu: VT, VP.'] }));
    const run = kb('import', join(inbox, 'ban-sao.docx'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('không nhập: cơ sở tri thức đã có báo cáo này: reports/quang-ngai/binh-son/2022-h2-hoi-nhap.mdx');
    expect(run.stderr).toContain('--force');
  });

  it('refuses a seed report the knowledge base already holds, even under another file name', () => {
    const run = kb('import', seedFile(0), '--dry-run');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('reports/quang-ngai/binh-son/2022-h1-hoi-nhap.mdx');
  });

  it('imports it anyway with --force, into --out', () => {
    const out = mkdtempSync(join(tmpdir(), 'kb-out-'));
    const run = kb('import', seedFile(0), '--force', '--out', out);
    expect(run.status).toBe(0);
    expect(existsSync(join(out, 'reports/quang-ngai/binh-son/2022-h1-hoi-nhap.mdx'))).toBe(true);
    rmSync(out, { recursive: true });
  });

  it('never overwrites: --force on a duplicate writes beside the existing file', () => {
    const existing = join(content, 'reports/quang-ngai/binh-son/2022-h1-hoi-nhap.mdx');
    const before = readFileSync(existing, 'utf8');
    const run = kb('import', seedFile(0), '--force');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('reports/quang-ngai/binh-son/2022-h1-hoi-nhap-2.mdx');
    expect(readFileSync(existing, 'utf8')).toBe(before);
    rmSync(join(content, 'reports/quang-ngai/binh-son/2022-h1-hoi-nhap-2.mdx'));
  });

  it('--dry-run --json prints what it found, null where the document says nothing, and writes nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'kb-out-'));
    const run = kb('import', seedFile(4), '--dry-run', '--json', '--force', '--out', out);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ number: null, issued: null, place: null, unit: 'trieu-son', period: '2022-H1', kind: 'bao-cao', written: null });
    expect(json.missing).toEqual(expect.arrayContaining(['number', 'issued', 'place']));
    expect(json.tasks).toHaveLength(2);
    expect(json.body).toContain('Ủy ban nhân dân huyện Triệu Sơn báo cáo như sau');
    expect(existsSync(join(out, 'reports'))).toBe(false);
  });

  it('reads a Windows-1258 text file', () => {
    const file = join(inbox, 'cp1258.txt');
    writeFileSync(file, encodeCp1258('Số: 88/BC-UBND\n\nBình Sơn, ngày 10 tháng 1 năm 2024\n\nBÁO CÁO\n\nCông tác đối ngoại năm 2023\n\nUBND huyện Bình Sơn kính báo cáo như sau: tình hình đối ngoại của huyện trong năm được triển khai theo kế hoạch.\n'));
    const run = kb('import', file, '--dry-run', '--json');
    expect(JSON.parse(run.stdout)).toMatchObject({ number: '88/BC-UBND', issued: '2024-01-10', place: 'Bình Sơn', unit: 'binh-son', period: '2023', encoding: 'windows-1258' });
  });

  it('refuses mojibake, naming the file and the line', () => {
    const file = join(inbox, 'hong.txt');
    writeFileSync(file, misreadAsCp1252('Số: 1/BC-UBND\nBình Sơn, ngày 1 tháng 1 năm 2024\n'));
    const run = kb('import', file);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:1: không nhập: văn bản đã bị lỗi phông`));
  });

  it('refuses a .doc that is neither Word, RTF nor a web page, saying what it takes', () => {
    const file = join(inbox, 'cu.doc');
    writeFileSync(file, 'x');
    const run = kb('import', file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${file}: không nhập: không nhận loại tệp ".doc"`);
    expect(run.stderr).toContain('dùng .docx, .doc, .pdf');
  });
});
