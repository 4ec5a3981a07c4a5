import { describe, expect, it } from 'vitest';
import { compareContent } from '../../src/lib/review/changes.ts';
import { knowledgeBase, report, unit } from '../helpers/kb-model.ts';

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
