import { dutyObligations, type Obligation } from '../tracker/duties.ts';
import { obligationLabel } from '../labels.ts';
import type { KnowledgeBase, Report, Task } from '../model.ts';
import { publicView } from '../kb/public-view.ts';
import { taskStates, type TaskState } from '../tracker/status.ts';

/** What a change to the content does to the knowledge base and the tracker, for a reviewer. */
export interface ContentChanges {
  asOf: string;
  reportsAdded: Report[];
  reportsChanged: Report[];
  /** Ids of reports removed. */
  reportsRemoved: string[];
  /** Confidential reports touched: named by file only, never summarised. */
  confidentialTouched: string[];
  tasksAdded: Task[];
  /** Tasks removed, with the report that had set them. */
  tasksRemoved: Task[];
  /** Tasks whose due date changed (moved). */
  tasksMoved: { task: Task; from?: string; to?: string }[];
  /** New progress entries: what a report now says of a task (closed, under way, dropped). */
  progress: { report: Report; task: string; title?: string; status: 'done' | 'in-progress' | 'dropped' }[];
  /** Tasks already tracked whose status in the matrix differs as of `asOf` (new tasks are listed with theirs). */
  statusChanges: { key: string; title: string; from: TaskState; to?: TaskState }[];
  /**
   * Reports owed under a duty whose standing, in words, differs as of `asOf`: a new report received,
   * on time or late, or an owed report whose period or unit changed. `from`/`to` absent: not owed
   * before/after. Never one whose before and after read the same.
   */
  obligationChanges: { key: string; from?: Obligation; to?: Obligation }[];
  /** The status of each new task as of `asOf`, by key. */
  newTaskStates: Map<string, TaskState>;
  documentsAdded: string[];
  documentsChanged: string[];
}

/**
 * Compares the knowledge base at the base revision with the working tree. `changed` lists the
 * files (under the content root) git says changed, so an edit that leaves the model equal still
 * shows as a changed report. Confidential reports are kept out of every summary, as out of the site.
 */
export function compareContent(base: KnowledgeBase, head: KnowledgeBase, changed: ReadonlySet<string>, asOf: string): ContentChanges {
  const confidentialTouched = [...base.reports, ...head.reports]
    .filter((r) => r.confidential && changed.has(r.source.file))
    .map((r) => r.source.file);
  const before = publicView(base);
  const after = publicView(head);
  const baseReports = new Map(before.reports.map((r) => [r.id, r]));
  const headReports = new Map(after.reports.map((r) => [r.id, r]));
  const baseTasks = tasksByKey(before);
  const headTasks = tasksByKey(after);
  const baseDocs = new Set(before.documents.map((d) => d.id));

  const progressKey = (report: string, task: string, status: string) => `${report}|${task}|${status}`;
  const baseProgress = new Set(before.reports.flatMap((r) => r.progress.map((p) => progressKey(r.id, p.task, p.status))));

  const statesBefore = taskStates(before, asOf);
  const statesAfter = taskStates(after, asOf);
  const statusChanges: ContentChanges['statusChanges'] = [];
  for (const [key, from] of statesBefore) {
    const to = statesAfter.get(key);
    if (from?.status === to?.status && !!from?.dropped === !!to?.dropped) continue;
    statusChanges.push({ key, title: from.task.title, from, to });
  }

  const owedBefore = new Map(dutyObligations(before, asOf).map((o) => [o.key, o]));
  const owedAfter = new Map(dutyObligations(after, asOf).map((o) => [o.key, o]));
  const obligationChanges: ContentChanges['obligationChanges'] = [];
  for (const key of new Set([...owedBefore.keys(), ...owedAfter.keys()])) {
    const from = owedBefore.get(key);
    const to = owedAfter.get(key);
    // Listed only when its standing reads differently: another report fulfilling it with the same
    // standing (an earlier copy found, a file renamed) left before and after identical in the table.
    if (!from || !to || obligationLabel(from) !== obligationLabel(to)) obligationChanges.push({ key, from, to });
  }

  return {
    asOf,
    reportsAdded: after.reports.filter((r) => !baseReports.has(r.id)),
    reportsChanged: after.reports.filter((r) => baseReports.has(r.id) && changed.has(r.source.file)),
    reportsRemoved: before.reports.filter((r) => !headReports.has(r.id)).map((r) => r.id),
    confidentialTouched: [...new Set(confidentialTouched)],
    tasksAdded: [...headTasks.values()].filter((t) => !baseTasks.has(t.key)),
    tasksRemoved: [...baseTasks.values()].filter((t) => !headTasks.has(t.key)),
    tasksMoved: [...headTasks.values()]
      .filter((t) => baseTasks.has(t.key) && baseTasks.get(t.key)!.due !== t.due)
      .map((t) => ({ task: t, from: baseTasks.get(t.key)!.due, to: t.due })),
    progress: after.reports.flatMap((report) => report.progress
      .filter((p) => !baseProgress.has(progressKey(report.id, p.task, p.status)))
      .map((p) => ({ report, task: p.task, title: headTasks.get(p.task)?.title, status: p.status }))),
    statusChanges: statusChanges.sort((a, b) => a.key.localeCompare(b.key)),
    obligationChanges: obligationChanges.sort((a, b) => a.key.localeCompare(b.key)),
    newTaskStates: new Map([...statesAfter].filter(([key]) => !statesBefore.has(key))),
    documentsAdded: after.documents.filter((d) => !baseDocs.has(d.id)).map((d) => d.id),
    documentsChanged: after.documents.filter((d) => baseDocs.has(d.id) && changed.has(d.source.file)).map((d) => d.id),
  };
}

function tasksByKey(kb: KnowledgeBase): Map<string, Task> {
  return new Map(kb.reports.flatMap((r) => r.tasks.map((t) => [t.key, t] as const)));
}

/** Whether anything at all changed in the content. */
export function hasChanges(c: ContentChanges): boolean {
  return [c.reportsAdded, c.reportsChanged, c.reportsRemoved, c.confidentialTouched, c.tasksAdded, c.tasksRemoved, c.tasksMoved,
    c.progress, c.statusChanges, c.obligationChanges, c.documentsAdded, c.documentsChanged].some((list) => list.length > 0);
}
