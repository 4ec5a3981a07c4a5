import type { Catalog } from '../kb/catalog.ts';
import { taskStateLabel } from '../labels.ts';
import { addDays, formatPartialDate } from '../partial-date.ts';
import type { TaskState } from '../tracker/status.ts';
import { urls } from '../urls.ts';
import type { FeedEntry } from './atom.ts';
import { tagUri } from './feed-urls.ts';

/**
 * Changes of task status up to the as-of day, one entry per change: done (on the day of the report
 * saying so), no longer pursued (on the day of the report dropping it), overdue (the day after the
 * due day, when nothing closed it). Each id names the task and the change, so a change keeps its
 * entry in every build and a new change (a late task finally done) is a new entry.
 */
export function taskStatusEntry(state: TaskState, catalog: Catalog, site: URL | string | undefined): FeedEntry | undefined {
  const { task } = state;
  let change: { slug: string; day: string } | undefined;
  if (state.doneOn && (state.status === 'done-on-time' || state.status === 'done-late')) change = { slug: 'hoan-thanh', day: state.doneOn };
  else if (state.dropped && state.latest) change = { slug: 'khong-tiep-tuc', day: state.latest.day };
  else if (state.status === 'overdue' && task.dueDay) change = { slug: 'qua-han', day: addDays(task.dueDay, 1) };
  if (!change) return undefined;
  const owner = catalog.unit(task.owner)?.name ?? task.owner;
  const due = task.dueDay ? `hạn ${formatPartialDate(task.dueDay)}` : 'không có hạn';
  return {
    id: tagUri(site, `nhiem-vu/${task.key}/${change.slug}`),
    title: `${capitalize(taskStateLabel(state))}: ${task.title}`,
    link: `${urls.report(task.report)}#nhiem-vu`,
    updated: change.day,
    summary: `${owner} · ${due} · ${taskStateLabel(state)} (${formatPartialDate(change.day)})`,
    author: owner,
  };
}

export function taskStatusEntries(states: Iterable<TaskState>, catalog: Catalog, site: URL | string | undefined): FeedEntry[] {
  return [...states].map((s) => taskStatusEntry(s, catalog, site)).filter((e) => e !== undefined);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
