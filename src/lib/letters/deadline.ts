import type { DutyInput } from '../../schemas/duty.ts';
import { formatPartialDate, isoDay, parsePartialDate } from '../partial-date.ts';
import { foldVietnamese } from '../text.ts';

/**
 * When a request letter wants its report, as the letter words it. A one-off letter sets a day
 * ("gửi về Sở Ngoại vụ trước ngày 15/6/2022", "chậm nhất ngày 20 tháng 6 năm 2022"); a standing one
 * sets a rule ("định kỳ 6 tháng, trước ngày 15/6 và 15/12", "hằng năm, trước ngày 15/12"). Nothing
 * here guesses: no deadline phrase, no deadline.
 */
export interface Deadline {
  frequency?: DutyInput['frequency'];
  /** For a one-off letter: the day (ISO). */
  due?: string;
  /** For a standing duty: the month-day rule, one per part of the year when they differ. */
  dueOn?: DutyInput['dueOn'];
  /** The words the deadline was read from, as printed. */
  evidence?: string;
  /** 1-based line of the evidence in the text given. */
  line?: number;
  /** What the author must look at (a deadline before the letter's own date, a year read from the letter). */
  notes: string[];
}

/** Words that introduce a deadline; a date after them is the day the report is due. */
/** A time of day before the date: "trước 17h00 ngày 15/6/2022", "trước 16 giờ 30 ngày …". */
const TIME = String.raw`(?:\d{1,2}\s*(?:h|gio)\s*(?:\d{1,2})?\s*(?:phut)?\s*,?\s*)?`;
const LEAD = String.raw`(?:(?:truoc|cham nhat(?: la)?(?: vao)?(?: truoc)?|han (?:cuoi |chot )?(?:gui|nop)?[^.;\n]{0,40}?(?:la )?:?|thoi han[^.;\n]{0,40}?:)\s*${TIME}(?:ngay)?)`;
const NUMERIC = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?`;
const WORDS = String.raw`(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?`;
const ONE_DATE = new RegExp(String.raw`${LEAD}\s*:?\s*(?:${NUMERIC}|${WORDS})`, 'g');
/** A second month-day after "và": "trước ngày 15/6 và 15/12". */
const SECOND = new RegExp(String.raw`^\s*(?:va|,)\s*(?:ngay\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\s*[/.-]\s*\d)`);

const HALF_YEAR = /dinh ky (?:6|sau) thang|6 thang (?:mot|1) lan|hang (?:6|sau) thang|bao cao (?:6|sau) thang (?:va|,) (?:hang )?nam/;
const YEARLY = /dinh ky hang nam|hang nam|dinh ky (?:mot|1) nam/;
const QUARTERLY = /dinh ky hang quy|hang quy|dinh ky quy/;

/**
 * The deadline in `text` (the letter's text, header excluded), for a letter issued on `issued`
 * (ISO, possibly partial). A one-off deadline printed without its year takes the letter's year,
 * and says so; one before the letter's own date is refused and named.
 */
export function readDeadline(text: string, issued: string | undefined): Deadline {
  const folded = foldVietnamese(text).toLowerCase();
  const notes: string[] = [];
  const lineAt = (index: number) => folded.slice(0, index).split('\n').length;
  const recurring = HALF_YEAR.test(folded) ? 'half-year' : QUARTERLY.test(folded) ? 'quarter' : YEARLY.test(folded) ? 'year' : undefined;
  for (const m of folded.matchAll(ONE_DATE)) {
    const day = Number(m[1] ?? m[4]);
    const month = Number(m[2] ?? m[5]);
    const yearText = m[3] ?? m[6];
    // Only a sentence about the report sets its deadline ("báo cáo … gửi … trước ngày").
    const sentence = sentenceAround(folded, m.index, m.index + m[0].length);
    if (!/bao cao|gui ve|gui so|gui ve so|nop/.test(sentence)) continue;
    const evidence = text.slice(m.index, m.index + m[0].length).trim();
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      notes.push(`hạn "${evidence}" (dòng ${lineAt(m.index)}) không phải một ngày có thật; để trống hạn`);
      return { notes, line: lineAt(m.index) };
    }
    if (recurring && !yearText) {
      // "trước ngày 15/6 và 15/12", or a second deadline later in the paragraph ("… báo cáo năm trước ngày 15/12").
      const after = folded.slice(m.index + m[0].length);
      const second = SECOND.exec(after) ?? laterMonthDay(after);
      const first = monthDay(month, day);
      const full = second ? text.slice(m.index, m.index + m[0].length + second.index + second[0].length).trim() : evidence;
      if (recurring === 'half-year' && second) {
        return { frequency: 'half-year', dueOn: { H1: first, H2: monthDay(Number(second[2]), Number(second[1])) }, evidence: full, line: lineAt(m.index), notes };
      }
      return { frequency: recurring, dueOn: first, evidence: full, line: lineAt(m.index), notes };
    }
    const year = yearText ? Number(yearText) : issued ? Number(issued.slice(0, 4)) : undefined;
    if (!year) {
      notes.push(`hạn "${evidence}" (dòng ${lineAt(m.index)}) không ghi năm và công văn không có ngày; để trống hạn`);
      return { notes, line: lineAt(m.index) };
    }
    const due = isoDay(year, month, day);
    if (!parsePartialDate(due)) {
      notes.push(`hạn "${evidence}" (dòng ${lineAt(m.index)}) không phải một ngày có thật; để trống hạn`);
      return { notes, line: lineAt(m.index) };
    }
    if (!yearText && issued && due < issued.slice(0, 10)) {
      // "trước ngày 10/01" in a letter of 20/12/2022 is 10/01/2023: the next such day after the letter.
      const next = isoDay(year + 1, month, day);
      notes.push(`hạn "${evidence}" không ghi năm; lấy ngày ${formatPartialDate(next)}, lần đầu tiên sau ngày công văn`);
      return { frequency: recurring ? undefined : 'once', due: next, evidence, line: lineAt(m.index), notes };
    }
    if (issued && due < issued.slice(0, due.length)) {
      notes.push(`hạn ${formatPartialDate(due)} ("${evidence}", dòng ${lineAt(m.index)}) trước ngày ban hành công văn ${formatPartialDate(issued)}; để trống hạn, hỏi lại nơi ban hành`);
      return { notes, line: lineAt(m.index) };
    }
    if (!yearText) notes.push(`hạn "${evidence}" không ghi năm; lấy năm của công văn (${year})`);
    return { frequency: recurring ? undefined : 'once', due, evidence, line: lineAt(m.index), notes };
  }
  return { frequency: recurring, notes };
}

/** A second "trước ngày D/M" later in the same paragraph, as SECOND's groups (day, month). */
function laterMonthDay(after: string): RegExpExecArray | null {
  const paragraph = after.split('\n')[0].slice(0, 300);
  const m = /(?:truoc|cham nhat)(?: la)?\s*(?:ngay\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\s*[/.-]\s*\d)/.exec(paragraph);
  return m;
}

function monthDay(month: number, day: number): string {
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The sentence holding [start, end): from the last full stop or line break before it to the next one. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('.', start - 1) + 1, text.lastIndexOf('\n', start - 1) + 1, 0);
  const stops = ['\n', '. ', ';'].map((s) => text.indexOf(s, end)).filter((i) => i >= 0);
  return text.slice(from, stops.length ? Math.min(...stops) : text.length);
}
