import { describe, expect, it } from 'vitest';
import { compareContent } from '../../src/lib/review/changes.ts';
import { document, knowledgeBase, report, unit } from '../helpers/kb-model.ts';
import { reviewMarkdown } from '../../src/lib/review/markdown.ts';

const units = [unit({ id: 'huyen-a' })];
const h1 = (due = '2022-H2') => report('a/2022-h1', { period: '2022-H1', issued: '2022-06-20', tasks: [{ id: 't', title: 'Tuyên truyền', due }] });
const h2 = (status: 'done' | 'in-progress' | 'dropped', extra: Record<string, unknown> = {}) =>
  report('a/2022-h2', { period: '2022-H2', issued: '2022-12-20', progress: [{ task: 'a/2022-h1#t', status }], ...extra });
const compare = (before: ReturnType<typeof report>[], after: ReturnType<typeof report>[], changed: string[] = []) =>
  compareContent(knowledgeBase({ units, reports: before }), knowledgeBase({ units, reports: after }), new Set(changed), '2023-01-15');

describe('what a change does to the tracker', () => {
  it.each([
    ['done', 'chưa hoàn thành, quá hạn → đã hoàn thành đúng hạn', ['overdue', 'done-on-time']],
    ['in-progress', 'reported under way: still overdue, no status change', undefined],
    ['dropped', 'no longer pursued', ['overdue', 'no-deadline']],
  ] as const)('a follow-up saying "%s": %s', (status, _, expected) => {
    const changes = compare([h1()], [h1(), h2(status)]);
    expect(changes.reportsAdded.map((r) => r.id)).toEqual(['a/2022-h2']);
    expect(changes.progress.map((p) => [p.task, p.status, p.title])).toEqual([['a/2022-h1#t', status, 'Tuyên truyền']]);
    expect(changes.statusChanges.map((s) => [s.from.status, s.to?.status])).toEqual(expected ? [expected] : []);
  });

  it('a task moved to a later due date, and a report changed on disk', () => {
    const changes = compare([h1()], [h1('2023-H1')], ['reports/a/2022-h1.mdx']);
    expect(changes.tasksMoved.map((m) => [m.task.key, m.from, m.to])).toEqual([['a/2022-h1#t', '2022-H2', '2023-H1']]);
    expect(changes.reportsChanged.map((r) => r.id)).toEqual(['a/2022-h1']);
    expect(changes.statusChanges.map((s) => [s.from.status, s.to?.status])).toEqual([['overdue', 'open']]);
  });

  it('keeps confidential reports out of every summary, naming only their file', () => {
    const changes = compare([h1()], [h1(), h2('done', { confidential: true })], ['reports/a/2022-h2.mdx']);
    expect(changes.reportsAdded).toEqual([]);
    expect(changes.progress).toEqual([]);
    expect(changes.statusChanges).toEqual([]);
    expect(changes.confidentialTouched).toEqual(['reports/a/2022-h2.mdx']);
  });

  it('tasks added and removed', () => {
    const changes = compare([h1()], [report('a/2022-h1', { period: '2022-H1', issued: '2022-06-20', tasks: [{ id: 'u', title: 'Việc mới', due: '2023' }] })]);
    expect(changes.tasksAdded.map((t) => t.key)).toEqual(['a/2022-h1#u']);
    expect(changes.newTaskStates.get('a/2022-h1#u')?.status).toBe('open');
    expect(changes.tasksRemoved.map((t) => t.key)).toEqual(['a/2022-h1#t']);
  });
});

describe('what a change does to the reports owed under duties', () => {
  const letter = document('cv-1-2022', { issued: '2022-06-08', duties: [{ id: 'tra-loi', title: 'Báo cáo theo Công văn 1', units: ['huyen-a'], frequency: 'once', period: '2022-H1', due: '2022-06-20' }] });
  const answer = report('a/2022-h1-tra-loi', { period: '2022-H1', issued: '2022-06-25', request: 'cv-1-2022' });
  const kb = (reports: ReturnType<typeof report>[]) => knowledgeBase({ units, documents: [letter], reports });

  it('names the owed report that a new report now answers: overdue → received late', () => {
    const changes = compareContent(kb([]), kb([answer]), new Set(), '2023-01-15');
    expect(changes.obligationChanges.map((c) => [c.key, c.from?.status, c.to?.status, c.to?.report])).toEqual([
      ['cv-1-2022#tra-loi@2022-H1:huyen-a', 'overdue', 'late', 'a/2022-h1-tra-loi'],
    ]);
    const markdown = reviewMarkdown(changes, [], knowledgeBase({ units: [unit({ id: 'huyen-a', name: 'UBND huyện A' })] }), 'HEAD');
    expect(markdown).toContain('Báo cáo phải gửi đổi trạng thái');
    expect(markdown).toMatch(/\| Báo cáo theo Công văn 1 \| UBND huyện A \| 6 tháng đầu năm 2022 \| chưa có báo cáo, quá hạn \| đã có báo cáo, quá hạn \|/);
  });

  it('says nothing of duties when the change leaves them as they were', () => {
    expect(compareContent(kb([answer]), kb([answer]), new Set(['reports/a/2022-h1-tra-loi.mdx']), '2023-01-15').obligationChanges).toEqual([]);
  });

  it('lists no owed report whose before and after read the same (an earlier copy of the answer found)', () => {
    const earlier = report('a/2022-h1-ban-som', { period: '2022-H1', issued: '2022-06-15', request: 'cv-1-2022' });
    const changes = compareContent(kb([answer]), kb([answer, earlier]), new Set(['reports/a/2022-h1-ban-som.mdx']), '2023-01-15');
    // The earlier copy now fulfils it, on time: a real change, listed once with its new standing.
    expect(changes.obligationChanges.map((c) => [c.from?.status, c.to?.status])).toEqual([['late', 'on-time']]);
    const later = report('a/2022-h1-ban-sau', { period: '2022-H1', issued: '2022-07-01', request: 'cv-1-2022' });
    const same = compareContent(kb([answer]), kb([answer, later]), new Set(['reports/a/2022-h1-ban-sau.mdx']), '2023-01-15');
    expect(same.obligationChanges).toEqual([]);
    const renamed = report('a/2022-h1-doi-ten', { period: '2022-H1', issued: '2022-06-25', request: 'cv-1-2022' });
    const moved = compareContent(kb([answer]), kb([renamed]), new Set(), '2023-01-15');
    expect(moved.obligationChanges).toEqual([]);
    expect(reviewMarkdown(moved, [], knowledgeBase({ units }), 'HEAD')).not.toContain('Báo cáo phải gửi đổi trạng thái');
  });
});
