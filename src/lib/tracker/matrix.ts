import type { Obligation } from './duties.ts';
import { unitUntil } from '../lineage.ts';
import { cellItems, sumItems, type CellItem, type MatrixCell } from './matrix-cells.ts';
import type { Report, Task, Unit } from '../model.ts';
import { parsePeriod, periodContaining, type Period } from '../period.ts';
import { countByStatus, type TaskState } from './status.ts';

/**
 * The tracker's matrix: units (grouped by province) × half-years. A task sits in the half-year
 * its due day falls in (a task without a due, in the half its report's period ends in); a report
 * owed under a duty sits in the half its period ends in (an annual report in H2, 2011–2021 in
 * 2021-H2). Only half-years that hold something are columns.
 */

export type { MatrixCell, TaskCounts } from './matrix-cells.ts';

export interface MatrixRow {
  unit: Unit;
  /** The unit's last day, when it has one. */
  ceasedOn?: string;
  cells: Map<string, MatrixCell>;
}

export interface MatrixGroup {
  province: string;
  rows: MatrixRow[];
  /** Roll-up of the group's rows per column: every line of their cells, summed by status. */
  totals: Map<string, CellItem[]>;
}

export interface Matrix {
  asOf: string;
  columns: Period[];
  groups: MatrixGroup[];
}

export interface MatrixInput {
  asOf: string;
  /** Units in display order (province, then name). */
  units: readonly Unit[];
  provinceName(id: string | undefined): string;
  report(id: string): Report | undefined;
  states: Iterable<TaskState>;
  obligations: readonly Obligation[];
  /** The documents a task answers to, for filters by directive. */
  directivesOf(task: Task): string[];
  /** Documents a duty's document is about, so the directive filter finds a letter's duties too. */
  concernsOf?(documentId: string): string[];
}

/** The anchor of a unit page's section for one half-year: `ky-2022-h2`. */
export function periodAnchor(periodId: string): string {
  return `ky-${periodId.toLowerCase()}`;
}

/** The half-year a task is tracked in. */
export function taskColumn(task: Task, report: Report | undefined): string | undefined {
  const day = task.dueDay ?? report?.periodInfo.end;
  return day ? periodContaining('half', day).id : undefined;
}

/** The half-year an owed report is tracked in. */
export function obligationColumn(ob: Obligation): string {
  return periodContaining('half', ob.period.end).id;
}

/** The documents a task answers to: its own `directive`, else its report's. */
export function taskDirectives(task: Task, report: Report | undefined): string[] {
  return task.directive ? [task.directive] : report?.directives ?? [];
}

export function buildMatrix(input: MatrixInput): Matrix {
  const cellsByUnit = new Map<string, Map<string, { obligations: Obligation[]; tasks: TaskState[] }>>();
  const columns = new Map<string, Period>();
  const place = (unit: string, column: string) => {
    const cells = cellsByUnit.get(unit) ?? new Map();
    cellsByUnit.set(unit, cells);
    if (!cells.has(column)) cells.set(column, { obligations: [], tasks: [] });
    if (!columns.has(column)) columns.set(column, parsePeriod(column)!);
    return cells.get(column)!;
  };
  for (const state of input.states) {
    const column = taskColumn(state.task, input.report(state.task.report));
    if (column) place(state.task.owner, column).tasks.push(state);
  }
  for (const ob of input.obligations) place(ob.unit, obligationColumn(ob)).obligations.push(ob);

  const sortedColumns = [...columns.values()].sort((a, b) => a.start.localeCompare(b.start));
  const groups = new Map<string, MatrixGroup>();
  for (const unit of input.units) {
    const raw = cellsByUnit.get(unit.id);
    if (!raw) continue;
    const ceasedOn = unitUntil(unit);
    const cells = new Map<string, MatrixCell>();
    for (const column of sortedColumns) {
      const cell = raw.get(column.id);
      const afterCeased = Boolean(ceasedOn && ceasedOn < column.start);
      if (!cell && !afterCeased) continue;
      const tasks = cell?.tasks ?? [];
      const built = { column: column.id, obligations: cell?.obligations ?? [], tasks, counts: countByStatus(tasks), afterCeased, items: [] as CellItem[] };
      built.items = cellItems(built, input.directivesOf, input.concernsOf);
      cells.set(column.id, built);
    }
    const name = input.provinceName(unit.province);
    const group: MatrixGroup = groups.get(name) ?? { province: name, rows: [], totals: new Map() };
    groups.set(name, group);
    group.rows.push({ unit, ceasedOn, cells });
  }
  for (const group of groups.values()) group.totals = rollUp(group.rows);
  return { asOf: input.asOf, columns: sortedColumns, groups: [...groups.values()] };
}

/** A group's totals per column: the lines of its rows' cells, summed by status and wording. */
export function rollUp(rows: readonly MatrixRow[]): MatrixGroup['totals'] {
  const totals: MatrixGroup['totals'] = new Map();
  for (const row of rows) {
    for (const [column, cell] of row.cells) totals.set(column, sumItems([...(totals.get(column) ?? []), ...cell.items]));
  }
  return totals;
}
