/**
 * The ingest run of `npm run bench -- --ingest N`: N mixed archive files made here (text PDFs
 * printed by Chromium, .docx from the `docx` library, .doc written by LibreOffice from them, and
 * scanned PDFs: the printed page rendered at 300 dpi grey and printed back as a picture), then
 * `kb import` over the text formats and over the scans, each measured as a whole process tree
 * (wall time, CPU, peak memory of Node, Tesseract, poppler together).
 * Targets (issue 13): text formats ≥ 5 files/s, OCR ≤ 6 s per A4 page, peak memory < 1 GiB.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../../test/helpers/browser.ts';
import { documentHtml, type PrintedDocument } from '../../test/helpers/make-archive.ts';
import { BINH_SON_2022_H2, TRIEU_SON_2022, makeReportDocx } from '../../test/helpers/make-docx.ts';
import { run, succeeded } from './measure.ts';

export interface IngestResult {
  files: { pdf: number; docx: number; doc: number; scan: number };
  text: { seconds: number; cpuSeconds?: number; peakBytes: number; filesPerSecond: number };
  ocr: { seconds: number; cpuSeconds?: number; peakBytes: number; pages: number; secondsPerPage: number; confidence: number };
}

/** The i-th document: the two reports' wording with its own number and date, so no two files are one. */
function variant(i: number): PrintedDocument {
  const base = i % 2 ? TRIEU_SON_2022 : BINH_SON_2022_H2;
  const symbol = base.number.replace(/^Số:\s*\d+/, '');
  return { ...base, number: `Số: ${100 + i}${symbol}`, dateLine: base.dateLine.replace(/ngày \d+/, `ngày ${1 + (i % 28)}`), numberBelow: i % 3 === 0 };
}

export async function measureIngest(n: number, dir: string, project: string, env: NodeJS.ProcessEnv): Promise<IngestResult> {
  const counts = { pdf: Math.round(n * 0.3), docx: Math.round(n * 0.3), doc: Math.round(n * 0.25), scan: 0 };
  counts.scan = n - counts.pdf - counts.docx - counts.doc;
  const text = join(dir, 'archive-text');
  const scans = join(dir, 'archive-scan');
  const work = join(dir, 'work');
  for (const d of [text, scans, work]) mkdirSync(d, { recursive: true });
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    const print = async (html: string, file: string) => {
      writeFileSync(join(work, 'page.html'), html);
      await tab.goto(pathToFileURL(join(work, 'page.html')).href);
      await tab.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
    };
    let i = 0;
    for (let k = 0; k < counts.pdf; k++, i++) await print(documentHtml(variant(i)), join(text, `van-ban-${i}.pdf`));
    for (let k = 0; k < counts.docx; k++, i++) writeFileSync(join(text, `van-ban-${i}.docx`), await makeReportDocx(variant(i)));
    for (let k = 0; k < counts.doc; k++, i++) writeFileSync(join(work, `van-ban-${i}.docx`), await makeReportDocx(variant(i)));
    const docx = readdirSync(work).filter((f) => f.endsWith('.docx')).map((f) => join(work, f));
    // One LibreOffice call for all: .doc files as an office's archive holds them.
    if (docx.length) execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(work, 'lo')).href}`, '--headless', '--convert-to', 'doc', '--outdir', text, ...docx], { stdio: 'ignore' });
    for (let k = 0; k < counts.scan; k++, i++) {
      const pdf = join(work, `goc-${i}.pdf`);
      await print(documentHtml(variant(i)), pdf);
      execFileSync('pdftoppm', ['-r', '300', '-gray', '-png', '-singlefile', pdf, join(work, `trang-${i}`)]);
      await print(`<style>@page{size:A4;margin:0}body{margin:0}img{width:210mm;height:297mm;display:block}</style><img src="${pathToFileURL(join(work, `trang-${i}.png`)).href}">`, join(scans, `ban-quet-${i}.pdf`));
    }
  } finally {
    await browser.close();
  }
  // A copy of the project's content: the knowledge base each draft is checked against for duplicates.
  const content = join(dir, 'content');
  cpSync(join(project, 'content'), content, { recursive: true });
  const kb = (folder: string, out: string) =>
    run(process.execPath, ['--disable-warning=ExperimentalWarning', join(project, 'src/cli/kb.ts'), 'import', folder, '--force', '--out', out, '--summary', join(out, 'tom-tat')], { cwd: project, env: { ...env, KB_CONTENT_DIR: content } });
  const textRun = succeeded('kb import (text formats)', await kb(text, join(dir, 'out-text')));
  const ocrRun = succeeded('kb import (scans)', await kb(scans, join(dir, 'out-scan')));
  const summary = JSON.parse(readFileSync(join(dir, 'out-scan', 'tom-tat.json'), 'utf8')) as { counts: { ocrPages: number }; entries: { ocr?: { confidence: number } }[] };
  const confidences = summary.entries.flatMap((e) => (e.ocr ? [e.ocr.confidence] : []));
  rmSync(work, { recursive: true, force: true });
  const textFiles = counts.pdf + counts.docx + counts.doc;
  return {
    files: counts,
    text: { seconds: textRun.seconds, cpuSeconds: textRun.cpuSeconds, peakBytes: textRun.peakBytes, filesPerSecond: textFiles / textRun.seconds },
    ocr: {
      seconds: ocrRun.seconds, cpuSeconds: ocrRun.cpuSeconds, peakBytes: ocrRun.peakBytes, pages: summary.counts.ocrPages,
      secondsPerPage: ocrRun.seconds / Math.max(1, summary.counts.ocrPages),
      confidence: confidences.reduce((a, b) => a + b, 0) / Math.max(1, confidences.length),
    },
  };
}

export function formatIngest(r: IngestResult): string {
  const mib = (b: number) => `${Math.round(b / 2 ** 20)} MiB`;
  const total = r.files.pdf + r.files.docx + r.files.doc + r.files.scan;
  return [
    `### Ingest: ${total} files (${r.files.pdf} text PDF, ${r.files.docx} .docx, ${r.files.doc} .doc, ${r.files.scan} scanned PDF of one A4 page)`,
    '',
    '| run | wall | CPU | peak memory | rate | target |',
    '|---|---|---|---|---|---|',
    `| text formats | ${r.text.seconds.toFixed(1)} s | ${r.text.cpuSeconds?.toFixed(1) ?? '—'} s | ${mib(r.text.peakBytes)} | ${r.text.filesPerSecond.toFixed(1)} files/s | ≥ 5 files/s |`,
    `| scans (OCR, 300 dpi) | ${r.ocr.seconds.toFixed(1)} s | ${r.ocr.cpuSeconds?.toFixed(1) ?? '—'} s | ${mib(r.ocr.peakBytes)} | ${r.ocr.secondsPerPage.toFixed(2)} s/page (${r.ocr.pages} pages, mean confidence ${r.ocr.confidence.toFixed(1)}%) | ≤ 6 s/page |`,
  ].join('\n');
}
