import type { Report } from '../model.ts';

/**
 * Why an overdue task counts as late, which decides what the office should do about it:
 * - `reported-not-done`: the owner sent a report after the due day (on or before the as-of day)
 *   that did not record the task done: late, and the owner said nothing of finishing it;
 * - `no-report-since`: the knowledge base holds no report from the owner dated after the due
 *   day: it cannot know, and the first step is to ask the owner for its report.
 * Only dated reports count: an undated copy cannot be placed after the due day.
 */
export type OverdueBasis = 'reported-not-done' | 'no-report-since';

export const overdueBases: readonly OverdueBasis[] = ['reported-not-done', 'no-report-since'];

export interface OverdueReason {
  basis: OverdueBasis;
  /** For reported-not-done: the owner's latest report after the due day. */
  laterReport?: string;
  /** For no-report-since: the owner's last dated report on or before the due day, if any. */
  lastReport?: string;
}

/** Reports by unit, dated, oldest first: built once per tracker, so each task is judged from its owner's list. */
export function datedReportsByUnit(reports: readonly Report[]): Map<string, Report[]> {
  const byUnit = new Map<string, Report[]>();
  for (const r of reports) {
    if (!r.issuedDay) continue;
    const list = byUnit.get(r.unit) ?? [];
    list.push(r);
    byUnit.set(r.unit, list);
  }
  for (const list of byUnit.values()) list.sort((a, b) => a.issuedDay!.localeCompare(b.issuedDay!) || a.id.localeCompare(b.id));
  return byUnit;
}

/** The reason an overdue task of `ownerReports`' unit, due `dueDay`, is late as of `asOf`. */
export function overdueReason(ownerReports: readonly Report[], dueDay: string, asOf: string): OverdueReason {
  const known = ownerReports.filter((r) => r.issuedDay! <= asOf);
  const later = known.filter((r) => r.issuedDay! > dueDay);
  if (later.length) return { basis: 'reported-not-done', laterReport: later.at(-1)!.id };
  return { basis: 'no-report-since', lastReport: known.at(-1)?.id };
}
