import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropPageFurniture } from './pdf.ts';
import { runTool, tesseractLanguages, ToolMissing } from './tools.ts';

/**
 * Scanned pages read with Tesseract and its Vietnamese model (Debian tesseract-ocr-vie; never a
 * model fetched at run time). Pages are rendered by pdftoppm at 300 dpi in grey. Tesseract runs with
 * OMP_THREAD_LIMIT=1: measured on two cores, one page took 7.6 s with its own threading and 1.5 s
 * without, so the batch runs one Tesseract per core instead.
 */
export interface OcrLine { page: number; text: string; confidence: number }

export interface OcrResult {
  text: string;
  pages: number;
  /** Mean word confidence, 0–100. */
  confidence: number;
  /** Lines under LOW_LINE confidence, for the author to check against the scan. */
  lowLines: OcrLine[];
  words: number;
  /** Share of words with a letter only Vietnamese writes (ă, ơ, ư, đ, a tone mark): about 0.6 in Vietnamese prose. */
  vietnamese: number;
}

export const LOW_LINE = 75;
const OMP = { OMP_THREAD_LIMIT: '1' };

export async function ocrPdf(file: string, pages: number): Promise<OcrResult> {
  const dir = mkdtempSync(join(tmpdir(), 'kb-ocr-'));
  try {
    const lines: OcrLine[][] = [];
    for (let page = 1; page <= pages; page++) {
      await runTool('pdftoppm', ['-r', '300', '-gray', '-png', '-f', String(page), '-l', String(page), file, join(dir, 'p')]);
      const image = readdirSync(dir).find((f) => f.endsWith('.png'))!;
      lines.push(await ocrImagePage(join(dir, image), page));
      rmSync(join(dir, image));
    }
    return summarise(lines, pages);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function ocrImage(file: string): Promise<OcrResult> {
  return summarise([await ocrImagePage(file, 1)], 1);
}

let vie: Promise<boolean> | undefined;

async function ocrImagePage(image: string, page: number): Promise<OcrLine[]> {
  // Tesseract without its Vietnamese model would read tone marks as noise: name the package instead.
  vie ??= tesseractLanguages().then((langs) => langs.includes('vie'));
  if (!(await vie)) throw (await tesseractLanguages()).length ? new ToolMissing('tesseract (mô hình tiếng Việt vie)', 'tesseract-ocr-vie') : new ToolMissing('tesseract', 'tesseract-ocr tesseract-ocr-vie');
  const tsv = await runTool('tesseract', [image, '-', '-l', 'vie', '--psm', '3', 'tsv'], { env: OMP, timeout: 300_000 });
  return linesFromTsv(tsv, page);
}

interface Word { left: number; right: number; height: number; conf: number; text: string }

/**
 * Tesseract's TSV words grouped into lines. A line whose words leave a wide gap is two columns (the
 * header's issuer and motto, the "Nơi nhận" list and the signature side by side): a run of such lines
 * is given left column first, then right, the order a text PDF gives and the header reader expects.
 */
export function linesFromTsv(tsv: string, page: number): OcrLine[] {
  const groups = new Map<string, { block: string; words: Word[] }>();
  for (const row of tsv.split('\n').slice(1)) {
    const f = row.split('\t');
    if (f.length < 12 || f[0] !== '5' || !f[11].trim()) continue;
    const key = `${f[2]}.${f[3]}.${f[4]}`;
    const left = Number(f[6]);
    const word = { left, right: left + Number(f[8]), height: Number(f[9]), conf: Number(f[10]), text: f[11].trim() };
    if (!groups.has(key)) groups.set(key, { block: f[2], words: [] });
    groups.get(key)!.words.push(word);
  }
  type Segmented = { block: string; parts: Word[][] };
  const segmented: Segmented[] = [...groups.values()].map(({ block, words }) => {
    words.sort((a, b) => a.left - b.left);
    const height = [...words].sort((a, b) => a.height - b.height)[Math.floor(words.length / 2)].height;
    const parts: Word[][] = [[words[0]]];
    for (const w of words.slice(1)) {
      if (w.left - parts.at(-1)!.at(-1)!.right > height * 3) parts.push([w]);
      else parts.at(-1)!.push(w);
    }
    return { block, parts };
  });
  const out: OcrLine[] = [];
  const line = (words: Word[]): OcrLine => ({ page, text: words.map((w) => w.text).join(' '), confidence: mean(words.map((w) => w.conf)) });
  for (let i = 0; i < segmented.length;) {
    if (segmented[i].parts.length < 2) {
      if (i > 0 && segmented[i].block !== segmented[i - 1].block) out.push({ page, text: '', confidence: 100 });
      out.push(line(segmented[i].parts[0]));
      i++;
      continue;
    }
    let j = i;
    while (j < segmented.length && segmented[j].parts.length >= 2) j++;
    const run = segmented.slice(i, j);
    out.push({ page, text: '', confidence: 100 });
    for (const s of run) out.push(line(s.parts[0]));
    out.push({ page, text: '', confidence: 100 });
    for (const s of run) out.push(line(s.parts.slice(1).flat()));
    out.push({ page, text: '', confidence: 100 });
    i = j;
  }
  return out;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

function summarise(pages: OcrLine[][], count: number): OcrResult {
  const lines = pages.flat();
  const filled = lines.filter((l) => l.text);
  const words = filled.flatMap((l) => l.text.split(/\s+/));
  const wordsWithLetters = words.filter((w) => /\p{L}{2,}/u.test(w));
  // Word-weighted: a line of one bad word does not outweigh a paragraph.
  const weighted = filled.reduce((sum, l) => sum + l.confidence * l.text.split(/\s+/).length, 0);
  return {
    // Page numbers and running headers go, as from a text PDF.
    text: dropPageFurniture(pages.map((p) => p.map((l) => l.text).join('\n'))).normalize('NFC'),
    pages: count,
    confidence: words.length ? Math.round((weighted / words.length) * 10) / 10 : 0,
    lowLines: filled.filter((l) => l.confidence < LOW_LINE).map((l) => ({ ...l, confidence: Math.round(l.confidence) })),
    words: words.length,
    vietnamese: wordsWithLetters.length ? wordsWithLetters.filter((w) => VIETNAMESE_LETTER.test(w)).length / wordsWithLetters.length : 0,
  };
}

/** Why an OCR reading is not fit to become a draft, or nothing when it is. */
export function ocrRefusal(result: OcrResult): { message: string; hint: string } | undefined {
  const rescan = 'quét lại ở 300 dpi, rõ nét, rồi nhập lại';
  if (result.words < 20) return { message: `bản quét quá mờ hoặc trống: chỉ đọc được ${result.words} từ`, hint: rescan };
  if (result.vietnamese < 0.2) return { message: `bản quét không phải tiếng Việt (chỉ ${Math.round(result.vietnamese * 100)}% số từ có dấu tiếng Việt)`, hint: 'kb import chỉ nhận văn bản tiếng Việt' };
  if (result.confidence < 60) return { message: `độ tin cậy nhận dạng chữ quá thấp (${result.confidence}%)`, hint: rescan };
  return undefined;
}
