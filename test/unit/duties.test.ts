import { describe, expect, it } from 'vitest';
import { dutyObligations, dutyPeriods, type DutyStatus } from '../../src/lib/tracker/duties.ts';
import { document, knowledgeBase, report, unit } from '../helpers/kb-model.ts';

/** A letter asking huyen-a for its 2022-H1 report (due as given) and the reports the unit sent. */
function letterCase(due: string | undefined, reports: Record<string, unknown>[], asOf: string) {
  const letter = document('cv-1-2022', { issued: '2022-06-08', duties: [{ id: 'tra-loi', title: 'Trả lời', units: ['huyen-a'], frequency: 'once', period: '2022-H1', due }] });
  const kb = knowledgeBase({
    units: [unit({ id: 'huyen-a' }), unit({ id: 'huyen-b' })],
    documents: [letter],
    reports: reports.map((fields, i) => report(`r/${i}`, { unit: 'huyen-a', period: '2022-H1', request: 'cv-1-2022', ...fields })),
  });
  return dutyObligations(kb, asOf);
}

describe.each<[string, string | undefined, Record<string, unknown>[], string, DutyStatus | null, Record<string, unknown>]>([
  ['held, issued before the due day', '2022-06-20', [{ issued: '2022-06-18' }], '2022-12-31', 'on-time', { report: 'r/0', reportDay: '2022-06-18' }],
  ['held, issued ON the due day', '2022-06-20', [{ issued: '2022-06-20' }], '2022-12-31', 'on-time', {}],
  ['held, issued late', '2022-06-20', [{ issued: '2022-06-25' }], '2022-12-31', 'late', { daysLate: 5 }],
  ['held, dated by month only (its last day)', '2022-06-20', [{ issued: '2022-06' }], '2022-12-31', 'late', { reportDay: '2022-06-30', daysLate: 10 }],
  ['held, but the letter sets no due day', undefined, [{ issued: '2022-06-25' }], '2022-12-31', 'received', {}],
  ['held, but the report is undated', '2022-06-20', [{}], '2022-12-31', 'received', { reportDay: undefined }],
  ['the earliest of two answers counts', '2022-06-20', [{ issued: '2022-07-01' }, { issued: '2022-06-19' }], '2022-12-31', 'on-time', { report: 'r/1' }],
  ['answering through `directives` counts too', '2022-06-20', [{ issued: '2022-06-19', request: undefined, directives: ['cv-1-2022'] }], '2022-12-31', 'on-time', {}],
  ['an annual report covers the half-year', '2022-06-20', [{ issued: '2022-06-19', period: '2022' }], '2022-12-31', 'on-time', {}],
  ['a report for another period does not count', '2022-06-20', [{ issued: '2022-12-01', period: '2022-H2' }], '2022-12-31', 'overdue', { daysOverdue: 194 }],
  ['another unit\'s report does not count', '2022-06-20', [{ issued: '2022-06-19', unit: 'huyen-b' }], '2022-12-31', 'overdue', {}],
  ['a report issued after D is not held yet', '2022-06-20', [{ issued: '2022-07-05' }], '2022-07-01', 'overdue', { daysOverdue: 11 }],
  ['none, due day ahead', '2022-06-20', [], '2022-06-15', 'not-due', {}],
  ['none, due day is today', '2022-06-20', [], '2022-06-20', 'not-due', {}],
  ['none, and no due day known: never invented', undefined, [], '2030-01-01', 'no-due', { dueDay: undefined }],
  ['the letter was not yet sent on D', '2022-06-20', [], '2022-06-01', null, {}],
])('%s', (_, due, reports, asOf, status, extra) => {
  it(status ? `is ${status}` : 'asks for nothing', () => {
    const obligations = letterCase(due, reports, asOf);
    if (!status) return expect(obligations).toEqual([]);
    expect(obligations).toHaveLength(1);
    expect(obligations[0]).toMatchObject({ unit: 'huyen-a', status, ...extra });
  });
});

