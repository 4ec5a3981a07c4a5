import { runTool, ToolFailed } from './tools.ts';

/**
 * A PDF's text layer, read with poppler's pdftotext in its default reading order. Measured on a PDF
 * Chromium printed from Vietnamese text: the default order reads the header's two columns one after
 * the other (issuer and "Số:" left, then motto, place and date right), as the header reader expects;
 * `-layout` puts both columns on one line. Tone marks come out intact; the text is made NFC.
 */
export type PdfText =
  | { ok: true; pages: number; text: string; usable: true }
  | { ok: true; pages: number; usable: false; why: string }
  | { ok: false; message: string; hint: string };

export async function readPdfText(file: string): Promise<PdfText> {
  let info: string;
  try {
    info = await runTool('pdfinfo', [file]);
  } catch (error) {
    if (!(error instanceof ToolFailed)) throw error;
    if (/incorrect password|encrypt/i.test(error.stderr)) return { ok: false, message: 'PDF có mật khẩu (được mã hóa), không đọc được', hint: 'xin bản không đặt mật khẩu, hoặc mở bằng mật khẩu rồi in lại ra PDF' };
    return { ok: false, message: 'tệp PDF hỏng, không đọc được', hint: 'tải hoặc quét lại tệp rồi nhập lại' };
  }
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  if (pages === 0) return { ok: false, message: 'tệp PDF không có trang nào', hint: 'tải hoặc quét lại tệp rồi nhập lại' };
  const raw = (await runTool('pdftotext', ['-enc', 'UTF-8', file, '-'])).normalize('NFC');
  const why = unusable(raw, pages);
  if (why) return { ok: true, pages, usable: false, why };
  return { ok: true, pages, text: dropPageFurniture(raw.split('\f')), usable: true };
}

/**
 * Why a text layer cannot be used (so the pages are read by OCR instead): none at all, too little
 * for the pages (a scan with a stamp's text), or characters no Vietnamese text has (a font without
 * a Unicode map gives private-use or control characters).
 */
export function unusable(text: string, pages: number): string | undefined {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const odd = text.match(/[\p{Co}\ufffd]|[\u0000-\u0008\u000e-\u001f]/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z\u00c0-\u024f\u1e00-\u1eff]/g)?.length ?? 0;
  const garbage = 'lớp chữ là ký tự rác (phông không có bảng mã Unicode)';
  if (odd >= 20 && odd > letters * 0.02) return garbage;
  if (letters < 40 * pages) return letters ? 'lớp chữ quá ít so với số trang (bản quét)' : 'không có lớp chữ (bản quét)';
  if (odd > letters * 0.02 || latin < letters * 0.8) return garbage;
  return undefined;
}

const PAGE_NUMBER = /^\s*(?:[-–]\s*)?(?:Trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*[-–])?\s*$/iu;

/**
 * Pages joined again without their furniture: page numbers, and running headers or footers (a line
 * at the top or bottom of most pages that is the same but for its digits).
 */
export function dropPageFurniture(pages: string[]): string {
  const split = pages.map((p) => p.split('\n'));
  const edge = (lines: string[]) => {
    const filled = lines.map((l, i) => [l.trim(), i] as const).filter(([l]) => l);
    return [...filled.slice(0, 2), ...filled.slice(-2)];
  };
  const key = (line: string) => line.replace(/\d+/g, '#');
  const seen = new Map<string, number>();
  for (const lines of split) for (const k of new Set(edge(lines).map(([l]) => key(l)))) seen.set(k, (seen.get(k) ?? 0) + 1);
  const running = new Set([...seen].filter(([, n]) => split.length >= 3 && n > split.length / 2).map(([k]) => k));
  const kept = split.map((lines) => {
    const edges = new Set(edge(lines).map(([, i]) => i));
    return lines.filter((line, i) => !(edges.has(i) && (PAGE_NUMBER.test(line) || running.has(key(line.trim()))))).join('\n');
  });
  return kept.join('\n').replace(/\n{3,}/g, '\n\n');
}
