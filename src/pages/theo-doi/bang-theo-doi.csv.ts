import { getCatalog } from '../../data/kb.ts';
import { getTracker } from '../../data/tracker.ts';
import { matrixCsv } from '../../lib/tracker/export.ts';

/** The matrix for Excel: UTF-8 with BOM, one row per unit and half-year. */
export function GET(): Response {
  return new Response(matrixCsv(getTracker(), getCatalog()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
