import { getCatalog } from '../../data/kb.ts';
import { getTracker } from '../../data/tracker.ts';
import { tasksExport } from '../../lib/tracker/export.ts';

/** Every public task with its status as of KB_AS_OF: `{ asOf, counts, tasks: [{ id, report, unit, due, status, … }] }`. */
export function GET(): Response {
  const body = JSON.stringify(tasksExport(getTracker(), getCatalog()), null, 2);
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
