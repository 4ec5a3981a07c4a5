import type { DutyInput } from '../../schemas/duty.ts';
import { dutyDueDay, recurringKind } from './deadlines.ts';
import { receivers } from './receivers.ts';
import { successorsOn, unitExistsDuring, unitExistsOn, unitUntil } from '../lineage.ts';
import type { KnowledgeBase, LegalDocument, Report, Unit } from '../model.ts';
import { addDays, daysBetween, latestDay, parsePartialDate } from '../partial-date.ts';
import { parsePeriod, periodContaining, periodCovers, periodsBetween, type Period, type RecurringKind } from '../period.ts';

/**
 * Where a unit stands on one report it owes:
 * on-time / late: the knowledge base holds it, dated on or before / after the due day;
 * received: it holds it, but the duty sets no due day or the report carries no date;
 * overdue: it holds none and the due day has passed; not-due: none yet, due day still ahead;
 * no-due: none, and no due day is known ("chưa rõ hạn": deadlines are never invented);
 * ended: the unit ceased before the period ended or before the report fell due, so the duty
 * ended with it (and passed to its successors, where known);
 * elsewhere: none on file, and the report goes to another body (a ministry), not this office
 * (see receivers.ts): shown, never counted as missing. Held, it takes the statuses above.
 */
export type DutyStatus = 'on-time' | 'late' | 'received' | 'overdue' | 'not-due' | 'no-due' | 'ended' | 'elsewhere';

export const dutyStatuses: readonly DutyStatus[] = ['overdue', 'not-due', 'no-due', 'late', 'on-time', 'received', 'ended', 'elsewhere'];

/** One report one unit owes for one period under one duty. */
export interface Obligation {
  /** Unique: `<document>#<duty>@<period>:<unit>` (plus `<<predecessor>` when inherited). */
  key: string;
  document: string;
  duty: DutyInput;
  unit: string;
  period: Period;
  dueDay?: string;
  status: DutyStatus;
  /** The report that fulfils it, and its date (absent when the report is undated). */
  report?: string;
  reportDay?: string;
  daysLate?: number;
  daysOverdue?: number;
  /** The report goes to another body, not this office (receivers.ts). */
  elsewhere: boolean;
  /** The ceased unit whose duty passed to `unit`. */
  inheritedFrom?: string;
  /** For `ended`: the unit's last day and its known successors. */
  endedOn?: string;
  successors?: string[];
}

/** The periods a duty asks reports for, as of `asOf`. */
export function dutyPeriods(doc: LegalDocument, duty: DutyInput, asOf: string): Period[] {
  const kind = recurringKind(duty.frequency);
  if (!kind) {
    const issued = parsePartialDate(doc.issued);
    const period = duty.period ? parsePeriod(duty.period) : null;
    // A letter asks for nothing before it is sent.
    return period && issued && latestDay(issued) <= asOf ? [period] : [];
  }
  const startDay = duty.since ? parsePeriod(duty.since)!.start : firstFullPeriodStart(kind, doc);
  if (!startDay) return [];
  const lastDay = duty.until ? parsePeriod(duty.until)!.end : asOf;
  // Only periods that have ended can owe a report.
  return periodsBetween(kind, startDay, lastDay < asOf ? lastDay : asOf).filter((p) => p.end <= asOf && p.end <= lastDay);
}

/** Without `since`: the first period that starts on or after the document takes force (or is issued). */
function firstFullPeriodStart(kind: RecurringKind, doc: LegalDocument): string | undefined {
  const date = parsePartialDate(doc.inForce ?? doc.issued);
  if (!date) return undefined;
  const day = latestDay(date);
  const containing = periodContaining(kind, day);
  return containing.start === day ? day : addDays(containing.end, 1);
}

/**
 * Units a duty names, or every unit at its levels (in its provinces) that existed during the period;
 * never the document's own issuer (the Sở Ngoại vụ asking "các sở, ban, ngành" does not report to itself).
 */
export function candidates(duty: DutyInput, units: readonly Unit[], period: Period, issuerUnit?: string): { unit: string; named: boolean }[] {
  const named = duty.units.map((unit) => ({ unit, named: true }));
  const byLevel = duty.levels.length
    ? units
      .filter((u) => u.id !== issuerUnit && duty.levels.includes(u.level) && (!duty.provinces.length || duty.provinces.includes(u.province ?? '')))
      .filter((u) => unitExistsDuring(u, period.start, period.end))
      .map((u) => ({ unit: u.id, named: false }))
    : [];
  return [...named, ...byLevel.filter((c) => !duty.units.includes(c.unit))];
}

