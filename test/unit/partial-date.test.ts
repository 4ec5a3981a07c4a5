import { describe, expect, it } from 'vitest';
import { formatPartialDate, latestDay, earliestDay, parsePartialDate } from '../../src/lib/partial-date.ts';

describe('partial dates of unsigned copies', () => {
  it.each([
    ['2022-06-15', '15/06/2022', '2022-06-15', '2022-06-15'],
    ['2021-06', 'tháng 06/2021', '2021-06-01', '2021-06-30'],
    ['2022', 'năm 2022', '2022-01-01', '2022-12-31'],
    ['2024-02', 'tháng 02/2024', '2024-02-01', '2024-02-29'],
  ])('%s reads as %s, from %s to %s', (text, shown, first, last) => {
    const date = parsePartialDate(text)!;
    expect(formatPartialDate(date)).toBe(shown);
    expect(earliestDay(date)).toBe(first);
    expect(latestDay(date)).toBe(last);
  });

  it.each(['2022-02-30', '2023-02-29', '2022-13', '2022-00-10', '10/4/2013', '2022-6-1'])('refuses the impossible date %s', (text) => {
    expect(parsePartialDate(text)).toBeNull();
  });
});
