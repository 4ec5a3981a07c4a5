import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/lib/period.ts';

describe.each([
  ['2022-H1', 'half', '2022-01-01', '2022-06-30', '6 tháng đầu năm 2022'],
  ['2022-h2', 'half', '2022-07-01', '2022-12-31', '6 tháng cuối năm 2022'],
  ['2022-Q3', 'quarter', '2022-07-01', '2022-09-30', 'quý III năm 2022'],
  ['2024-Q1', 'quarter', '2024-01-01', '2024-03-31', 'quý I năm 2024'],
  ['2022', 'year', '2022-01-01', '2022-12-31', 'năm 2022'],
  ['2011-2021', 'years', '2011-01-01', '2021-12-31', 'giai đoạn 2011–2021'],
])('period %s', (id, kind, start, end, label) => {
  it('has its first and last day and a Vietnamese label', () => {
    expect(parsePeriod(id)).toMatchObject({ kind, start, end, label });
  });
});

describe('invalid periods', () => {
  it.each(['2022-H3', '2022-Q5', '2021-2011', '22-H1', 'H1-2022', ''])('refuses %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});
