/** Dates for generated documents, and the way Vietnamese documents print them. */
import { addDays, daysBetween, parsePartialDate } from '../../lib/partial-date.ts';
import type { Random } from './random.ts';

/** A day between `from` and `to` (ISO, both included). */
export function dayBetween(random: Random, from: string, to: string): string {
  return addDays(from, random.int(0, Math.max(0, daysBetween(from, to))));
}

/**
 * "08/6/2022", as the seed documents print dates: the day on two digits, the month on two only
 * for January and February ("05/01/2022", "17/02/2022").
 */
export function printedDate(iso: string): string {
  const date = parsePartialDate(iso);
  if (!date?.day || !date.month) throw new Error(`not a full date: ${iso}`);
  const month = date.month <= 2 ? String(date.month).padStart(2, '0') : String(date.month);
  return `${String(date.day).padStart(2, '0')}/${month}/${date.year}`;
}

/** The date line under the national motto: "ngày 15 tháng 6 năm 2022", blank parts left blank. */
export function dateLine(issued: string | undefined, year: number): string {
  const date = issued ? parsePartialDate(issued) : null;
  const day = date?.day ? String(date.day).padStart(2, '0') : '    ';
  const month = date?.month ? String(date.month) : '    ';
  return `ngày ${day} tháng ${month} năm ${date?.year ?? year}`;
}
