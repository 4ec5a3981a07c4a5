import { latestDay, parsePartialDate } from '../partial-date.ts';
import { parsePeriod } from '../period.ts';

/** A due written as a period means its last day; as a date, that day (a partial date: its last day). */
export function dueDayOf(due: string | undefined): string | undefined {
  if (!due) return undefined;
  const period = parsePeriod(due);
  if (period) return period.end;
  const date = parsePartialDate(due);
  return date ? latestDay(date) : undefined;
}
