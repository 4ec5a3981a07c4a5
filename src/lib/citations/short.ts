import type { FoundCitation } from './full.ts';
import { isAbbreviation, kindOfWord, kindWordEndingAt } from './kinds.ts';
import { leadingNumber } from './number.ts';
import { readTail } from './tail.ts';

/**
 * Short forms name a document by kind and bare number once the full citation has been given:
 * "Chỉ thị 12", "Nghị quyết 22", "Kế hoạch số 92". Not when the number goes on into a symbol or a
 * date, or is a count ("Kế hoạch 5 năm"). Found from the numbers backwards, which is fast.
 */
const BARE_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.\-–])\d{1,4}[a-zA-Z]?` +
    String.raw`(?![\p{L}\p{N}]|\s*[/\-–]\s*[\p{L}\p{N}]|[.,]\d|\s+(?:năm|tháng|giai|lần|điều|khoản)(?![\p{L}]))`,
  'gu',
);
const BEFORE_NUMBER = /\s+(?:số\s+)?$/iu;

const looksLikeYear = (n: string) => /^(?:19|20)\d\d$/.test(n);

/** Short forms in `text`, each resolved to the nearest full citation of the same kind and number. */
export function findShortForms(text: string, full: readonly FoundCitation[]): { found: FoundCitation; abbreviates: FoundCitation | null }[] {
  const result: { found: FoundCitation; abbreviates: FoundCitation | null }[] = [];
  for (const match of text.matchAll(BARE_NUMBER)) {
    const numberStart = match.index;
    const gap = BEFORE_NUMBER.exec(text.slice(Math.max(0, numberStart - 12), numberStart));
    if (!gap) continue;
    const word = kindWordEndingAt(text, numberStart - gap[0].length);
    if (!word) continue;
    const kindText = word.kindText;
    const kind = kindOfWord(kindText);
    if (!kind || kind === 'van-ban' || isAbbreviation(kindText)) continue;
    const start = word.start;
    const number = match[0];
    const end = numberStart + number.length;
    if (full.some((c) => c.start < end && start < c.end)) continue;
    const tail = readTail(text, end);
    if (tail.date) {
      // "Quyết định số 123 ngày 01/02/2021": a numbered citation that prints no symbol.
      result.push({
        found: { form: 'full', kind, kindText, number, normalized: number.toUpperCase(), date: tail.date, issuer: tail.issuer, start, end: tail.end, numberStart, numberEnd: end },
        abbreviates: null,
      });
      continue;
    }
    const lead = leadingNumber(number.toUpperCase());
    const candidates = full.filter((c) => c.kind === kind && leadingNumber(c.normalized) === lead);
    const before = candidates.filter((c) => c.end <= start).at(-1);
    const target = before ?? candidates.find((c) => c.start >= end) ?? null;
    if (!target && looksLikeYear(number)) continue;
    result.push({
      found: {
        form: 'short', kind, kindText, number,
        normalized: target?.normalized ?? number.toUpperCase(),
        date: target?.date ?? null, issuer: target?.issuer ?? null,
        start, end, numberStart, numberEnd: end,
      },
      abbreviates: target,
    });
  }
  return result;
}
