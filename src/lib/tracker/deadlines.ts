import type { DutyInput } from '../../schemas/duty.ts';
import { addDays, daysBetween, daysInMonth, isoDay, latestDay, parsePartialDate } from '../partial-date.ts';
import type { Period, RecurringKind } from '../period.ts';

/** The period kind a recurring duty repeats over; `once` has none. */
export function recurringKind(frequency: DutyInput['frequency']): RecurringKind | undefined {
  return frequency === 'half-year' ? 'half' : frequency === 'year' ? 'year' : frequency === 'quarter' ? 'quarter' : undefined;
}

/** The part of its year a period is (H1, Q3, year), used to pick a per-part due rule. */
export function periodPart(period: Period): string {
  if (period.kind === 'half' || period.kind === 'quarter') return period.id.slice(5);
  return 'year';
}

/**
 * The first day after `afterDay` that falls on month-day `monthDay` (MM-DD): a report "by 15/02"
 * for the half ending 31/12/2022 is due 15/02/2023. 29/02 falls back to 28/02 in common years.
 */
export function nextMonthDay(monthDay: string, afterDay: string): string {
  const month = Number(monthDay.slice(0, 2));
  const day = Number(monthDay.slice(3, 5));
  let year = Number(afterDay.slice(0, 4));
  for (;;) {
    const candidate = isoDay(year, month, Math.min(day, daysInMonth(year, month)));
    if (candidate > afterDay) return candidate;
    year++;
  }
}

/**
 * The day a duty's report for `period` is due, or undefined when the duty sets none (the tracker
 * then says "chưa rõ hạn": a deadline is never guessed).
 * - once: its `due` date (a partial date counts as its last day);
 * - recurring: `dueOn`, the first such month-day after the middle of the period, else `dueDays`
 *   after its end. After the middle, not the end: letters set half-year reports "trước ngày 15/6 và
 *   15/12", inside the half they cover, while "07-31" for H1 or "02-15" for H2 still fall after it.
 */
export function dutyDueDay(duty: Pick<DutyInput, 'frequency' | 'due' | 'dueOn' | 'dueDays'>, period: Period): string | undefined {
  if (duty.frequency === 'once') {
    const due = duty.due ? parsePartialDate(duty.due) : null;
    return due ? latestDay(due) : undefined;
  }
  if (duty.dueOn) {
    const rule = typeof duty.dueOn === 'string' ? duty.dueOn : duty.dueOn[periodPart(period) as keyof typeof duty.dueOn];
    if (rule) return nextMonthDay(rule, addDays(period.start, Math.floor(daysBetween(period.start, period.end) / 2)));
    return undefined;
  }
  if (duty.dueDays !== undefined) return addDays(period.end, duty.dueDays);
  return undefined;
}
