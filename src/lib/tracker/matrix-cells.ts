import { dutyStatuses, type DutyStatus, type Obligation } from './duties.ts';
import type { Task } from '../model.ts';
import { countByStatus, taskStatuses, type TaskState, type TaskStatus } from './status.ts';
import { overdueBases, type OverdueBasis } from './overdue-basis.ts';
import { obligationCellWords, overdueBasisShort, taskCountWords } from './tracker-text.ts';

/** A cell's tasks counted by status. */
export type TaskCounts = ReturnType<typeof countByStatus>;

export interface MatrixCell {
  column: string;
  obligations: Obligation[];
  tasks: TaskState[];
  counts: TaskCounts;
  /** The unit had ceased before this half-year began. */
  afterCeased: boolean;
  /** What the cell says, line by line (see cellItems below). */
  items: CellItem[];
}

/** One line of a matrix cell: a count of owed reports or tasks in one status, with what filters need. */
export interface CellItem {
  /** Filter value: a task status, `dropped`, `duty-<status>` for owed reports, or `ceased`. */
  status: string;
  /** The colour class suffix (one of the task statuses), always shown next to the words. */
  tone: TaskStatus;
  text: string;
  /** The text without its count (`text` is "<count> <words>"), so a filter can recount it. */
  words: string;
  /** Per counted item, the documents it answers to (a filter by directive recounts from these). */
  directives: string[][];
  /** On an overdue line: which kind of late it counts (overdue-basis.ts); shown in words and its own colour. */
  basis?: OverdueBasis;
}

/** Owed reports borrow the task colours: held on time is green, missing past due is red. */
export const dutyTone: Record<DutyStatus, TaskStatus> = {
  'on-time': 'done-on-time', late: 'done-late', received: 'done-on-time', overdue: 'overdue',
  'not-due': 'open', 'no-due': 'no-deadline', ended: 'no-deadline', elsewhere: 'no-deadline',
};

/**
 * The lines of a cell, owed reports first, then tasks, most urgent first within each; a task no
 * longer pursued counts under `dropped`, not no-deadline. A cell after the unit ceased says so.
 */
export function cellItems(
  cell: Omit<MatrixCell, 'items'>,
  directivesOf: (task: Task) => string[],
  concernsOf: (documentId: string) => string[] = () => [],
): CellItem[] {
  const items: CellItem[] = [];
  for (const status of dutyStatuses) {
    const byWords = new Map<string, string[][]>();
    for (const ob of cell.obligations.filter((o) => o.status === status)) {
      const words = `báo cáo ${obligationCellWords(ob)}`;
      byWords.set(words, [...(byWords.get(words) ?? []), [ob.document, ...concernsOf(ob.document)]]);
    }
    for (const [words, directives] of byWords) {
      items.push({ status: `duty-${status}`, tone: dutyTone[status], text: `${directives.length} ${words}`, words, directives });
    }
  }
  for (const status of [...taskStatuses, 'dropped'] as const) {
    const tasks = cell.tasks.filter((s) => (status === 'dropped' ? s.dropped : s.status === status && !s.dropped));
    if (!tasks.length) continue;
    // Overdue splits in two: late after a report that did not say it was done, and nothing heard since.
    const parts = status === 'overdue' ? overdueBases.map((basis) => ({ basis, tasks: tasks.filter((s) => s.overdueBasis === basis) })) : [{ basis: undefined, tasks }];
    for (const part of parts.filter((p) => p.tasks.length)) {
      const words = `${taskCountWords(status)}${part.basis ? ` (${overdueBasisShort[part.basis]})` : ''}`;
      items.push({
        status, tone: status === 'dropped' ? 'no-deadline' : status, text: `${part.tasks.length} ${words}`, words,
        directives: part.tasks.map((s) => directivesOf(s.task)), ...(part.basis && { basis: part.basis }),
      });
    }
  }
  if (cell.afterCeased && !items.length) {
    items.push({ status: 'ceased', tone: 'no-deadline', text: 'đơn vị đã dừng hoạt động', words: 'đơn vị đã dừng hoạt động', directives: [[]] });
  }
  return items;
}

/** Items summed by status and wording (a province's roll-up of its units' cells); order kept. */
export function sumItems(items: readonly CellItem[]): CellItem[] {
  const sums = new Map<string, CellItem>();
  for (const item of items) {
    if (item.status === 'ceased') continue;
    const key = `${item.status}|${item.words}`;
    const sum = sums.get(key);
    const directives = [...(sum?.directives ?? []), ...item.directives];
    sums.set(key, { ...item, directives, text: `${directives.length} ${item.words}` });
  }
  return [...sums.values()];
}
