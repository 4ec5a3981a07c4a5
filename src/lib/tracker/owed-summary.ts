import type { LegalDocument } from '../model.ts';
import type { Catalog } from '../kb/catalog.ts';
import type { Unit } from '../model.ts';
import type { DutyStatus } from './duties.ts';
import type { OverdueBasis } from './overdue-basis.ts';
import type { Tracker } from './tracker.ts';

/**
 * What this office is owed, and by whom: per unit, the reports it must send here (by status) and
 * its tasks still open or overdue (overdue by kind). For the home page, where a newcomer starts.
 * Reports owed to other bodies and not on file are left out, as from every count.
 */
export interface UnitOwing {
  unit: Unit;
  reports: Partial<Record<DutyStatus, number>>;
  reportsOwed: number;
  overdue: Partial<Record<OverdueBasis, number>>;
  open: number;
}

export function owedByUnit(tracker: Tracker, catalog: Catalog): UnitOwing[] {
  const byUnit = new Map<string, UnitOwing>();
  const entry = (id: string) => {
    const unit = catalog.unit(id);
    if (!unit) return undefined;
    const found = byUnit.get(id) ?? { unit, reports: {}, reportsOwed: 0, overdue: {}, open: 0 };
    byUnit.set(id, found);
    return found;
  };
  for (const ob of tracker.obligations) {
    if (ob.status === 'ended') continue;
    const e = entry(ob.unit);
    if (!e) continue;
    e.reports[ob.status] = (e.reports[ob.status] ?? 0) + 1;
    e.reportsOwed++;
  }
  for (const s of tracker.states.values()) {
    if (s.status !== 'overdue' && s.status !== 'open') continue;
    const e = entry(s.task.owner);
    if (!e) continue;
    if (s.status === 'open') e.open++;
    else e.overdue[s.overdueBasis!] = (e.overdue[s.overdueBasis!] ?? 0) + 1;
  }
  const weight = (e: UnitOwing) => (e.reports.overdue ?? 0) + (e.overdue['reported-not-done'] ?? 0) + (e.overdue['no-report-since'] ?? 0);
  const order = new Map(catalog.unitsSorted.map((u, i) => [u.id, i]));
  return [...byUnit.values()].sort((a, b) => weight(b) - weight(a) || order.get(a.unit.id)! - order.get(b.unit.id)!);
}

/** The home page's overdue tasks by kind of late: the unit reported after the due day without saying done, or has not reported since. */
export function overdueByBasis(tracker: Pick<Tracker, 'overdue'>): { reportedNotDone: number; noReportSince: number } {
  const reportedNotDone = tracker.overdue.filter((s) => s.overdueBasis === 'reported-not-done').length;
  return { reportedNotDone, noReportSince: tracker.overdue.length - reportedNotDone };
}

/** The documents whose reports go straight to other bodies (ministries), named on the home page so their absence from the counts is no surprise. */
export function elsewhereDocuments(tracker: Pick<Tracker, 'elsewhere'>, catalog: Pick<Catalog, 'document'>): LegalDocument[] {
  return [...new Set(tracker.elsewhere.map((o) => o.document))].map((id) => catalog.document(id)).filter((d) => d !== undefined);
}
