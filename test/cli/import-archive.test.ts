import { mkdirSync, mkdtempSync, readFileSync, renameSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectContentCopy, runKbIn } from '../helpers/kb-cli.ts';
import { documentHtml, encryptedPdf, makeArchive, printHtmlToPdf, scanPdf, specText, wordRecall, type PrintedDocument } from '../helpers/make-archive.ts';
import { BINH_SON_2022_H2, makeReportDocx } from '../helpers/make-docx.ts';

/**
 * A province's archive in one command: the same report as .docx, .doc (Word 97–2003, RTF and HTML
 * under .doc), a PDF printed by Chromium and a scan of it; a decision (not a report) as a PDF; and the
 * bad inputs the issue lists. Drafts are measured against the source text.
 */
const REPORT: PrintedDocument = { ...BINH_SON_2022_H2, numberBelow: true };
const DECISION: PrintedDocument = {
  issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI'], number: '12/2023/QĐ-UBND', numberBelow: true,
  dateLine: 'Quảng Ngãi, ngày 15 tháng 3 năm 2023', kindLine: 'QUYẾT ĐỊNH',
  title: ['Ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh Quảng Ngãi'],
  paragraphs: ['ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', 'Căn cứ Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ về quản lý và sử dụng viện trợ;', 'QUYẾT ĐỊNH:', 'Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh.', 'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.'],
  recipients: ['Như Điều 2;', 'Lưu: VT.'], capacity: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], signer: 'Đặng Văn Minh',
};

const body = (mdx: string) => mdx.slice(mdx.indexOf('\n---\n', 4) + 5);