/** The earliest report held by D that answers the document for the period, from any of the units. */
export function matchingReport(reports: readonly Report[], docId: string, period: Period, asOf: string): Report | undefined {
  const answering = reports.filter((r) =>
    (r.request === docId || r.directives.includes(docId)) && periodCovers(r.periodInfo, period) && (!r.issuedDay || r.issuedDay <= asOf));
  const dated = answering.filter((r) => r.issuedDay).sort((a, b) => a.issuedDay!.localeCompare(b.issuedDay!) || a.id.localeCompare(b.id));
  return dated[0] ?? answering[0];
}

/** Judges one obligation: held on time, late, without a judgeable date, missing, or not this office's to judge. */
export function judgeObligation(base: Omit<Obligation, 'status'>, report: Report | undefined, asOf: string): Obligation {
  const ob: Obligation = { ...base, status: 'no-due' };
  if (!report && base.elsewhere) {
    ob.status = 'elsewhere';
    return ob;
  }
  if (report) {
    ob.report = report.id;
    ob.reportDay = report.issuedDay;
    if (!report.issuedDay || !ob.dueDay) ob.status = 'received';
    else if (report.issuedDay <= ob.dueDay) ob.status = 'on-time';
    else {
      ob.status = 'late';
      ob.daysLate = daysBetween(ob.dueDay, report.issuedDay);
    }
  } else if (ob.dueDay && asOf > ob.dueDay) {
    ob.status = 'overdue';
    ob.daysOverdue = daysBetween(ob.dueDay, asOf);
  } else if (ob.dueDay) {
    ob.status = 'not-due';
  }
  return ob;
}

/**
 * Every report owed under every duty of every document, as of `asOf`. A unit owes a period's
 * report when it exists on the period's last day and, if the due day is known, on the due day.
 * Otherwise the duty ends with it (an `ended` obligation marks its row), and passes to its known
 * successors, unless they owe that report already. A report the unit did send still counts.
 */
export function dutyObligations(kb: KnowledgeBase, asOf: string): Obligation[] {
  const units = new Map(kb.units.map((u) => [u.id, u]));
  const reportsByUnit = new Map<string, Report[]>();
  for (const r of kb.reports) {
    const list = reportsByUnit.get(r.unit);
    if (list) list.push(r);
    else reportsByUnit.set(r.unit, [r]);
  }
  const obligations: Obligation[] = [];
  const to = receivers(kb.units);
  for (const doc of kb.documents) {
    for (const duty of doc.duties) {
      const elsewhere = !to.owedHere(doc, duty);
      for (const period of dutyPeriods(doc, duty, asOf)) {
        const dueDay = dutyDueDay(duty, period);
        const base = (unit: string, from?: string) => ({
          key: `${doc.id}#${duty.id}@${period.id}:${unit}${from ? `<${from}` : ''}`, document: doc.id, duty, unit, period, dueDay, elsewhere, inheritedFrom: from,
        });
        const direct: Obligation[] = [];
        const handOver: { from: string; to: Unit[] }[] = [];
        for (const { unit: unitId, named } of candidates(duty, kb.units, period, doc.issuerUnit)) {
          const unit = units.get(unitId);
          const report = matchingReport(reportsByUnit.get(unitId) ?? [], doc.id, period, asOf);
          const carries = !unit || (unitExistsOn(unit, period.end) && (!dueDay || unitExistsOn(unit, dueDay)));
          if (report || carries) {
            direct.push(judgeObligation(base(unitId), report, asOf));
            continue;
          }
          const successors = successorsOn(units, unitId, dueDay ?? period.end);
          handOver.push({ from: unitId, to: successors });
          // A named unit long gone passes its duty on silently; one that ceased within reach is marked.
          if (!named || unitExistsDuring(unit, period.start, period.end)) {
            direct.push({ ...base(unitId), status: 'ended', endedOn: unitUntil(unit), successors: successors.map((s) => s.id) });
          }
        }
        const owing = new Set(direct.filter((o) => o.status !== 'ended').map((o) => o.unit));
        for (const { from, to } of handOver) {
          for (const successor of to) {
            if (owing.has(successor.id)) continue;
            const reports = [...(reportsByUnit.get(successor.id) ?? []), ...(reportsByUnit.get(from) ?? [])];
            direct.push(judgeObligation(base(successor.id, from), matchingReport(reports, doc.id, period, asOf), asOf));
          }
        }
        obligations.push(...direct);
      }
    }
  }
  return obligations;
}
