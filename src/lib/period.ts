import { addDays, daysInMonth, isoDay } from './partial-date.ts';

/** A reporting period with its first and last day (YYYY-MM-DD). */
export interface Period {
  id: string;
  kind: 'year' | 'half' | 'quarter' | 'years';
  start: string;
  end: string;
  /** Vietnamese label: 6 tháng đầu năm 2022. */
  label: string;
}

const YEAR = /^(\d{4})$/;
const HALF = /^(\d{4})-H([12])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEARS = /^(\d{4})-(\d{4})$/;

const parsed = new Map<string, Period | null>();

/**
 * Reads 2022, 2022-H1, 2022-H2, 2022-Q3 or 2011-2021 (case-insensitive); null otherwise. Results
 * are remembered (and shared: never change one): loading 10,000 reports asks for the same few
 * dozen periods a hundred thousand times.
 */
export function parsePeriod(text: string): Period | null {
  let period = parsed.get(text);
  if (period === undefined) {
    period = readPeriod(text);
    if (parsed.size < 10_000) parsed.set(text, period);
  }
  return period;
}

function readPeriod(text: string): Period | null {
  const id = text.trim().toUpperCase();
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(id))) {
    const y = Number(m[1]);
    return { id, kind: 'year', start: isoDay(y, 1, 1), end: isoDay(y, 12, 31), label: `năm ${y}` };
  }
  if ((m = HALF.exec(id))) {
    const y = Number(m[1]);
    const first = m[2] === '1';
    return {
      id, kind: 'half',
      start: isoDay(y, first ? 1 : 7, 1),
      end: first ? isoDay(y, 6, 30) : isoDay(y, 12, 31),
      label: `6 tháng ${first ? 'đầu' : 'cuối'} năm ${y}`,
    };
  }
  if ((m = QUARTER.exec(id))) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    const lastMonth = q * 3;
    return {
      id, kind: 'quarter',
      start: isoDay(y, lastMonth - 2, 1),
      end: isoDay(y, lastMonth, daysInMonth(y, lastMonth)),
      label: `quý ${['I', 'II', 'III', 'IV'][q - 1]} năm ${y}`,
    };
  }
  if ((m = YEARS.exec(id))) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (to <= from) return null;
    return { id, kind: 'years', start: isoDay(from, 1, 1), end: isoDay(to, 12, 31), label: `giai đoạn ${from}–${to}` };
  }
  return null;
}

/** Periods sort by start, then shorter first. */
export function comparePeriods(a: Period, b: Period): number {
  return a.start.localeCompare(b.start) || a.end.localeCompare(b.end);
}

/** The year of a period's last day: the year a report for it is filed under. */
export function periodYear(period: Period): number {
  return Number(period.end.slice(0, 4));
}

/** Period kinds that repeat: a duty recurs once a year, half-year or quarter. */
export type RecurringKind = 'year' | 'half' | 'quarter';

/** The period of a recurring kind that contains a day (YYYY-MM-DD): 2022-08-01 is in 2022-H2. */
export function periodContaining(kind: RecurringKind, day: string): Period {
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  if (kind === 'year') return parsePeriod(year)!;
  if (kind === 'half') return parsePeriod(`${year}-H${month <= 6 ? 1 : 2}`)!;
  return parsePeriod(`${year}-Q${Math.ceil(month / 3)}`)!;
}

/** Periods of one kind from the one containing `fromDay` to the one containing `toDay`, in order. */
export function periodsBetween(kind: RecurringKind, fromDay: string, toDay: string): Period[] {
  const periods: Period[] = [];
  if (toDay < fromDay) return periods;
  let current = periodContaining(kind, fromDay);
  const last = periodContaining(kind, toDay);
  while (current.start <= last.start) {
    periods.push(current);
    current = periodContaining(kind, addDays(current.end, 1));
  }
  return periods;
}

/** Whether `outer` spans all of `inner` (a 2022 report covers 2022-H2; 2022-H2 covers itself). */
export function periodCovers(outer: Period, inner: Period): boolean {
  return outer.start <= inner.start && outer.end >= inner.end;
}