describe('kb import of a folder of mixed formats', () => {
  let content: string;
  let archive: string;
  let out: string;
  let summary: { counts: Record<string, number>; entries: { input: string; status: string; draft?: string; reason?: string; format?: string; found?: Record<string, string | null>; ocr?: { pages: number; confidence: number } }[] };
  let run: ReturnType<typeof runKbIn>;
  const entry = (name: string) => summary.entries.find((e) => e.input.endsWith(`/${name}`))!;
  const draftOf = (name: string) => readFileSync(join(out, entry(name).draft!), 'utf8');

  beforeAll(async () => {
    content = projectContentCopy();
    archive = mkdtempSync(join(tmpdir(), 'kb-archive-'));
    mkdirSync(join(archive, 'nam-2022'));
    await makeArchive(REPORT, join(archive, 'nam-2022'), 'bao-cao', { scan: true, doc: true });
    await printHtmlToPdf(documentHtml(DECISION), join(archive, 'quyet-dinh-12.pdf'));
    out = mkdtempSync(join(tmpdir(), 'kb-drafts-'));
    run = runKbIn(['import', archive, '--out', out, '--force', '--summary', join(out, 'tom-tat')], { KB_CONTENT_DIR: content });
    summary = JSON.parse(readFileSync(join(out, 'tom-tat.json'), 'utf8'));
  }, 180_000);

  it('writes a draft for every input, names each in the summary (Markdown and JSON), and exits 0', () => {
    expect(run.stderr).not.toMatch(/Error|at /);
    expect(run.status).toBe(0);
    expect(summary.counts).toMatchObject({ inputs: 7, written: 7, refused: 0 });
    const markdown = readFileSync(join(out, 'tom-tat.md'), 'utf8');
    for (const e of summary.entries) expect(markdown).toContain(e.input);
    expect(entry('bao-cao.doc').format).toBe('doc');
    expect(entry('bao-cao-rtf.doc').format).toBe('rtf');
    expect(entry('bao-cao-html.doc').format).toBe('html');
    expect(run.stdout).toContain('7 bản nháp');
  });

  it.each(['bao-cao.docx', 'bao-cao.doc', 'bao-cao-rtf.doc', 'bao-cao-html.doc', 'bao-cao.pdf'])('%s: header fields right, at least 98%% of the words, NFC', (name) => {
    const draft = draftOf(name);
    expect(draft).toContain('number: 310/BC-UBND\n');
    expect(draft).toContain('issued: 2022-12-22\n');
    expect(draft).toContain('unit: binh-son\n');
    expect(draft).toContain('period: 2022-H2\n');
    expect(draft).toContain('kind: bao-cao\n');
    expect(draft).toContain('title: Kết quả triển khai công tác hội nhập quốc tế 6 tháng cuối năm 2022, phương hướng nhiệm vụ năm 2023\n');
    expect(draft).toMatch(new RegExp(`imported:\\n  file: ${name.replace('.', '\\.')}\\n  sha256: [0-9a-f]{64}\\n`));
    expect(draft.normalize('NFC')).toBe(draft);
    expect(wordRecall(specText(REPORT), body(draft))).toBeGreaterThanOrEqual(0.98);
    expect(entry(name).found).toMatchObject({ issuer: 'ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN', number: '310/BC-UBND', kind: 'bao-cao', issued: '2022-12-22' });
  });

  it('reads the scanned PDF by OCR at 300 dpi: 90% of the words, the header fields, and says so in the draft', () => {
    const e = entry('bao-cao-scan.pdf');
    expect(e.ocr!.pages).toBe(1);
    expect(e.ocr!.confidence).toBeGreaterThan(80);
    const draft = draftOf('bao-cao-scan.pdf');
    expect(draft).toMatch(/^# Văn bản đọc bằng nhận dạng chữ \(OCR\) từ 1 trang quét; độ tin cậy trung bình [\d,]+%/m);
    expect(draft).toContain('  ocr: true\n');
    expect(draft).toContain('number: 310/BC-UBND\n');
    expect(draft).toContain('issued: 2022-12-22\n');
    expect(draft).toContain('unit: binh-son\n');
    expect(wordRecall(specText(REPORT), body(draft))).toBeGreaterThanOrEqual(0.9);
    expect(entry('bao-cao-scan.pdf').found).toMatchObject({ issuer: 'ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN', title: BINH_SON_2022_H2.title.join(' ').replace(/,$/, '') });
  });

  it('a decision is a document draft under directives/, with number ("Số:" alone on its line), date, issuer and kind', () => {
    expect(entry('quyet-dinh-12.pdf').draft).toBe('directives/qd-12-2023.mdx');
    const draft = draftOf('quyet-dinh-12.pdf');
    expect(draft).toContain('number: 12/2023/QĐ-UBND\n');
    expect(draft).toContain('kind: quyet-dinh\n');
    expect(draft).toContain('issued: 2023-03-15\n');
    expect(draft).toContain('issuer: ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n');
    expect(draft).toContain('subject: Ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh Quảng Ngãi\n');
  });

  it('a second run over the same folder skips everything already imported and writes nothing', () => {
    const again = runKbIn(['import', archive, '--out', out, '--summary', join(out, 'lan-2')], { KB_CONTENT_DIR: content });
    expect(again.status).toBe(0);
    const second = JSON.parse(readFileSync(join(out, 'lan-2.json'), 'utf8'));
    expect(second.counts).toMatchObject({ inputs: 7, written: 0, skipped: 7 });
    expect(second.entries[0].reason).toMatch(/^đã nhập trước đây: (reports|directives)\//);
  });
});

/** A zip whose one part inflates to 250 MB of zeros: a zip bomb, built here. */
function zipBomb(): Buffer {
  const data = Buffer.alloc(250 * 1024 * 1024);
  const packed = deflateRawSync(data, { level: 9 });
  const name = Buffer.from('word/document.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc32(data), 14); local.writeUInt32LE(packed.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc32(data), 16); central.writeUInt32LE(packed.length, 20); central.writeUInt32LE(data.length, 24); central.writeUInt16LE(name.length, 28);
  const offset = local.length + name.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([local, name, packed, central, name, end]);
}

describe('kb import refuses bad input by name and goes on', () => {
  let summary: { counts: Record<string, number>; missingTools: { debianPackage: string }[]; entries: { input: string; status: string; reason?: string; hint?: string }[] };
  let run: ReturnType<typeof runKbIn>;
  const reason = (name: string) => summary.entries.find((e) => e.input.endsWith(name))?.reason;

  beforeAll(async () => {
    const content = projectContentCopy();
    const dir = mkdtempSync(join(tmpdir(), 'kb-bad-'));
    const empty = mkdtempSync(join(tmpdir(), 'kb-empty-'));
    writeFileSync(join(dir, 'hong.pdf'), '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage');
    writeFileSync(join(dir, 'khong-trang.pdf'), '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\nxref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \ntrailer << /Size 3 /Root 1 0 R >>\nstartxref\n110\n%%EOF\n');
    writeFileSync(join(dir, 'khong-phai-zip.docx'), 'Đây không phải tệp Word');
    const work = mkdtempSync(join(tmpdir(), 'kb-enc-'));
    writeFileSync(join(work, 'mat-khau.docx'), await makeReportDocx(BINH_SON_2022_H2));
    renameSync(encryptedPdf(join(work, 'mat-khau.docx'), work), join(dir, 'mat-khau.pdf'));
    writeFileSync(join(dir, 'bom.docx'), zipBomb());
    writeFileSync(join(dir, 'qua-lon.pdf'), '%PDF-1.4\n');
    truncateSync(join(dir, 'qua-lon.pdf'), 101 * 1024 * 1024);
    await printHtmlToPdf('<p style="font-size:14pt">The quarterly report of the provincial department describes cooperation with partners abroad, the visits received and the programmes funded by foreign aid during the year.</p>'.repeat(6), join(dir, 'english.pdf'));
    await scanPdf(join(dir, 'english.pdf'), join(dir, 'english-scan.pdf'));
    await printHtmlToPdf('<p style="color:#fbfbfb;font-size:9pt">Báo cáo công tác đối ngoại</p>', join(dir, 'mo.pdf'));
    await scanPdf(join(dir, 'mo.pdf'), join(dir, 'mo-scan.pdf'));
    writeFileSync(join(dir, 'tot.txt'), 'Số: 88/BC-UBND\n\nBình Sơn, ngày 10 tháng 1 năm 2024\n\nBÁO CÁO\n\nCông tác đối ngoại năm 2023\n\nUBND huyện Bình Sơn kính báo cáo như sau: tình hình đối ngoại của huyện trong năm được triển khai theo kế hoạch.\n');
    run = runKbIn(['import', dir, empty, '--dry-run', '--summary', join(dir, 'tom-tat')], { KB_CONTENT_DIR: content });
    summary = JSON.parse(readFileSync(join(dir, 'tom-tat.json'), 'utf8'));
  }, 180_000);

  it('names every refusal with its reason, still drafts the good file, and exits 1', () => {
    expect(run.status).toBe(1);
    expect(reason('hong.pdf')).toBe('tệp PDF hỏng, không đọc được');
    expect(reason('mat-khau.pdf')).toBe('PDF có mật khẩu (được mã hóa), không đọc được');
    expect(reason('khong-trang.pdf')).toMatch(/không có trang nào|hỏng/);
    expect(reason('khong-phai-zip.docx')).toBe('tệp không phải .docx (không phải tệp nén ZIP của Word)');
    expect(reason('bom.docx')).toMatch(/giải nén quá lớn .*bom zip/);
    expect(reason('qua-lon.pdf')).toBe('tệp quá lớn (101 MB; giới hạn 100 MB)');
    expect(reason('english-scan.pdf')).toMatch(/không phải tiếng Việt/);
    expect(reason('mo-scan.pdf')).toMatch(/quá mờ|độ tin cậy/);
    expect(summary.entries.find((e) => e.input.endsWith('tot.txt'))?.status).toBe('would-write');
    expect(summary.entries.find((e) => e.input.startsWith(join(tmpdir(), 'kb-empty-')))?.reason).toBe('thư mục rỗng, không có tệp nào để nhập');
    expect(run.stdout).toContain('✗');
  });
});

describe('kb import of the same report twice in one folder', () => {
  it('writes both (nothing lost), names the second as a duplicate within the batch, and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-twice-'));
    writeFileSync(join(dir, 'a-word.docx'), await makeReportDocx(BINH_SON_2022_H2));
    writeFileSync(join(dir, 'b-trang-web.doc'), documentHtml(REPORT));
    const run = runKbIn(['import', dir, '--dry-run', '--summary', join(dir, 's')], { KB_CONTENT_DIR: projectContentCopy() });
    expect(run.status).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 's.json'), 'utf8'));
    expect(summary.entries.map((e: { status: string }) => e.status)).toEqual(['would-write', 'would-write']);
    expect(summary.entries[1].duplicate).toEqual({ file: 'reports/quang-ngai/binh-son/2022-h2-hoi-nhap.mdx', reason: 'cùng đơn vị, kỳ và số hoặc trích yếu', within: 'batch' });
    expect(readFileSync(join(dir, 's.md'), 'utf8')).toContain('trong đợt: reports/quang-ngai/binh-son/2022-h2-hoi-nhap.mdx');
  });
});

