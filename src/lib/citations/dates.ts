import { daysInMonth, isoDay } from '../partial-date.ts';

/**
 * Dates as citations print them: 10/4/2013, 08/6/2022, 8-6-2022, 08.6.2022 and
 * "08 tháng 7 năm 2020", with any whitespace (line breaks included) between the parts.
 * "tháng 6 năm 2021" or "năm 2020" alone is not a date.
 */
export const DATE_SOURCE =
  String.raw`(?:(?<d1>\d{1,2})\s*(?<s>[/.\-])\s*(?<m1>\d{1,2})\s*\k<s>\s*(?<y1>\d{4})` +
  String.raw`|(?<d2>\d{1,2})\s+tháng\s+(?<m2>\d{1,2})\s*,?\s+năm\s+(?<y2>\d{4}))(?!\d)`;

/** ISO day from the groups of a DATE_SOURCE match; null when the day cannot exist (31/02/2020). */
export function isoFromGroups(groups: Record<string, string | undefined>): string | null {
  const day = Number(groups.d1 ?? groups.d2);
  const month = Number(groups.m1 ?? groups.m2);
  const year = Number(groups.y1 ?? groups.y2);
  if (!day || !month || !year || month > 12 || year < 1900 || year > 2100) return null;
  if (day > daysInMonth(year, month)) return null;
  return isoDay(year, month, day);
}
