import { describe, expect, it } from 'vitest';
import { countByStatus, overdueTasks, taskStates, type TaskStatus } from '../../src/lib/tracker/status.ts';
import { knowledgeBase, report, unit } from '../helpers/kb-model.ts';
import { readSettings } from '../../src/lib/settings.ts';

const TASK = 'tinh-a/huyen-a/2022-h1#tuyen-truyen';

/** The task's report (due as given) and follow-ups saying things of it; returns its state as of D. */
function stateOf(due: string | undefined, followUps: { issued?: string; status: string; date?: string }[], asOf: string) {
  const reports = [
    report('tinh-a/huyen-a/2022-h1', { period: '2022-H1', issued: '2022-06-15', tasks: [{ id: 'tuyen-truyen', title: 'Tuyên truyền', due }] }),
    ...followUps.map((f, i) => report(`tinh-a/huyen-a/theo-doi-${i}`, {
      period: '2022-H2', issued: f.issued, progress: [{ task: TASK, status: f.status, date: f.date }],
    })),
  ];
  return taskStates(knowledgeBase({ reports, units: [unit({ id: 'huyen-a' })] }), asOf).get(TASK)!;
}

describe.each<[string, string | undefined, { issued?: string; status: string; date?: string }[], string, TaskStatus, Record<string, unknown>]>([
  ['no follow-up, D is the due day (a period\'s last day)', '2022-H2', [], '2022-12-31', 'open', {}],
  ['no follow-up, D the day after the due day', '2022-H2', [], '2023-01-01', 'overdue', { daysOverdue: 1 }],
  ['a follow-up issued ON the due day', '2022-H2', [{ issued: '2022-12-31', status: 'done' }], '2023-06-30', 'done-on-time', { doneOn: '2022-12-31', doneIn: 'tinh-a/huyen-a/theo-doi-0' }],
  ['a follow-up issued five days after the due day', '2022-H2', [{ issued: '2023-01-05', status: 'done' }], '2023-06-30', 'done-late', { doneOn: '2023-01-05', daysLate: 5 }],
  ['a follow-up dated only by month counts as the month\'s last day', '2022-H2', [{ issued: '2022-12', status: 'done' }], '2023-06-30', 'done-on-time', { doneOn: '2022-12-31' }],
  ['a month-dated follow-up after the due month is late', '2022-11', [{ issued: '2022-12', status: 'done' }], '2023-06-30', 'done-late', { doneOn: '2022-12-31', daysLate: 31 }],
  ['a follow-up dated only by year is not known before 31/12', '2022-H2', [{ issued: '2023', status: 'done' }], '2023-06-30', 'overdue', { daysOverdue: 181 }],
  ['a year-dated follow-up, judged after the year', '2022-H2', [{ issued: '2023', status: 'done' }], '2024-01-01', 'done-late', { doneOn: '2023-12-31' }],
  ['the progress entry\'s own date overrides the report\'s', '2022-H2', [{ issued: '2023-02-01', status: 'done', date: '2022-12-20' }], '2023-06-30', 'done-on-time', { doneOn: '2022-12-20' }],
  ['a follow-up issued after D does not count yet', '2022-H2', [{ issued: '2023-03-01', status: 'done' }], '2023-02-01', 'overdue', { daysOverdue: 32 }],
  ['an undated follow-up cannot close a task', '2022-H2', [{ status: 'done' }], '2023-06-30', 'overdue', {}],
  ['a dropped task is neither done nor overdue', '2022-H2', [{ issued: '2022-10-01', status: 'dropped' }], '2023-06-30', 'no-deadline', { dropped: true }],
  ['in progress, then done', '2022-H2', [{ issued: '2022-09-30', status: 'in-progress' }, { issued: '2022-12-20', status: 'done' }], '2023-06-30', 'done-on-time', { doneOn: '2022-12-20' }],
  ['in progress only, past due', '2022-H2', [{ issued: '2022-09-30', status: 'in-progress' }], '2023-01-10', 'overdue', { latest: { report: 'tinh-a/huyen-a/theo-doi-0', status: 'in-progress', day: '2022-09-30' } }],
  ['done, then reported in progress again: the latest wins', '2022-H2', [{ issued: '2022-11-30', status: 'done' }, { issued: '2023-01-10', status: 'in-progress' }], '2023-06-30', 'overdue', {}],
  ['done twice: done since the first of the run', '2022-H2', [{ issued: '2022-12-01', status: 'done' }, { issued: '2023-02-01', status: 'done' }], '2023-06-30', 'done-on-time', { doneOn: '2022-12-01' }],
  ['no due', undefined, [], '2030-01-01', 'no-deadline', {}],
  ['no due, done', undefined, [{ issued: '2024-05-05', status: 'done' }], '2030-01-01', 'done-on-time', { doneOn: '2024-05-05' }],
  ['due on a date', '2022-09-15', [], '2022-09-16', 'overdue', { daysOverdue: 1 }],
  ['due on a partial date (its last day)', '2022-09', [], '2022-09-30', 'open', {}],
  ['due on a quarter', '2022-Q3', [{ issued: '2022-10-01', status: 'done' }], '2023-01-01', 'done-late', { daysLate: 1 }],
])('%s', (_, due, followUps, asOf, status, extra) => {
  it(`is ${status}`, () => {
    const state = stateOf(due, followUps, asOf);
    expect(state.status).toBe(status);
    expect(state).toMatchObject(extra);
    // Only a dropped task carries the flag; only an overdue one counts days overdue.
    expect(Boolean(state.dropped)).toBe(Boolean(extra.dropped));
    expect(state.daysOverdue !== undefined).toBe(status === 'overdue');
  });
});

