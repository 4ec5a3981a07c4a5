import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './browser.ts';
import { makeReportDocx, type ReportDocx } from './make-docx.ts';

/**
 * Real archive files as provinces keep them, made from one ReportDocx spec: a PDF printed by
 * Chromium from the document as HTML (the two-column header, "Số:" alone on its line when asked), a
 * scanned PDF (that PDF rendered to 300 dpi grey images by poppler and printed back as pictures, so it
 * has no text layer), a .doc written by LibreOffice from the .docx, and .doc files that are really
 * HTML or RTF.
 */
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface PrintedDocument extends ReportDocx {
  /** The kind line (BÁO CÁO, QUYẾT ĐỊNH, KẾ HOẠCH). */
  kindLine?: string;
  /** Put the number on the line below "Số:", as narrow header columns do. */
  numberBelow?: boolean;
}

/** The document as an HTML page laid out like the printed form (Times, A4, header in two columns). */
export function documentHtml(spec: PrintedDocument): string {
  const number = spec.number.replace(/^Số:\s*/, '');
  const numberHtml = spec.numberBelow ? `Số:<br>${escape(number)}` : `Số: ${escape(number)}`;
  const paras = spec.paragraphs.map((p) => (typeof p === 'string' ? p : p.text));
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
    body { font-family: 'Times New Roman', 'Liberation Serif', 'DejaVu Serif', serif; font-size: 13pt; line-height: 1.35; }
    table.head { width: 100%; border-collapse: collapse; } table.head td { vertical-align: top; text-align: center; width: 50%; }
    .c { text-align: center; font-weight: bold; } p { text-align: justify; text-indent: 1cm; margin: 0 0 6pt; }
  </style></head><body>
  <table class="head"><tr>
    <td>${spec.issuer.map((l) => `<b>${escape(l)}</b>`).join('<br>')}<br>${numberHtml}</td>
    <td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br><i>${escape(spec.dateLine)}</i></td>
  </tr></table>
  <p class="c" style="text-indent:0;margin-top:18pt">${escape(spec.kindLine ?? 'BÁO CÁO')}</p>
  ${spec.title.map((t) => `<p class="c" style="text-indent:0">${escape(t)}</p>`).join('')}
  ${paras.map((p) => `<p>${escape(p)}</p>`).join('\n')}
  <table class="head"><tr>
    <td style="text-align:left"><b>Nơi nhận:</b><br>${spec.recipients.map((r) => `- ${escape(r)}`).join('<br>')}</td>
    <td>${spec.capacity.map((c) => `<b>${escape(c)}</b>`).join('<br>')}<br><br><br><b>${escape(spec.signer)}</b></td>
  </tr></table></body></html>`;
}

/** Prints HTML to an A4 PDF with Debian's Chromium, as "Save as PDF" does. */
export async function printHtmlToPdf(html: string, file: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kb-print-'));
  const page = join(dir, 'page.html');
  writeFileSync(page, html);
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
    await tab.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}

/** A scan of `pdf`: each page rendered at `dpi` in grey by pdftoppm, printed back as a full-page picture. */
export async function scanPdf(pdf: string, file: string, dpi = 300): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kb-scan-'));
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', pdf, join(dir, 'page')]);
  const pages = readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
  const html = `<!doctype html><html><head><style>@page { size: A4; margin: 0 } body { margin: 0 }
    img { width: 210mm; height: 297mm; display: block; page-break-after: always; }</style></head><body>
    ${pages.map((p) => `<img src="${pathToFileURL(join(dir, p)).href}">`).join('')}</body></html>`;
  await printHtmlToPdf(html, file);
}

/** Converts a file with LibreOffice headless (its own profile, so parallel runs do not clash). */
export function sofficeConvert(file: string, to: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'kb-lo-'));
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', to, '--outdir', outDir, file], { stdio: 'ignore' });
  const base = file.split('/').pop()!.replace(/\.[^.]+$/, '');
  return join(outDir, `${base}.${to.split(':')[0]}`);
}

/** A PDF that opens only with a password: LibreOffice's PDF export with its EncryptFile option. */
export function encryptedPdf(docx: string, outDir: string): string {
  const filter = 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"matkhau"}}';
  return sofficeConvert(docx, filter, outDir);
}

/** A plain .docx of paragraphs (one a block of `text`, blank lines between), as a clerk retypes a copy. */
export async function textDocx(text: string): Promise<Buffer> {
  const { Document, Packer, Paragraph, TextRun } = await import('docx');
  // Markdown marks are not typed; a line ending in two spaces (a Markdown line break) is a paragraph.
  const plain = text.replace(/\*\*/g, '').replace(/^#+\s*/gm, '').replace(/ {2,}\n/g, '\n\n');
  const blocks = plain.split(/\n\s*\n/).map((b) => b.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  return Packer.toBuffer(new Document({ sections: [{ children: blocks.map((b) => new Paragraph({ children: [new TextRun(b)] })) }] }));
}

/** Every format of one document in `dir`: name.docx, name.pdf, name-scan.pdf, name.doc, name-html.doc, name-rtf.doc. */
export async function makeArchive(spec: PrintedDocument, dir: string, name: string, formats: { scan?: boolean; doc?: boolean } = {}) {
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, await makeReportDocx(spec));
  const pdf = join(dir, `${name}.pdf`);
  await printHtmlToPdf(documentHtml(spec), pdf);
  const out: Record<string, string> = { docx, pdf };
  if (formats.scan) {
    out.scan = join(dir, `${name}-scan.pdf`);
    await scanPdf(pdf, out.scan);
  }
  if (formats.doc) {
    const work = mkdtempSync(join(tmpdir(), 'kb-doc-'));
    out.doc = join(dir, `${name}.doc`);
    renameSync(sofficeConvert(docx, 'doc', work), out.doc);
    out.rtf = join(dir, `${name}-rtf.doc`);
    renameSync(sofficeConvert(docx, 'rtf', work), out.rtf);
    out.html = join(dir, `${name}-html.doc`);
    writeFileSync(out.html, documentHtml(spec));
  }
  return out;
}

/** Share of the source's words (as a multiset, NFC, case kept) found in the text read back: 0–1. */
export function wordRecall(source: string, read: string): number {
  const words = (t: string) => t.normalize('NFC').match(/[\p{L}\d]+/gu) ?? [];
  const pool = new Map<string, number>();
  for (const w of words(read)) pool.set(w, (pool.get(w) ?? 0) + 1);
  const wanted = words(source);
  let found = 0;
  for (const w of wanted) {
    const n = pool.get(w) ?? 0;
    if (n > 0) { found++; pool.set(w, n - 1); }
  }
  return wanted.length ? found / wanted.length : 0;
}

/** The words a spec puts on the page, for recall. */
export function specText(spec: PrintedDocument): string {
  const paras = spec.paragraphs.map((p) => (typeof p === 'string' ? p : p.text));
  return [...spec.issuer, spec.number, spec.dateLine, ...spec.title, ...paras, ...spec.recipients, ...spec.capacity, spec.signer].join('\n');
}

export const readText = (file: string) => readFileSync(file, 'utf8');
