import { DATE_SOURCE, isoFromGroups } from './dates.ts';
import { KIND_SOURCE, kindOfSymbol, kindOfWord, kindWordEndingAt } from './kinds.ts';
import { NUMBER_SOURCE, gluedFootnoteMark, normalizeNumber, plausibleSymbol, printedNumber } from './number.ts';
import { readTail } from './tail.ts';
import type { CitationCore, CitationKind } from './types.ts';

/** A full citation before positions are turned into lines. */
export interface FoundCitation extends CitationCore {
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
}

const NUMBER = new RegExp(NUMBER_SOURCE, 'gu');
const KIND_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}])${KIND_SOURCE}(?![\p{L}\p{N}])`, 'giu');
/** Kind word right before the number: "Nghị quyết số 22-NQ/TW", "Quyết định số: 145/…", "Chỉ thị 04-CT/TW". */
const DIRECT = /\s*:?\s*(?:số\s*(?:hiệu\s*)?:?\s*)?$/iu;
/** A kind word with a name between it and "số": "Luật Đầu tư số 61/2020/QH14". */
const NAMED = /^(?:\s+[^\s,;:()“”"]+){1,6}\s+số\s*:?\s*$/iu;
/** Between two numbers of one list: "…, số 402/QĐ-UBND", "… và 35/NQ-CP". */
const LIST_GLUE = /^[\s*_]*(?:[,;]\s*)?(?:(?:và|hoặc|cùng)\s+)?(?:các\s+)?(?:số\s*:?\s*)?$/u;
/** The document's own number in its header ("Số: 123/BC-UBND") is not a citation. */
const OWN_NUMBER = /(?:^|\n)[ \t>*_#|]*Số\s*:\s*$/u;
/** "Ngày 22/3/2021, UBND tỉnh đã ban hành Kế hoạch số 49/KH-UBND": a date before the citation. */
const DATE_BEFORE = new RegExp(String.raw`(?<![\p{L}])ngày\s+${DATE_SOURCE}\s*,?(?<rest>[^.;]{0,140})$`, 'iu');
/** Numbers that are names, standards or forms, not documents: BCĐ 389/ĐP, QCVN 01:2009/BYT, Mẫu số 01/BC. */
const NOT_A_DOCUMENT = /(?:BCĐ|Ban\s+[Cc]hỉ\s+đạo|QCVN|TCVN|ISO|[Mm]ẫu|[Bb]iểu|[Pp]hụ\s+lục|[Tt]àu|QNg)\s*(?:số\s*)?:?\s*$/u;
/** "… và Quyết định số 2/QĐ-UBND cùng ngày": the date of the citation before. */
const SAME_DAY = /^\s*,?\s*cùng\s+ngày/iu;
/** The issuing verb must lead straight into the citation: "… đã ban hành Kế hoạch số 49/KH-UBND". */
const ISSUING = /(?:ban\s+hành|\bký(?:\s+ban\s+hành)?|phê\s+duyệt)(?:\s+(?:các|những))?\s*$/iu;

function kindBefore(text: string, from: number, to: number): { kindText: string; start: number } | null {
  const gap = DIRECT.exec(text.slice(Math.max(from, to - 24), to))!;
  const direct = kindWordEndingAt(text, to - gap[0].length);
  if (direct && direct.start >= from && kindOfWord(direct.kindText)) return direct;
  if (!/số/iu.test(gap[0])) return null;
  // "Luật Đầu tư số 61/2020/QH14": the nearest kind word a few words before "số".
  const window = text.slice(from, to);
  const words = [...window.matchAll(KIND_WORD)];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    const kindText = word.groups!.kind;
    if (!kindOfWord(kindText)) continue;
    if (NAMED.test(window.slice(word.index + word[0].length))) return { kindText, start: from + word.index };
    if (i === words.length - 1) break;
  }
  return null;
}

function dateBefore(text: string, from: number, to: number): string | null {
  const match = DATE_BEFORE.exec(text.slice(from, to));
  if (!match || !ISSUING.test(match.groups!.rest) || /\d/.test(match.groups!.rest)) return null;
  return isoFromGroups(match.groups!);
}

/** Every numbered citation in `text` (NFC), in order. */
export function findFullCitations(text: string): FoundCitation[] {
  const found: FoundCitation[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const symbol = match.groups!.symbol;
    if (!plausibleSymbol(symbol) || symbol === 'TS') continue;
    // "01 - TTHC" (one item of a count) is not "552- CV/TU": spaced on both sides, a single part is not a symbol.
    if (/\s[/\-–—‐‑]\s/.test(match[0].slice(0, match[0].length - symbol.length)) && !/[/\-–—‐‑]/.test(symbol)) continue;
    const numberStart = match.index;
    const numberEnd = numberStart + match[0].length - gluedFootnoteMark(symbol);
    const lineStart = text.lastIndexOf('\n', numberStart - 1) + 1;
    if (OWN_NUMBER.test(text.slice(lineStart, numberStart))) continue;
    if (NOT_A_DOCUMENT.test(text.slice(Math.max(0, numberStart - 20), numberStart))) continue;
    const number = printedNumber(text.slice(numberStart, numberEnd));
    const normalized = normalizeNumber(number);
    const previous = found.at(-1);
    const windowStart = Math.max(previous?.end ?? 0, numberStart - 200);
    const word = kindBefore(text, windowStart, numberStart);
    let kind: CitationKind = kindOfSymbol(normalized);
    let kindText: string | null = null;
    let start = numberStart;
    if (word) {
      kindText = word.kindText;
      start = word.start;
      const named = kindOfWord(kindText)!;
      if (named !== 'van-ban') kind = named;
    } else if (previous && LIST_GLUE.test(text.slice(previous.end, numberStart)) && kindOfSymbol(previous.normalized) === kind) {
      kind = previous.kind;
      kindText = previous.kindText;
    }
    const tail = readTail(text, match.index + match[0].length);
    const sameDay = tail.date === null && previous && SAME_DAY.test(text.slice(tail.end, tail.end + 20)) ? previous.date : null;
    const date = tail.date ?? sameDay ?? dateBefore(text, Math.max(previous?.end ?? 0, start - 200), start);
    // "Quyết định số 10/QĐ-UBND, 11/QĐ-UBND và 12/QĐ-UBND cùng ngày 05/01/2022": the date is the list's.
    if (tail.date && SAME_DAY.test(text.slice(match.index + match[0].length, tail.end))) {
      let next = numberStart;
      for (let i = found.length - 1; i >= 0 && found[i].date === null && LIST_GLUE.test(text.slice(found[i].end, next)); i--) {
        found[i].date = tail.date;
        next = found[i].numberStart;
      }
    }
    found.push({ form: 'full', kind, kindText, number, normalized, date, issuer: tail.issuer, start, end: tail.end, numberStart, numberEnd });
  }
  return found;
}
