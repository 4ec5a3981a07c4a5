import { getCatalog } from '../../data/kb.ts';
import { getTracker } from '../../data/tracker.ts';
import { tasksCsv } from '../../lib/tracker/export.ts';

/** The task list for Excel: UTF-8 with BOM, one task a row. */
export function GET(): Response {
  return new Response(tasksCsv(getTracker(), getCatalog()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
