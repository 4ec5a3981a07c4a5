import type { BarCategory, BarRow } from './charts/bars.ts';
import type { Task } from '../model.ts';

/** What a task is counted as in the "tasks by unit" picture: a status, or its kind before statuses exist. */
export interface TaskCategory extends BarCategory {
  matches(task: Task): boolean;
}

/** Tasks counted per owning unit and category, units with most tasks first. */
export function tasksByUnit(tasks: Task[], unitName: (id: string) => string, categories: TaskCategory[]): BarRow[] {
  const rows = new Map<string, BarRow>();
  for (const task of tasks) {
    const row = rows.get(task.owner) ?? { label: unitName(task.owner), values: {} };
    const category = categories.find((c) => c.matches(task));
    if (category) row.values[category.key] = (row.values[category.key] ?? 0) + 1;
    rows.set(task.owner, row);
  }
  const total = (row: BarRow) => Object.values(row.values).reduce((a, b) => a + b, 0);
  return [...rows.values()].sort((a, b) => total(b) - total(a) || a.label.localeCompare(b.label, 'vi'));
}
