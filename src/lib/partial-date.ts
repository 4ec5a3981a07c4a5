/** A date known to the day, the month or only the year, as unsigned copies print them. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  /** The text it was read from (2022-06). */
  text: string;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads 2022-06-15, 2022-06 or 2022; returns null for anything else, including 2022-02-30. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PATTERN.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : undefined;
  const day = match[3] ? Number(match[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) return null;
  return { year, month, day, text: match[0] };
}

/** ISO day (YYYY-MM-DD) from parts. */
export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first day the date could be. */
export function earliestDay(date: PartialDate): string {
  return isoDay(date.year, date.month ?? 1, date.day ?? 1);
}

/**
 * The last day the date could be. A partial date is judged by this day: a report dated
 * "tháng 6 năm 2021" is known to exist by 30/06/2021, not earlier.
 */
export function latestDay(date: PartialDate): string {
  const month = date.month ?? 12;
  return isoDay(date.year, month, date.day ?? daysInMonth(date.year, month));
}

/** Vietnamese display: 15/06/2022, tháng 06/2022, năm 2022. */
export function formatPartialDate(date: PartialDate | string | undefined | null): string {
  const parsed = typeof date === 'string' ? parsePartialDate(date) : date;
  if (!parsed) return '';
  const mm = String(parsed.month ?? 0).padStart(2, '0');
  if (parsed.day) return `${String(parsed.day).padStart(2, '0')}/${mm}/${parsed.year}`;
  if (parsed.month) return `tháng ${mm}/${parsed.year}`;
  return `năm ${parsed.year}`;
}

/** Today as YYYY-MM-DD in Vietnam's time zone (UTC+7), where the offices are. */
export function todayInVietnam(now = new Date()): string {
  const shifted = new Date(now.getTime() + 7 * 3600 * 1000);
  return shifted.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Adds days to an ISO day. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