describe('taskStates over a knowledge base', () => {
  const kb = knowledgeBase({
    units: [unit({ id: 'huyen-a', until: '2025-06-30', successors: ['xa-a1'] }), unit({ id: 'xa-a1', level: 'xa', from: '2025-07-01' }), unit({ id: 'so-a', level: 'so' })],
    reports: [
      report('r/2024-h2', { period: '2024-H2', issued: '2024-12-20', tasks: [
        { id: 'a', title: 'A', due: '2025-H2' },
        { id: 'b', title: 'B', due: '2025-H1' },
        { id: 'c', title: 'C', due: '2025-03-01', owner: 'so-a' },
      ] }),
    ],
  });
  const states = taskStates(kb, '2025-09-01');

  it('marks open work of a ceased owner and names its known successor', () => {
    expect(states.get('r/2024-h2#a')).toMatchObject({ status: 'open', ownerCeased: '2025-06-30', successors: ['xa-a1'] });
    expect(states.get('r/2024-h2#b')).toMatchObject({ status: 'overdue', ownerCeased: '2025-06-30' });
    expect(states.get('r/2024-h2#c')!.ownerCeased).toBeUndefined();
  });

  it('lists overdue tasks oldest due first and counts every status', () => {
    expect(overdueTasks(states.values()).map((s) => s.task.key)).toEqual(['r/2024-h2#c', 'r/2024-h2#b']);
    expect(countByStatus(states.values())).toEqual({ 'done-on-time': 0, 'done-late': 0, open: 1, overdue: 2, 'no-deadline': 0, dropped: 0 });
  });
});

describe('the as-of day', () => {
  it.each([
    [{ KB_AS_OF: '2023-06-30' }, '2023-06-30'],
    [{ KB_AS_OF: '2023-06' }, '2023-06-30'],
    [{ KB_AS_OF: ' 2024 ' }, '2024-12-31'],
    [{}, '2026-11-22'],
  ])('%j gives %s', (env, day) => {
    // 21/11/2026 20:00 UTC is already 22/11 in Vietnam.
    expect(readSettings(env, '/', () => new Date('2026-11-21T20:00:00Z')).asOf).toBe(day);
  });

  it('refuses a date that does not exist, naming the variable', () => {
    expect(() => readSettings({ KB_AS_OF: '2023-02-30' }, '/').asOf).toThrow('KB_AS_OF="2023-02-30" không phải là ngày hợp lệ');
  });
});
