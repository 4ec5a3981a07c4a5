import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/kb/catalog.ts';
import { dutyObligations } from '../../src/lib/tracker/duties.ts';
import { tasksCsv, tasksExport } from '../../src/lib/tracker/export.ts';
import { taskStates } from '../../src/lib/tracker/status.ts';
import { buildTracker } from '../../src/lib/tracker/tracker.ts';
import { document, knowledgeBase, report, unit } from '../helpers/kb-model.ts';

/** Issue 18: what is owed to this office, which kind of late, and on what legal basis. */
const office = unit({ id: 'so-ngoai-vu', level: 'so', receives: true });
const units = [office, unit({ id: 'tinh', level: 'tinh' }), unit({ id: 'huyen-a' })];
const decree = document('nd-1-2020', {
  kind: 'nghi-dinh', issuer: 'Chính phủ', issued: '2020-07-08',
  duties: [{ id: 'nam', title: 'Báo cáo năm gửi Bộ', levels: ['tinh'], frequency: 'year', dueDays: 15, since: '2021', to: 'Bộ Tài chính' }],
});
const letter = document('cv-1-2022', {
  issuerUnit: 'so-ngoai-vu', issued: '2022-06-08',
  duties: [{ id: 'tra-loi', title: 'Trả lời', units: ['huyen-a'], frequency: 'once', period: '2022-H1', due: '2022-07-15' }],
});

describe('duties know their receiver', () => {
  it('counts a letter answered to this office, and shows a ministry\'s report as sent elsewhere until one is on file', () => {
    const obligations = dutyObligations(knowledgeBase({ units, documents: [decree, letter] }), '2023-06-30');
    const status = Object.fromEntries(obligations.map((o) => [o.key, o.status]));
    expect(status['cv-1-2022#tra-loi@2022-H1:huyen-a']).toBe('overdue');
    expect(status['nd-1-2020#nam@2021:tinh']).toBe('elsewhere');
    expect(status['nd-1-2020#nam@2022:tinh']).toBe('elsewhere');
    const held = report('tinh/2022', { unit: 'tinh', period: '2022', issued: '2023-01-10', directives: ['nd-1-2020'] });
    const withReport = dutyObligations(knowledgeBase({ units, documents: [decree, letter], reports: [held] }), '2023-06-30');
    expect(withReport.find((o) => o.key === 'nd-1-2020#nam@2022:tinh')).toMatchObject({ status: 'on-time', elsewhere: true });
  });

  it('a duty naming this office as `receiver` counts even when another body issued the document', () => {
    const decreeToUs = document('nd-1-2020', { ...decree, duties: [{ ...decree.duties[0], receiver: 'so-ngoai-vu' }] });
    const [first] = dutyObligations(knowledgeBase({ units, documents: [decreeToUs] }), '2023-06-30');
    expect(first.status).toBe('overdue');
  });

  it('leaves the headline and matrix to reports owed here, the unit page keeps the rest', () => {
    const catalog = buildCatalog(knowledgeBase({ units, documents: [decree, letter] }));
    const tracker = buildTracker(catalog, '2023-06-30');
    expect(tracker.obligations.map((o) => o.document)).toEqual(['cv-1-2022']);
    expect(tracker.elsewhere.map((o) => o.period.id)).toEqual(['2021', '2022']);
    expect(tracker.obligationsOf('tinh').map((o) => o.status)).toEqual(['elsewhere', 'elsewhere']);
    expect(tracker.matrix.groups.flatMap((g) => g.rows.map((r) => r.unit.id))).toEqual(['huyen-a']);
  });

  it('a knowledge base marking no receiving office counts every duty, as before', () => {
    const obligations = dutyObligations(knowledgeBase({ units: units.map((u) => ({ ...u, receives: undefined })), documents: [decree] }), '2023-06-30');
    expect(obligations.map((o) => o.status)).toEqual(['overdue', 'overdue']);
  });
});

describe('two kinds of late', () => {
  const h1 = report('a/2022-h1', { period: '2022-H1', issued: '2022-06-20', directives: ['nq-22'], tasks: [{ id: 't', title: 'Tuyên truyền', due: '2022-H2' }] });
  const later = (issued: string, progress: unknown[] = []) => report('a/2023', { period: '2023', issued, progress });

  it.each([
    ['nothing from the owner since the due day', [], 'no-report-since', undefined],
    ['a later report that says the task is under way', [later('2023-05-10', [{ task: 'a/2022-h1#t', status: 'in-progress' }])], 'reported-not-done', 'a/2023'],
    ['a later report that says nothing of it', [later('2023-05-10')], 'reported-not-done', 'a/2023'],
    ['a later report dated after the as-of day does not count yet', [later('2023-08-01')], 'no-report-since', undefined],
    ['an undated later report cannot be placed after the due day', [report('a/2023', { period: '2023' })], 'no-report-since', undefined],
    ['another unit\'s later report is not the owner\'s', [report('b/2023', { unit: 'huyen-b', period: '2023', issued: '2023-05-10' })], 'no-report-since', undefined],
  ])('%s', (_, reports, basis, laterReport) => {
    const state = taskStates(knowledgeBase({ units, reports: [h1, ...reports] }), '2023-06-30').get('a/2022-h1#t')!;
    expect(state.status).toBe('overdue');
    expect(state.overdueBasis).toBe(basis);
    expect(state.laterReport).toBe(laterReport);
  });

  it('only overdue tasks carry a basis', () => {
    const state = taskStates(knowledgeBase({ units, reports: [h1] }), '2022-10-01').get('a/2022-h1#t')!;
    expect(state.status).toBe('open');
    expect(state.overdueBasis).toBeUndefined();
  });
});

describe('legal basis: a replaced directive', () => {
  const nq22 = document('nq-22', { kind: 'nghi-quyet', number: '22-NQ/TW', issued: '2013-04-10', successors: ['nq-59'] });
  const nq59 = document('nq-59', { kind: 'nghi-quyet', number: '59-NQ/TW', issued: '2025-01-24', predecessors: ['nq-22'] });
  const h1 = report('a/2022-h1', { period: '2022-H1', issued: '2022-06-20', directives: ['nq-22'], tasks: [{ id: 't', title: 'Tuyên truyền', due: '2022-H2' }] });
  const exportAsOf = (asOf: string) => {
    const catalog = buildCatalog(knowledgeBase({ units, documents: [nq22, nq59], reports: [h1] }));
    const tracker = buildTracker(catalog, asOf);
    return { json: tasksExport(tracker, catalog), csv: tasksCsv(tracker, catalog) };
  };

  it('names the successor in tasks.json and the CSV, with the overdue basis', () => {
    const { json, csv } = exportAsOf('2025-06-30');
    expect(json.tasks[0]).toMatchObject({ supersededBy: 'nq-59', overdueBasis: 'no-report-since' });
    expect(csv).toContain('chưa có báo cáo nào của đơn vị kể từ ngày đến hạn,no-report-since,Nghị quyết 59-NQ/TW,nq-59');
  });

  it('says nothing of a successor not yet issued on the as-of day', () => {
    const { json } = exportAsOf('2024-12-31');
    expect(json.tasks[0].supersededBy).toBeUndefined();
    expect('supersededBy' in json.tasks[0]).toBe(false);
  });
});
