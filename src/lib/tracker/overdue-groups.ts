import type { OverdueBasis } from './overdue-basis.ts';
import type { TaskState } from './status.ts';

/**
 * Overdue tasks as a reader acts on them: one entry per report, owner, due day and kind of late,
 * instead of the same report repeated once per task. Groups keep the order of the list given
 * (oldest due first).
 */
export interface OverdueGroup {
  report: string;
  owner: string;
  dueDay: string;
  daysOverdue: number;
  basis?: OverdueBasis;
  laterReport?: string;
  ownerCeased?: string;
  successors?: string[];
  states: TaskState[];
}

export function groupOverdue(states: readonly TaskState[]): OverdueGroup[] {
  const groups = new Map<string, OverdueGroup>();
  for (const s of states) {
    const key = [s.task.report, s.task.owner, s.task.dueDay, s.overdueBasis].join('|');
    const group = groups.get(key);
    if (group) group.states.push(s);
    else {
      groups.set(key, {
        report: s.task.report, owner: s.task.owner, dueDay: s.task.dueDay!, daysOverdue: s.daysOverdue ?? 0,
        basis: s.overdueBasis, laterReport: s.laterReport, ownerCeased: s.ownerCeased, successors: s.successors, states: [s],
      });
    }
  }
  return [...groups.values()];
}
