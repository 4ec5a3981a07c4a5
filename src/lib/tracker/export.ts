import type { Catalog } from '../kb/catalog.ts';
import { toCsv } from './csv.ts';
import { documentName, obligationLabel, overdueBasisLabels, statusLabels, taskStateLabel } from '../labels.ts';
import { formatPartialDate } from '../partial-date.ts';
import { parsePeriod } from '../period.ts';
import type { OverdueBasis } from './overdue-basis.ts';
import { countByStatus, type TaskStatus } from './status.ts';
import type { Tracker } from './tracker.ts';

/** One task in /api/tasks.json and `kb status --json`: the contract's five fields first, then extras. */
export interface TaskExport {
  /** `<report id>#<task id>`. */
  id: string;
  report: string;
  /** The unit that owes the task (its `owner`, by default the report's unit). */
  unit: string;
  /** The due as written (a period such as 2022-H2, or a date), or null. */
  due: string | null;
  status: TaskStatus;
  /** The due day it means (YYYY-MM-DD), or null. */
  dueDay: string | null;
  title: string;
  kind: 'direction' | 'request';
  /** The unit whose report set the task. */
  reportUnit: string;
  directives: string[];
  /** Vietnamese label (đã hoàn thành đúng hạn …; "không tiếp tục thực hiện" when dropped). */
  label: string;
  dropped: boolean;
  doneOn: string | null;
  doneIn: string | null;
  daysOverdue: number | null;
  daysLate: number | null;
  latest: { report: string; status: string; day: string } | null;
  /** The owner's last day when it ceased with the task still open, and its known successors. */
  ownerCeased: string | null;
  successors: string[];
  /**
   * On an overdue task (contracts.md): `reported-not-done`, the owner sent a report after the due day
   * that did not record it done; `no-report-since`, we hold no report from the owner since the due day.
   * Absent on other tasks.
   */
  overdueBasis?: OverdueBasis;
  /** For reported-not-done: the owner's latest report after the due day. */
  laterReport?: string;
  /** The id of the document that replaced the task's directive (nq-22-2013 → nq-59-2025); absent when none. */
  supersededBy?: string;
}

export interface TasksExport {
  asOf: string;
  counts: ReturnType<typeof countByStatus>;
  tasks: TaskExport[];
}

/** The tasks export, shared by the site's /api/tasks.json and `kb status --json` so they never differ. */
export function tasksExport(tracker: Tracker, catalog: Catalog): TasksExport {
  const tasks = catalog.allTasks.map((task): TaskExport => {
    const s = tracker.state(task)!;
    const successor = tracker.supersededBy(task);
    return {
      id: task.key, report: task.report, unit: task.owner, due: task.due ?? null, status: s.status,
      dueDay: task.dueDay ?? null, title: task.title, kind: task.kind, reportUnit: catalog.report(task.report)?.unit ?? '',
      directives: tracker.directivesOf(task), label: taskStateLabel(s), dropped: Boolean(s.dropped),
      doneOn: s.doneOn ?? null, doneIn: s.doneIn ?? null, daysOverdue: s.daysOverdue ?? null, daysLate: s.daysLate ?? null,
      latest: s.latest ?? null, ownerCeased: s.ownerCeased ?? null, successors: s.successors ?? [],
      ...(s.overdueBasis && { overdueBasis: s.overdueBasis }),
      ...(s.laterReport && { laterReport: s.laterReport }),
      ...(successor && { supersededBy: successor.id }),
    };
  });
  return { asOf: tracker.asOf, counts: countByStatus(tracker.states.values()), tasks };
}

const unitName = (catalog: Catalog, id: string) => catalog.unit(id)?.name ?? id;

/** The task list as CSV (UTF-8 with BOM), one task a row, dates dd/mm/yyyy. */
export function tasksCsv(tracker: Tracker, catalog: Catalog): string {
  const header = ['Mã nhiệm vụ', 'Nhiệm vụ', 'Đơn vị thực hiện', 'Mã đơn vị', 'Báo cáo', 'Mã báo cáo', 'Hạn', 'Trạng thái', 'Mã trạng thái', 'Ngày hoàn thành', 'Số ngày quá hạn', 'Văn bản', 'Tính đến ngày',
    'Căn cứ quá hạn', 'Mã căn cứ quá hạn', 'Văn bản thay thế', 'Mã văn bản thay thế'];
  const rows = tasksExport(tracker, catalog).tasks.map((t) => [
    t.id, t.title, unitName(catalog, t.unit), t.unit, catalog.report(t.report)?.title ?? t.report, t.report,
    t.due ? (parsePeriod(t.due) ? `${parsePeriod(t.due)!.label} (${formatPartialDate(t.dueDay)})` : formatPartialDate(t.due)) : 'không nêu hạn',
    t.label, t.status, formatPartialDate(t.doneOn), t.daysOverdue ?? '',
    t.directives.map((id) => { const d = catalog.document(id); return d ? documentName(d) : id; }).join('; '),
    formatPartialDate(tracker.asOf),
    t.overdueBasis ? overdueBasisLabels[t.overdueBasis] : '', t.overdueBasis ?? '',
    t.supersededBy ? documentName(catalog.document(t.supersededBy)!) : '', t.supersededBy ?? '',
  ]);
  return toCsv(header, rows);
}

/** The matrix as CSV: one row per unit and half-year that holds something. */
export function matrixCsv(tracker: Tracker, catalog: Catalog): string {
  const order: TaskStatus[] = ['overdue', 'open', 'done-late', 'done-on-time', 'no-deadline'];
  const header = ['Tỉnh', 'Đơn vị', 'Mã đơn vị', 'Dừng hoạt động sau ngày', 'Kỳ', 'Mã kỳ', 'Báo cáo phải gửi',
    ...order.map((s) => `Nhiệm vụ ${statusLabels[s]}`), 'Trong đó không tiếp tục thực hiện', 'Tính đến ngày'];
  const rows = tracker.matrix.groups.flatMap((group) => group.rows.flatMap((row) =>
    [...row.cells.values()].map((cell) => [
      group.province, row.unit.name, row.unit.id, formatPartialDate(row.ceasedOn), parsePeriod(cell.column)!.label, cell.column,
      cell.afterCeased && !cell.obligations.length && !cell.tasks.length
        ? 'đơn vị đã dừng hoạt động'
        : cell.obligations.map((o) => `${documentName(catalog.document(o.document)!)} – ${o.duty.title} (${o.period.label}): ${obligationLabel(o)}`).join('; '),
      ...order.map((s) => cell.counts[s]), cell.counts.dropped, formatPartialDate(tracker.asOf),
    ])));
  return toCsv(header, rows);
}
