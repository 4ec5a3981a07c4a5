import type { CitationKind } from './types.ts';

/**
 * Kind words as printed before a number, longest first so that "Nghị quyết liên tịch" wins over
 * "Nghị quyết". Matched case-insensitively; syllables may be split by any whitespace (line breaks).
 */
const KIND_WORDS: readonly [string, CitationKind][] = [
  ['nghị quyết liên tịch', 'nghi-quyet'], ['thông tư liên tịch', 'thong-tu'], ['chương trình hành động', 'chuong-trinh'],
  ['thông báo kết luận', 'thong-bao'], ['nghị quyết', 'nghi-quyet'], ['nghị định', 'nghi-dinh'], ['chỉ thị', 'chi-thi'],
  ['quyết định', 'quyet-dinh'], ['kế hoạch', 'ke-hoach'], ['công văn', 'cong-van'], ['công điện', 'cong-dien'],
  ['thông báo', 'thong-bao'], ['chương trình', 'chuong-trinh'], ['thông tư', 'thong-tu'], ['tờ trình', 'to-trinh'],
  ['báo cáo', 'bao-cao'], ['hướng dẫn', 'huong-dan'], ['quy định', 'quy-dinh'], ['kết luận', 'ket-luan'],
  ['bộ luật', 'luat'], ['luật', 'luat'], ['pháp lệnh', 'phap-lenh'], ['lệnh', 'lenh'], ['đề án', 'de-an'],
  ['quy chế', 'quy-che'], ['thông tri', 'thong-tri'], ['giấy mời', 'giay-moi'],
  ['kế hoạch liên tịch', 'ke-hoach'], ['giấy phép', 'giay-phep'], ['phương án', 'phuong-an'], ['văn bản hợp nhất', 'van-ban'],
  ['văn bản', 'van-ban'],
];

/** Abbreviated kind words used in tables and footnotes ("QĐ số 12/QĐ-UBND"); matched case-sensitively. */
const KIND_ABBREVIATIONS: Readonly<Record<string, CitationKind>> = {
  NQ: 'nghi-quyet', CT: 'chi-thi', 'NĐ': 'nghi-dinh', 'QĐ': 'quyet-dinh', KH: 'ke-hoach', CV: 'cong-van',
  TB: 'thong-bao', TT: 'thong-tu', HD: 'huong-dan', BC: 'bao-cao', TTr: 'to-trinh', CTr: 'chuong-trinh', KL: 'ket-luan',
};

/** Type codes inside a symbol (ký hiệu): 80/2020/NĐ-CP is a nghị định, 22-NQ/TW a nghị quyết. */
const SYMBOL_CODES: Readonly<Record<string, CitationKind>> = {
  NQ: 'nghi-quyet', NQLT: 'nghi-quyet', CT: 'chi-thi', 'NĐ': 'nghi-dinh', 'QĐ': 'quyet-dinh', 'QĐI': 'quy-dinh', QĐLT: 'quyet-dinh',
  KH: 'ke-hoach', CV: 'cong-van', TB: 'thong-bao', TT: 'thong-tu', TTLT: 'thong-tu', HD: 'huong-dan', HDLT: 'huong-dan',
  TTR: 'to-trinh', BC: 'bao-cao', KL: 'ket-luan', CTR: 'chuong-trinh', 'CĐ': 'cong-dien', 'ĐA': 'de-an',
  QC: 'quy-che', L: 'lenh', PL: 'phap-lenh', GM: 'giay-moi', GP: 'giay-phep', PA: 'phuong-an', KHLT: 'ke-hoach', VBHN: 'van-ban',
};

const syllables = (phrase: string) => phrase.split(' ').join('\\s+');

/** A regex source matching any kind word (group "kind"). */
export const KIND_SOURCE = `(?<kind>${KIND_WORDS.map(([w]) => syllables(w)).join('|')}|${Object.keys(KIND_ABBREVIATIONS).join('|')})`;

/** The kind a printed kind word names, or undefined. */
export function kindOfWord(text: string): CitationKind | undefined {
  const abbreviation = KIND_ABBREVIATIONS[text];
  if (abbreviation) return abbreviation;
  const folded = text.toLowerCase().replace(/\s+/g, ' ');
  return KIND_WORDS.find(([w]) => w === folded)?.[1];
}

/** True for an abbreviation, which only counts in the exact case it is printed in (QĐ, not qđ). */
export function isAbbreviation(text: string): boolean {
  return text in KIND_ABBREVIATIONS;
}

/**
 * The kind a normalised number implies. Party style puts the code before the slash (22-NQ/TW), state
 * style after it (92/KH-UBND, 80/2020/NĐ-CP), laws end in the legislature (QH14). A symbol that is only
 * an issuer (1485/UBND, 559/SNGV-HTQT) is a công văn.
 */
export function kindOfSymbol(normalized: string): CitationKind {
  const symbol = normalized.replace(/^\d+[A-Z]?[/-](?:(?:19|20)\d\d[/-])?/, '');
  const parts = symbol.split(/[/-]/);
  if (parts.some((p) => /^QH\d*$/.test(p)) && !parts.some((p) => p in SYMBOL_CODES)) return 'luat';
  if (parts[0] === 'L' && parts[1] === 'CTN') return 'lenh';
  if (parts[0] === 'TTG') return 'cong-van';
  const code = parts.find((p) => p in SYMBOL_CODES && p !== 'L');
  return code ? SYMBOL_CODES[code] : 'cong-van';
}

const PHRASES = new Map(KIND_WORDS.map(([w, k]) => [w, k]));
const LONGEST = Math.max(...KIND_WORDS.map(([w]) => w.split(' ').length));
/** Letters of Vietnamese text by code point: ASCII letters and the Latin (with diacritics) ranges. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7);
}
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
}
/** Last letters of kind words and abbreviations: a number after any other letter needs no closer look. */
const LAST_LETTERS = new Set([...KIND_WORDS.map(([w]) => w.at(-1)!), ...Object.keys(KIND_ABBREVIATIONS).map((a) => a.at(-1)!.toLowerCase())]);

/** Up to `count` words that end at `end`, walking backwards over whitespace; nearest last. */
function wordsBefore(text: string, end: number, count: number): { text: string; start: number }[] {
  const words: { text: string; start: number }[] = [];
  let pos = end;
  while (words.length < count) {
    let start = pos;
    while (start > 0 && isLetterAt(text, start - 1)) start--;
    if (start === pos) break;
    words.unshift({ text: text.slice(start, pos), start });
    pos = start;
    while (pos > 0 && isSpaceAt(text, pos - 1)) pos--;
    if (pos === start) break;
  }
  return words;
}

/**
 * The kind word (or abbreviation) that ends exactly at `end`, read backwards word by word — much
 * cheaper than trying every kind word at every position of a long text.
 */
export function kindWordEndingAt(text: string, end: number): { kindText: string; start: number } | null {
  if (!LAST_LETTERS.has(text[end - 1]?.toLowerCase() ?? '')) return null;
  const words = wordsBefore(text, end, LONGEST);
  for (let n = Math.min(LONGEST, words.length); n >= 1; n--) {
    const first = words[words.length - n];
    const phrase = words.slice(-n).map((w) => w.text).join(' ');
    const known = PHRASES.has(phrase.toLowerCase()) || (n === 1 && phrase in KIND_ABBREVIATIONS);
    if (!known || /\p{N}/u.test(text[first.start - 1] ?? '')) continue;
    return { kindText: text.slice(first.start, end), start: first.start };
  }
  return null;
}