describe('recurring duties and the lives of units', () => {
  const decree = document('nd-1-2020', {
    kind: 'nghi-dinh', issued: '2020-07-08', inForce: '2020-09-17',
    duties: [
      { id: 'nam', title: 'Năm', levels: ['huyen'], frequency: 'year', dueDays: 15 },
      { id: 'sau-thang', title: '6 tháng', levels: ['huyen'], provinces: ['tinh-a'], frequency: 'half-year', since: '2025-H1', dueOn: { H1: '07-31', H2: '02-15' } },
      { id: 'ten', title: 'Đích danh', units: ['huyen-c'], frequency: 'half-year', since: '2025-H1' },
    ],
  });
  const kb = knowledgeBase({
    documents: [decree],
    units: [
      unit({ id: 'huyen-a', province: 'tinh-a', until: '2025-06-30', successors: ['xa-a1'] }),
      unit({ id: 'xa-a1', level: 'xa', province: 'tinh-a', from: '2025-07-01' }),
      unit({ id: 'huyen-b', province: 'tinh-a', until: '2025-03-31' }),
      unit({ id: 'huyen-c', province: 'tinh-b', until: '2025-03-31', successors: ['huyen-d'] }),
      unit({ id: 'huyen-d', province: 'tinh-b', from: '2025-04-01' }),
    ],
    reports: [report('r/a-2025-h1', { unit: 'huyen-a', period: '2025-H1', issued: '2025-06-28', directives: ['nd-1-2020'] })],
  });
  const obligations = dutyObligations(kb, '2026-03-01');
  const find = (duty: string, period: string, unitId: string) => obligations.filter((o) => o.duty.id === duty && o.period.id === period && o.unit === unitId);

  it('starts without `since` at the first period that begins after the decree takes force', () => {
    expect(dutyPeriods(decree, decree.duties[0], '2022-06-01').map((p) => p.id)).toEqual(['2021']);
    expect(dutyPeriods(decree, decree.duties[1], '2025-12-31').map((p) => p.id)).toEqual(['2025-H1', '2025-H2']);
  });

  it('counts a report the unit sent before it ceased', () => {
    expect(find('sau-thang', '2025-H1', 'huyen-a')).toMatchObject([{ status: 'on-time', report: 'r/a-2025-h1' }]);
  });

  it('ends the duty of a unit that ceased mid-period, without passing it on when no successor is known', () => {
    expect(find('sau-thang', '2025-H1', 'huyen-b')).toMatchObject([{ status: 'ended', endedOn: '2025-03-31', successors: [] }]);
    expect(find('sau-thang', '2025-H2', 'huyen-b')).toEqual([]);
  });

  it('passes a named unit\'s duty to its successor for the period it ceased in', () => {
    expect(find('ten', '2025-H1', 'huyen-c')).toMatchObject([{ status: 'ended', successors: ['huyen-d'] }]);
    expect(find('ten', '2025-H1', 'huyen-d')).toMatchObject([{ status: 'no-due', inheritedFrom: 'huyen-c' }]);
    expect(find('ten', '2025-H2', 'huyen-d')).toMatchObject([{ status: 'no-due', inheritedFrom: 'huyen-c' }]);
  });

  it('ends a year duty with a unit that ceased before the year ended, and leaves levels that do not owe it alone', () => {
    expect(find('nam', '2025', 'huyen-a')).toMatchObject([{ status: 'ended', successors: ['xa-a1'] }]);
    // xa-a1 is a commune, not a district: the level duty does not bind it, but the lineage hands it the district's year.
    expect(find('nam', '2025', 'xa-a1')).toMatchObject([{ status: 'overdue', inheritedFrom: 'huyen-a', dueDay: '2026-01-15' }]);
    expect(find('nam', '2024', 'huyen-a')).toMatchObject([{ status: 'overdue', daysOverdue: 410 }]);
  });

  it('gives a unit created mid-year the duty only from its first full period, and never twice', () => {
    expect(find('nam', '2025', 'huyen-d')).toMatchObject([{ status: 'overdue' }]);
    expect(find('nam', '2024', 'huyen-d')).toEqual([]);
    expect(new Set(obligations.map((o) => o.key)).size).toBe(obligations.length);
  });

  it('asks only for periods that have ended', () => {
    expect(obligations.some((o) => o.period.id === '2026-H1' || o.period.id === '2026')).toBe(false);
  });
});
