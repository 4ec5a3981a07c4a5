import type { Catalog } from '../kb/catalog.ts';
import { dutyObligations, type Obligation } from './duties.ts';
import { buildMatrix, taskDirectives, type Matrix } from './matrix.ts';
import { supersedingDocument } from './legal-basis.ts';
import type { LegalDocument, Task } from '../model.ts';
import { overdueTasks, taskStates, type TaskState } from './status.ts';

/** Everything the tracker shows, computed once from the (public) catalog as of one day. */
export interface Tracker {
  asOf: string;
  states: Map<string, TaskState>;
  /**
   * Reports owed to this office, and reports owed elsewhere that are on file: what the headline,
   * matrix and lists count. Reports owed to other bodies and not on file are in `elsewhere`.
   */
  obligations: Obligation[];
  /** Reports owed to other bodies (ministries) with none on file: shown on unit and document pages only. */
  elsewhere: Obligation[];
  matrix: Matrix;
  /** Overdue tasks, oldest due first. */
  overdue: TaskState[];
  state(task: Task | string): TaskState | undefined;
  /** Every report the unit owes, to this office or elsewhere. */
  obligationsOf(unitId: string): Obligation[];
  /** Every report owed under the document's own duties, and under those of letters about it (catalog.concerns). */
  obligationsUnder(documentId: string): Obligation[];
  /** Documents a task answers to (its own directive, else its report's). */
  directivesOf(task: Task): string[];
  /** The document that replaced the task's directive (NQ 22 → NQ 59) by the as-of day, if any. */
  supersededBy(task: Task): LegalDocument | undefined;
  /** Still-open tasks of ceased units that passed to `unitId` as their known successor. */
  inheritedBy(unitId: string): TaskState[];
}

export function buildTracker(catalog: Catalog, asOf: string): Tracker {
  const states = taskStates(catalog.kb, asOf);
  const all = dutyObligations(catalog.kb, asOf).sort(
    (a, b) => a.period.end.localeCompare(b.period.end) || a.key.localeCompare(b.key),
  );
  // Owed elsewhere and not on file (missing, or ended with a ceased unit): not this office's to count.
  const counted = (o: Obligation) => !o.elsewhere || o.report !== undefined;
  const obligations = all.filter(counted);
  const matrix = buildMatrix({
    asOf,
    units: catalog.unitsSorted,
    provinceName: catalog.provinceName,
    report: catalog.report,
    states: catalog.allTasks.map((t) => states.get(t.key)!),
    obligations,
    directivesOf: (task) => taskDirectives(task, catalog.report(task.report)),
    concernsOf: catalog.concerns,
  });
  // Pages ask per unit and per document: index once, so a large site stays linear.
  const group = <T,>(items: Iterable<T>, keys: (item: T) => string[]) => {
    const map = new Map<string, T[]>();
    for (const item of items) {
      for (const key of keys(item)) {
        const list = map.get(key);
        if (list) list.push(item);
        else map.set(key, [item]);
      }
    }
    return map;
  };
  const byUnit = group(all, (o) => [o.unit]);
  const byDocument = group(all, (o) => [o.document, ...catalog.concerns(o.document)]);
  const bySuccessor = group(states.values(), (s) => s.successors ?? []);
  return {
    asOf,
    states,
    obligations,
    elsewhere: all.filter((o) => !counted(o)),
    matrix,
    overdue: overdueTasks(states.values()),
    state: (task) => states.get(typeof task === 'string' ? task : task.key),
    obligationsOf: (unitId) => byUnit.get(unitId) ?? [],
    obligationsUnder: (documentId) => byDocument.get(documentId) ?? [],
    directivesOf: (task) => taskDirectives(task, catalog.report(task.report)),
    supersededBy: (task) => supersedingDocument(taskDirectives(task, catalog.report(task.report)), catalog.document, asOf),
    inheritedBy: (unitId) => bySuccessor.get(unitId) ?? [],
  };
}

/** Reports owed and overdue, longest overdue first (then by key, so the order is stable). */
export function overdueObligations(tracker: Pick<Tracker, 'obligations'>): Obligation[] {
  return tracker.obligations
    .filter((o) => o.status === 'overdue')
    .sort((a, b) => a.dueDay!.localeCompare(b.dueDay!) || a.key.localeCompare(b.key));
}
