/**
 * The day table of a term index (days.json beside index.json): for every day that has documents,
 * the first id dated that day. Ids already run in date order, so one index sorts by date without
 * it; merging several provinces' indexes by date needs each id's day to interleave them, and this
 * table gives it in a few kilobytes, loaded only by a merged (national) search.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DAY_TABLE_FILE, type DayTable } from './format.ts';

/** The day table of documents whose ISO sort dates (by id, date order, '' when undated) are `dates`. */
export function dayTable(dates: readonly string[]): DayTable {
  const table: DayTable = [];
  dates.forEach((date, id) => {
    const day = date.slice(0, 10);
    if (day && table.at(-1)?.[0] !== day) table.push([day, id]);
  });
  return table;
}

/** Writes <kbDir>/days.json. `dates` maps a page URL to its sort date; `ids` its id (from-pagefind.ts idsByDate). */
export function writeDayTable(kbDir: string, dates: Map<string, string>, ids: Map<string, number>): void {
  const byId: string[] = new Array(ids.size).fill('');
  for (const [url, id] of ids) byId[id] = dates.get(url) ?? '';
  mkdirSync(kbDir, { recursive: true });
  writeFileSync(join(kbDir, DAY_TABLE_FILE), JSON.stringify(dayTable(byId)));
}
