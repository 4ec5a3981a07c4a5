import type { ProgressInput } from '../../schemas/task.ts';
import type { KnowledgeBase, Report } from '../model.ts';
import { latestDay, parsePartialDate } from '../partial-date.ts';

/** One dated statement a report makes about a task ("đã hoàn thành", "đang thực hiện"…). */
export interface ProgressEvent {
  /** The task's global key. */
  task: string;
  /** The report that says it. */
  report: string;
  status: ProgressInput['status'];
  /** The day it counts from (YYYY-MM-DD). */
  day: string;
}

/**
 * The day a progress entry counts from: its own `date` when the report gives one, else the
 * report's date. Partial dates count as their last possible day (a report of "tháng 6/2022" is
 * only known to exist by 30/06/2022). Undefined when neither is known: such an entry cannot
 * close a task, and `kb check` warns about it.
 */
export function progressDay(report: Pick<Report, 'issuedDay'>, entry: Pick<ProgressInput, 'date'>): string | undefined {
  const own = entry.date ? parsePartialDate(entry.date) : null;
  return own ? latestDay(own) : report.issuedDay;
}

/**
 * Every dated progress statement, grouped by task, oldest first. Statements on the same day are
 * ordered by the date of the report making them, then its id, then their order in the report,
 * so the newest word on a day is last.
 */
export function progressEvents(kb: Pick<KnowledgeBase, 'reports'>): Map<string, ProgressEvent[]> {
  const byTask = new Map<string, (ProgressEvent & { rank: string; index: number })[]>();
  for (const report of kb.reports) {
    report.progress.forEach((entry, index) => {
      const day = progressDay(report, entry);
      if (!day) return;
      const list = byTask.get(entry.task) ?? [];
      list.push({ task: entry.task, report: report.id, status: entry.status, day, rank: `${report.issuedDay ?? ''} ${report.id}`, index });
      byTask.set(entry.task, list);
    });
  }
  const sorted = new Map<string, ProgressEvent[]>();
  for (const [task, list] of byTask) {
    list.sort((a, b) => a.day.localeCompare(b.day) || a.rank.localeCompare(b.rank) || a.index - b.index);
    sorted.set(task, list.map(({ task: t, report, status, day }) => ({ task: t, report, status, day })));
  }
  return sorted;
}
