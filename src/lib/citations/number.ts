/**
 * Số hiệu: the number and symbol of a Vietnamese administrative document, in every form real text
 * prints them — 22-NQ/TW, 80/2020/NĐ-CP, 1485/UBND, 552- CV/TU, 559/SNgV-HTQT, 05/2019/L-CTN,
 * 03/2016/TTLT-BTP-BNV — including numbers hyphenated across a line break (22-⏎NQ/TW, 07/CT-⏎TTg).
 */

/** A symbol part: upper-case initial, then letters (ASCII lower case for TTg, SNgV, CTr), digits, &. */
const TOKEN = String.raw`[A-ZĐ][A-ZĐa-z0-9&]*(?![\p{L}\p{N}])`;
/** A separator that may carry spaces and a line break (the first one: 552- CV/TU, 22-⏎NQ/TW). */
const LOOSE_SEP = String.raw`[^\S\n]*[/\-–—‐‑][^\S\n]*(?:\n\s*)?`;
/** A separator inside a symbol: no spaces, except a line break right after it (07/CT-⏎TTg). */
const TIGHT_SEP =
  String.raw`(?:[/\-–—‐‑](?:[^\S\n]*\n\s*)?` +
  // Spaced (123/QĐ - UBND) only before an all-capitals part, so "12-CT/TW - Ban Bí thư" stays apart.
  String.raw`|[^\S\n]*[/\-–—‐‑][^\S\n]*(?=[A-ZĐ][A-ZĐ0-9&]+(?![\p{L}\p{N}])))`;

export const NUMBER_SOURCE =
  String.raw`(?<![\p{L}\p{N}/.:\-–—‐‑])(?<digits>\d{1,5}[a-zA-Z]?)(?:${LOOSE_SEP}(?<year>(?:19|20)\d{2}))?` +
  `${LOOSE_SEP}(?<symbol>${TOKEN}(?:${TIGHT_SEP}${TOKEN})*)`;

/** Whether a matched symbol is a real ký hiệu, not a capitalised word after a number ("3 - Ban"). */
export function plausibleSymbol(symbol: string): boolean {
  const upper = symbol.match(/[A-ZĐ]/g)?.length ?? 0;
  const lower = symbol.match(/[a-z]/g)?.length ?? 0;
  return upper >= 2 && upper >= lower;
}

/** The number as printed, without the line breaks layout put inside it. */
export function printedNumber(text: string): string {
  return text.replace(/[^\S\n]*\n\s*/g, '').replace(/\s+/g, ' ').trim();
}

/** Canonical form for comparison: NFC, no spaces, dashes as hyphens, upper case (đ → Đ). */
export function normalizeNumber(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, '').replace(/[–—‐‑]/g, '-').toUpperCase();
}

/** The leading number of a số hiệu without leading zeros (04-CT/TW → 4), for short forms and look-ups. */
export function leadingNumber(normalized: string): string {
  const match = /^0*(\d+[A-Z]?)/.exec(normalized);
  return match ? match[1] : normalized;
}

/** Identity of a number regardless of leading zeros: 04-CT/TW and 4-CT/TW are one document. */
export function numberKey(normalized: string): string {
  return normalized.replace(/^0+(?=\d)/, '');
}

/** The year a number carries (80/2020/NĐ-CP → 2020), if any. */
export function yearInNumber(normalized: string): number | null {
  const match = /^\d+[A-Z]?[/-]((?:19|20)\d{2})[/-]/.exec(normalized);
  return match ? Number(match[1]) : null;
}

/**
 * Length of a footnote mark glued to the end of a number in text taken from PDF ("22-NQ/TW1"), or 0.
 * Laws keep their digits (61/2020/QH14, 02/2022/UBTVQH15).
 */
export function gluedFootnoteMark(symbol: string): number {
  const match = /(?:^|[/-])([A-ZĐ][A-ZĐa-z&]*[A-ZĐa-z])(\d{1,2})$/.exec(symbol);
  if (!match || /QH$/.test(match[1])) return 0;
  return match[2].length;
}
