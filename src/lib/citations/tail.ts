import { DATE_SOURCE, isoFromGroups } from './dates.ts';
import { KIND_SOURCE } from './kinds.ts';

/**
 * What follows a number: its date and issuer, in the orders real text uses —
 * "… ngày 10/4/2013 của Bộ Chính trị", "…, ngày 03/6/2022", "… của UBND tỉnh ngày 07/01/2020",
 * "… (ký ngày 08 tháng 7 năm 2020)".
 */
export interface Tail {
  date: string | null;
  issuer: string | null;
  /** Offset just past the last part read (the number's end when nothing follows). */
  end: number;
}

/** Markdown that may sit between a number and its date: emphasis marks, a footnote mark. */
const NOISE = String.raw`(?:[*_]{1,3}|\[\^[^\]\s]{1,8}\]|<sup>[^<]{0,8}</sup>)?`;
const DATE_AFTER = new RegExp(
  String.raw`${NOISE}\s*[,(]?\s*(?:(?:đã\s+|được\s+)*(?:ban\s+hành|ký(?:\s+ban\s+hành)?)\s+)?(?:vào\s+|cùng\s+)?ngày\s*:?\s*${DATE_SOURCE}`,
  'iuy',
);
/** A date in the next table cell (| 92/KH-UBND | 03/6/2022 |) or in brackets (92/KH-UBND (03/6/2022)). */
const DATE_BESIDE = new RegExp(String.raw`${NOISE}(?:[^\S\n]*[|\t][^\S\n]*|\s*\(\s*)${DATE_SOURCE}(?![^\S\n]*[/\-.]\d)`, 'uy');
const OF = new RegExp(String.raw`${NOISE}\s*\)?\s*,?\s*\(?\s*của\s+`, 'iuy');

/** Lower-case syllables that end an issuer: the words that follow one in real text. */
const STOP = new Set(
  ('về v/v việc ban phê hướng triển thực tiếp nhằm trong đã tại theo đến với cho là có khi để thì do được ngày số năm ' +
    'gửi yêu đề ký kèm như các này nay sau trước mà lần gồm bổ sửa giai tháng nhiệm tổ phát tăng nâng xây đẩy quy quán ' +
    'tuyên báo hỗ trên tới vào hoặc cùng ra bị từ cũng còn đang sẽ vẫn phải cần chưa không nên vì nhưng tuy mới nói ' +
    'qua đánh kết lãnh chỉ v V bãi kiện công').split(' '),
);
const SYLLABLE = /\s*(?<word>\(\s*(?:khóa|khoá)\s+[IVXLC]+\s*\)|[\p{L}][\p{L}\p{N}&]*)/uy;
/** The next citation beginning ("… của Bộ Chính trị⏎Kế hoạch số 92/…"): an issuer never runs into it. */
const NEXT_CITATION = new RegExp(String.raw`\s*${KIND_SOURCE}\s+(?:số|\d)`, 'iuy');
const KINDISH = /^(?:nghị|chỉ|quyết|kế|công|thông|chương|tờ|báo|hướng|quy|kết|luật|văn)$/iu;

/** Reads an issuer ("Bộ Chính trị", "Ban Bí thư (khóa XI)", "UBND tỉnh Quảng Ngãi") at `pos`. */
export function readIssuer(text: string, pos: number): { issuer: string; end: number } | null {
  const words: string[] = [];
  let end = pos;
  SYLLABLE.lastIndex = pos;
  for (let match = SYLLABLE.exec(text); match && words.length < 14; match = SYLLABLE.exec(text)) {
    const word = match.groups!.word;
    NEXT_CITATION.lastIndex = match.index;
    if (NEXT_CITATION.test(text)) break;
    if (words.length === 0 && !/^\p{Lu}/u.test(word)) return null;
    if (word === 'ban') {
      // "… của UBND tỉnh ban hành" ends the issuer; "Ủy ban nhân dân tỉnh …" goes on.
      SYLLABLE.lastIndex = match.index + match[0].length;
      const next = SYLLABLE.exec(text)?.groups?.word ?? '';
      SYLLABLE.lastIndex = match.index + match[0].length;
      if (next === 'hành' || words.length === 0 || !/^(?:Ủy|Uỷ|ủy|uỷ)$/u.test(words.at(-1)!)) break;
    } else if (STOP.has(word)) break;
    if (word === 'và') {
      // "Bộ Kế hoạch và Đầu tư" goes on; "… Chính phủ và Quyết định số …" or "… và tỉnh" does not.
      SYLLABLE.lastIndex = match.index + match[0].length;
      const next = SYLLABLE.exec(text)?.groups?.word ?? '';
      if (!/^\p{Lu}/u.test(next) || KINDISH.test(next)) break;
      SYLLABLE.lastIndex = match.index + match[0].length;
    }
    words.push(word.replace(/\s+/g, ' '));
    end = match.index + match[0].length;
  }
  while (words.length && (words.at(-1) === 'và')) words.pop();
  if (!words.length) return null;
  const issuer = words.join(' ').replace(/\(\s*/g, '(').replace(/\s*\)/g, ')');
  return { issuer, end };
}

/** A date right after `pos` ("ngày 10/4/2013", ", ban hành ngày …", "| 10/4/2013 |"). */
export function dateAt(text: string, pos: number): { date: string | null; end: number } | null {
  for (const pattern of [DATE_AFTER, DATE_BESIDE]) {
    pattern.lastIndex = pos;
    const match = pattern.exec(text);
    if (match) return { date: isoFromGroups(match.groups!), end: match.index + match[0].length };
  }
  return null;
}

function issuerAt(text: string, pos: number): { issuer: string; end: number } | null {
  OF.lastIndex = pos;
  const of = OF.exec(text);
  return of ? readIssuer(text, of.index + of[0].length) : null;
}

/** The date and issuer that follow a number ending at `pos`. */
export function readTail(text: string, pos: number): Tail {
  const date = dateAt(text, pos);
  if (date) {
    const issuer = issuerAt(text, date.end);
    return { date: date.date, issuer: issuer?.issuer ?? null, end: issuer?.end ?? date.end };
  }
  const issuer = issuerAt(text, pos);
  if (issuer) {
    const later = dateAt(text, issuer.end);
    return { date: later?.date ?? null, issuer: issuer.issuer, end: later?.end ?? issuer.end };
  }
  return { date: null, issuer: null, end: pos };
}
