import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site.ts';
import { encodeCp1258, encodeTcvn3, misreadAsCp1252 } from '../helpers/legacy-encode.ts';
import { makeReportDocx } from '../helpers/make-docx.ts';

const kb = (...args: string[]) => spawnSync(join(projectRoot, 'node_modules/.bin/node'), ['--disable-warning=ExperimentalWarning', 'src/cli/kb.ts', ...args], { cwd: projectRoot, encoding: 'utf8' });

describe('kb citations', () => {
  it('prints the contract JSON for a report, skipping the frontmatter but keeping its lines', () => {
    const out = JSON.parse(kb('citations', 'content/reports/quang-ngai/binh-son/2023-doi-ngoai-nhan-dan.mdx', '--json').stdout);
    expect(out[0]).toEqual({ number: '92/KH-UBND', date: '2022-06-03', kind: 'ke-hoach', issuer: 'UBND tỉnh Quảng Ngãi', line: 50 });
    expect(out).toContainEqual({ number: '80/2022/NĐ-CP', date: '2020-09-17', kind: 'nghi-dinh', issuer: 'Chính phủ', line: 126 });
    expect(out.every((c: object) => Object.keys(c).join() === 'number,date,kind,issuer,line')).toBe(true);
  });

  it('shows a table a person can read, and short forms with --all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-cit-'));
    const file = join(dir, 'bao-cao.txt');
    writeFileSync(file, 'Thực hiện Chỉ thị số 12-CT/TW ngày\r\n05/01/2022 của Ban Bí thư (gọi tắt là Chỉ thị 12).\r\n');
    const table = kb('citations', file).stdout;
    expect(table).toMatch(/^Dòng +Loại +Số, ký hiệu +Ngày +Cơ quan ban hành$/m);
    expect(table).toMatch(/^1 +Chỉ thị +12-CT\/TW +05\/01\/2022 +Ban Bí thư$/m);
    expect(table).not.toContain('12 →');
    expect(kb('citations', file, '--all').stdout).toMatch(/^2 +Chỉ thị +12 → 12-CT\/TW +05\/01\/2022/m);
  });

  it('names the file it cannot read', () => {
    const result = kb('citations', 'khong-co.txt');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Không đọc được tệp khong-co.txt: không có tệp này');
  });
});

describe('kb citations on what staff receive', () => {
  const text = 'Thực hiện Nghị định số 80/2020/NĐ-CP ngày 08 tháng 7 năm 2020 của Chính phủ về viện trợ.';
  const write = (name: string, bytes: Uint8Array | string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'kb-cit-')), name);
    writeFileSync(file, bytes);
    return file;
  };
  const expected = [{ number: '80/2020/NĐ-CP', date: '2020-07-08', kind: 'nghi-dinh', issuer: 'Chính phủ', line: 1 }];

  it('reads TCVN3 and Windows-1258 as kb import does, saying which it read', () => {
    for (const [name, bytes, encoding] of [['tcvn3.txt', encodeTcvn3(text), 'tcvn3'], ['cp1258.txt', encodeCp1258(text), 'windows-1258']] as const) {
      const run = kb('citations', write(name, bytes), '--json');
      expect(JSON.parse(run.stdout), name).toEqual(expected);
      expect(run.stderr).toContain(`đọc theo mã ${encoding}`);
    }
  });

  it('reads a .docx', async () => {
    const docx = await makeReportDocx({
      issuer: ['UBND HUYỆN A'], number: 'Số: 1/BC-UBND', dateLine: 'A, ngày 10 tháng 01 năm 2023', title: ['BÁO CÁO', 'Kết quả năm 2022'],
      paragraphs: [text], recipients: ['Như trên'], capacity: ['CHỦ TỊCH'], signer: 'Nguyễn Văn A',
    });
    const run = kb('citations', write('bao-cao.docx', docx), '--json');
    expect(JSON.parse(run.stdout)).toContainEqual({ ...expected[0], line: expect.any(Number) });
  });

  it('refuses garbled text instead of reading wrong dates', () => {
    const run = kb('citations', write('hong.txt', misreadAsCp1252(text)), '--json');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Không đọc được tệp');
  });
});
