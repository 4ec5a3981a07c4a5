import { latestDay, parsePartialDate, todayInVietnam } from '../partial-date.ts';

/**
 * The day the tracker judges against, from text: a full date (2023-06-30), or a month or year
 * meaning its last day (2023-06 → 2023-06-30), the same rule partial dates follow everywhere.
 * Throws a Vietnamese message naming the bad value.
 */
export function parseAsOf(text: string, source = 'KB_AS_OF'): string {
  const date = parsePartialDate(text);
  if (!date) throw new Error(`${source}="${text}" không phải là ngày hợp lệ; viết YYYY-MM-DD, ví dụ 2023-06-30`);
  return latestDay(date);
}

/** KB_AS_OF when set, else today in Vietnam (UTC+7), where the offices are. */
export function asOfFromEnv(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const value = env.KB_AS_OF?.trim();
  return value ? parseAsOf(value) : todayInVietnam(now);
}
