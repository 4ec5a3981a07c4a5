import { describe, expect, it } from 'vitest';
import { dutyDueDay, nextMonthDay } from '../../src/lib/tracker/deadlines.ts';
import { dueDayOf } from '../../src/lib/tracker/due.ts';
import { parsePeriod, periodContaining, periodCovers, periodsBetween } from '../../src/lib/period.ts';
import { dutySchema } from '../../src/schemas/duty.ts';

describe('periods containing a day', () => {
  it.each([
    ['half', '2022-06-30', '2022-H1'],
    ['half', '2022-07-01', '2022-H2'],
    ['quarter', '2022-08-15', '2022-Q3'],
    ['quarter', '2024-12-31', '2024-Q4'],
    ['year', '2025-07-01', '2025'],
  ] as const)('%s containing %s is %s', (kind, day, id) => {
    expect(periodContaining(kind, day).id).toBe(id);
  });

  it.each([
    ['half', '2022-05-20', '2023-07-01', ['2022-H1', '2022-H2', '2023-H1', '2023-H2']],
    ['year', '2020-09-17', '2022-01-01', ['2020', '2021', '2022']],
    ['quarter', '2022-12-31', '2023-01-01', ['2022-Q4', '2023-Q1']],
    ['half', '2023-01-01', '2022-12-31', []],
  ] as const)('%s periods from %s to %s', (kind, from, to, ids) => {
    expect(periodsBetween(kind, from, to).map((p) => p.id)).toEqual(ids);
  });

  it.each([
    ['2022', '2022-H2', true],
    ['2022-H2', '2022-H2', true],
    ['2011-2021', '2021-H1', true],
    ['2022-H1', '2022', false],
    ['2022-Q3', '2022-H2', false],
  ])('%s covers %s: %s', (outer, inner, covers) => {
    expect(periodCovers(parsePeriod(outer)!, parsePeriod(inner)!)).toBe(covers);
  });
});

describe('task due days', () => {
  it.each([
    ['2022-H2', '2022-12-31'],
    ['2022-H1', '2022-06-30'],
    ['2022-Q1', '2022-03-31'],
    ['2023', '2023-12-31'],
    ['2022-09-15', '2022-09-15'],
    ['2024-02', '2024-02-29'],
    [undefined, undefined],
    ['mai', undefined],
  ])('due %s is %s', (due, day) => {
    expect(dueDayOf(due)).toBe(day);
  });
});

describe('duty due days', () => {
  const duty = (fields: Record<string, unknown>) => dutySchema.parse({ id: 'd', title: 'D', frequency: 'year', ...fields });
  it.each([
    ['"by 15 January of the next year" as dueDays', { dueDays: 15 }, '2022', '2023-01-15'],
    ['"by 15 January" as a month-day', { dueOn: '01-15' }, '2022', '2023-01-15'],
    ['"by 30 June each year" for last year\'s accounts', { dueOn: '06-30' }, '2022', '2023-06-30'],
    ['H1 by 31/7', { frequency: 'half-year', dueOn: { H1: '07-31', H2: '02-15' } }, '2022-H1', '2022-07-31'],
    ['H2 by 15/02 of the next year', { frequency: 'half-year', dueOn: { H1: '07-31', H2: '02-15' } }, '2022-H2', '2023-02-15'],
    ['"định kỳ 6 tháng, trước ngày 15/6 và 15/12": H1 inside the half', { frequency: 'half-year', dueOn: { H1: '06-15', H2: '12-15' } }, '2022-H1', '2022-06-15'],
    ['"định kỳ 6 tháng, trước ngày 15/6 và 15/12": H2 inside the half', { frequency: 'half-year', dueOn: { H1: '06-15', H2: '12-15' } }, '2022-H2', '2022-12-15'],
    ['"hằng năm, trước ngày 15/12": the same year', { dueOn: '12-15' }, '2022', '2022-12-15'],
    ['a part with no rule has no due day', { frequency: 'half-year', dueOn: { H1: '07-31' } }, '2022-H2', undefined],
    ['no rule at all: "chưa rõ hạn"', {}, '2022', undefined],
    ['a letter with a due date', { frequency: 'once', period: '2022-H1', due: '2022-06-20' }, '2022-H1', '2022-06-20'],
    ['a letter with a month as due', { frequency: 'once', period: '2022-H1', due: '2022-06' }, '2022-H1', '2022-06-30'],
    ['a letter without a due date', { frequency: 'once', period: '2022-H1' }, '2022-H1', undefined],
  ])('%s', (_, fields, period, day) => {
    expect(dutyDueDay(duty(fields), parsePeriod(period)!)).toBe(day);
  });

  it('lands 29/02 on 28/02 in a common year', () => {
    expect(nextMonthDay('02-29', '2022-12-31')).toBe('2023-02-28');
    expect(nextMonthDay('02-29', '2023-12-31')).toBe('2024-02-29');
  });

  it.each([
    [{ frequency: 'once' }, 'period'],
    [{ frequency: 'year', period: '2022' }, 'period'],
    [{ frequency: 'year', dueOn: '7-31' }, 'dueOn'],
  ])('refuses %j, naming %s', (fields, field) => {
    const result = dutySchema.safeParse({ id: 'd', title: 'D', ...fields });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0])).toContain(field);
  });
});
