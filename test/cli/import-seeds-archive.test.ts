import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir } from '../helpers/content-folder.ts';
import { projectContentCopy, runKbIn } from '../helpers/kb-cli.ts';
import { printHtmlToPdf, scanPdf, sofficeConvert, textDocx, wordRecall } from '../helpers/make-archive.ts';

/**
 * The five seed reports (real provincial reports, as staff received them) put back on paper: each
 * printed to a PDF by Chromium, retyped into a .docx and saved by LibreOffice as .doc; one of them
 * (two pages) scanned. Imported as one folder, every file gives the fields the seed tests expect
 * of the plain text, and its words.
 */
const seed = (n: number) => readFileSync(join(fixturesDir, 'citations', `seed-00${n}`, 'input.txt'), 'utf8');
const EXPECTED: Record<number, Record<string, string | null>> = {
  0: { kind: 'bao-cao', issued: '2022', place: 'Bình Sơn', unit: 'binh-son', period: '2022-H1', request: 'cv-435-2022' },
  1: { kind: 'bao-cao', issued: '2021-06', place: 'Quảng Ngãi', unit: 'bcd-hnqt-quang-ngai', period: '2021-H1', request: null },
  2: { kind: 'bao-cao', issued: '2023', place: 'Bình Sơn', unit: 'binh-son', period: '2023', request: 'cv-1353-2023' },
  3: { kind: 'cong-van', issued: '2021-04-02', place: 'Quảng Ngãi', unit: 'so-cong-thuong-quang-ngai', period: '2011-2021', request: 'cv-2016-2021', title: 'Về việc báo cáo tổng kết 10 năm thực hiện Chỉ thị 04-CT/TW của Ban Bí thư Khóa XI về công tác đối ngoại nhân dân' },
  4: { kind: 'bao-cao', issued: null, place: null, unit: 'trieu-son', period: '2022-H1', request: 'cv-559-2022' },
};
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const words = (text: string) => text.replace(/\*\*|#|\\([{}<])/g, '$1');

describe('the seed reports as PDF, scan, .docx and .doc, in one folder', () => {
  let summary: { counts: Record<string, number>; entries: { input: string; status: string; found?: Record<string, string | null>; ocr?: unknown }[] };
  let out: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-seeds-'));
    const work = mkdtempSync(join(tmpdir(), 'kb-seeds-work-'));
    for (const n of [0, 1, 2, 3, 4]) {
      const blocks = seed(n).split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
      const html = `<!doctype html><meta charset="utf-8"><style>@page{size:A4;margin:20mm 15mm 20mm 30mm} body{font-family:'Liberation Serif',serif;font-size:13pt}</style>${blocks.map((b) => `<p>${escape(b).replace(/\n/g, '<br>')}</p>`).join('')}`;
      mkdirSync(join(dir, `seed-${n}`));
      await printHtmlToPdf(html, join(dir, `seed-${n}`, 'ban-in.pdf'));
      if (n === 4) await scanPdf(join(dir, `seed-${n}`, 'ban-in.pdf'), join(dir, `seed-${n}`, 'ban-quet.pdf'));
      writeFileSync(join(dir, `seed-${n}`, 'ban-go.docx'), await textDocx(seed(n)));
      renameSync(sofficeConvert(join(dir, `seed-${n}`, 'ban-go.docx'), 'doc', work), join(dir, `seed-${n}`, 'ban-word-2003.doc'));
    }
    out = mkdtempSync(join(tmpdir(), 'kb-seeds-out-'));
    const run = runKbIn(['import', dir, '--force', '--out', out, '--summary', join(out, 's')], { KB_CONTENT_DIR: projectContentCopy() });
    expect(run.status).toBe(0);
    summary = JSON.parse(readFileSync(join(out, 's.json'), 'utf8'));
  }, 300_000);

  it('names every file in the summary and writes a draft for each', () => {
    expect(summary.counts).toMatchObject({ inputs: 16, written: 16, refused: 0 });
  });

  it.each([0, 1, 2, 3, 4])('seed %i: the same fields from every format, and at least 98 in 100 words (90 from the scan)', (n) => {
    const entries = summary.entries.filter((e) => e.input.includes(`/seed-${n}/`));
    expect(entries.length).toBe(n === 4 ? 4 : 3);
    for (const e of entries) {
      expect({ file: e.input, ...e.found }).toMatchObject({ file: e.input, number: null, ...EXPECTED[n] });
      const draft = readFileSync(join(out, (e as { draft?: string }).draft!), 'utf8');
      const body = draft.slice(draft.indexOf('\n---\n', 4) + 5);
      expect(wordRecall(words(seed(n)), words(body))).toBeGreaterThanOrEqual(e.ocr ? 0.9 : 0.98);
    }
  });
});