describe('kb import when a tool is missing', () => {
  it('names the Debian package and the apt-get line, and imports the files it can read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-notools-'));
    const bin = mkdtempSync(join(tmpdir(), 'kb-bin-'));
    for (const tool of ['pdfinfo', 'pdftotext', 'pdftoppm']) symlinkSync(`/usr/bin/${tool}`, join(bin, tool));
    await printHtmlToPdf('<p>x</p>', join(dir, 'quet.pdf'));
    writeFileSync(join(dir, 'bao-cao.txt'), 'Số: 88/BC-UBND\n\nBình Sơn, ngày 10 tháng 1 năm 2024\n\nBÁO CÁO\n\nCông tác đối ngoại năm 2023\n\nUBND huyện Bình Sơn kính báo cáo như sau: tình hình đối ngoại của huyện được triển khai theo kế hoạch.\n');
    const run = runKbIn(['import', dir, '--dry-run', '--summary', join(dir, 's')], { KB_CONTENT_DIR: projectContentCopy(), PATH: bin });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('sudo apt-get install -y tesseract-ocr');
    const summary = JSON.parse(readFileSync(join(dir, 's.json'), 'utf8'));
    expect(summary.missingTools[0].debianPackage).toMatch(/^tesseract-ocr/);
    expect(summary.entries.find((e: { input: string }) => e.input.endsWith('bao-cao.txt')).status).toBe('would-write');
  }, 60_000);
});
