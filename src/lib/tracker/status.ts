import { successorsOn, unitUntil } from '../lineage.ts';
import type { KnowledgeBase, Task } from '../model.ts';
import { daysBetween } from '../partial-date.ts';
import { datedReportsByUnit, overdueReason, type OverdueBasis } from './overdue-basis.ts';
import { progressEvents, type ProgressEvent } from './progress.ts';

/**
 * Task status as of a day D (contracts.md): the four states the government's own tracking uses
 * (đã hoàn thành đúng hạn / quá hạn; chưa hoàn thành trong hạn / quá hạn) plus none.
 */
export type TaskStatus = 'done-on-time' | 'done-late' | 'open' | 'overdue' | 'no-deadline';

export const taskStatuses: readonly TaskStatus[] = ['overdue', 'open', 'done-late', 'done-on-time', 'no-deadline'];

export interface TaskState {
  task: Task;
  status: TaskStatus;
  /** Day (YYYY-MM-DD) of the report that closed it. */
  doneOn?: string;
  /** Id of the report that closed it. */
  doneIn?: string;
  /** The latest thing any report said of it, on or before D. */
  latest?: { report: string; status: 'done' | 'in-progress' | 'dropped'; day: string };
  /** Whole days past its due day, for overdue tasks. */
  daysOverdue?: number;
  /** For overdue tasks: whether the owner has reported since the due day without saying it is done (overdue-basis.ts). */
  overdueBasis?: OverdueBasis;
  /** For reported-not-done: the owner's latest report after the due day. */
  laterReport?: string;
  /** Whole days after its due day it was done, for done-late tasks. */
  daysLate?: number;
  /** A report said it is no longer pursued (không tiếp tục thực hiện); its status is then no-deadline. */
  dropped?: boolean;
  /** The owner's last day, when it has ceased by D and the task is still open: the duty ended with it. */
  ownerCeased?: string;
  /** Known units that took the ceased owner's duties over. */
  successors?: string[];
}

/**
 * Judges one task from the progress statements about it, as of `asOf`:
 * - only statements dated on or before D count, and the latest of them decides;
 * - latest "done": done since the first of the unbroken run of "done" statements that ends with it;
 *   on time when that day is on or before the due day (a follow-up issued ON the due day is on
 *   time), late otherwise; a task without a due is done-on-time;
 * - latest "dropped": neither done nor overdue, so it takes the fifth state, no-deadline
 *   ("none of the four"), flagged `dropped` so pages say "không tiếp tục thực hiện";
 * - otherwise (nothing said, or "in-progress"): no-deadline without a due; overdue once D is past
 *   the due day; open until then (the due day itself is still in time).
 */
export function judgeTask(task: Task, events: readonly ProgressEvent[], asOf: string): TaskState {
  const known = events.filter((e) => e.day <= asOf);
  const last = known.at(-1);
  const state: TaskState = { task, status: 'no-deadline' };
  if (last) state.latest = { report: last.report, status: last.status, day: last.day };
  if (last?.status === 'done') {
    let first = known.length - 1;
    while (first > 0 && known[first - 1].status === 'done') first--;
    state.doneOn = known[first].day;
    state.doneIn = known[first].report;
    const late = task.dueDay !== undefined && state.doneOn > task.dueDay;
    state.status = late ? 'done-late' : 'done-on-time';
    if (late) state.daysLate = daysBetween(task.dueDay!, state.doneOn);
    return state;
  }
  if (last?.status === 'dropped') {
    state.dropped = true;
    return state;
  }
  if (!task.dueDay) return state;
  if (asOf > task.dueDay) {
    state.status = 'overdue';
    state.daysOverdue = daysBetween(task.dueDay, asOf);
  } else {
    state.status = 'open';
  }
  return state;
}

/** Every task's state as of `asOf`, by task key. Pass the public view to keep confidential reports out. */
export function taskStates(kb: KnowledgeBase, asOf: string): Map<string, TaskState> {
  const events = progressEvents(kb);
  const byUnit = datedReportsByUnit(kb.reports);
  const units = new Map(kb.units.map((u) => [u.id, u]));
  const states = new Map<string, TaskState>();
  for (const report of kb.reports) {
    for (const task of report.tasks) {
      const state = judgeTask(task, events.get(task.key) ?? [], asOf);
      const owner = units.get(task.owner);
      const until = owner ? unitUntil(owner) : undefined;
      const stillOpen = state.status === 'open' || state.status === 'overdue' || (state.status === 'no-deadline' && !state.dropped);
      if (stillOpen && until && until < asOf) {
        state.ownerCeased = until;
        state.successors = successorsOn(units, task.owner, asOf).map((u) => u.id);
      }
      if (state.status === 'overdue') {
        const reason = overdueReason(byUnit.get(task.owner) ?? [], task.dueDay!, asOf);
        state.overdueBasis = reason.basis;
        if (reason.laterReport) state.laterReport = reason.laterReport;
      }
      states.set(task.key, state);
    }
  }
  return states;
}

/** Overdue tasks, oldest due first (then most days overdue, then key): the Monday-morning list. */
export function overdueTasks(states: Iterable<TaskState>): TaskState[] {
  return [...states]
    .filter((s) => s.status === 'overdue')
    .sort((a, b) => a.task.dueDay!.localeCompare(b.task.dueDay!) || a.task.key.localeCompare(b.task.key));
}

/** Counts by status, every status present (zero when none). */
export function countByStatus(states: Iterable<TaskState>): Record<TaskStatus, number> & { dropped: number } {
  const counts = { 'done-on-time': 0, 'done-late': 0, open: 0, overdue: 0, 'no-deadline': 0, dropped: 0 };
  for (const s of states) {
    counts[s.status]++;
    if (s.dropped) counts.dropped++;
  }
  return counts;
}
