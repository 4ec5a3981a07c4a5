/**
 * The day a page last changed, for the sitemap's <lastmod>: from git, through the content file the
 * page shows. A report's page is its file's day; a described document's its file's; a unit's the
 * newest of its reports' files and the units file of its province; any other page (lists, tracker,
 * briefings, register) the newest change anywhere in the content, since it may show any of it.
 * Undefined when git knows nothing (no repository, files not committed): no <lastmod> is better
 * than a wrong one.
 */
export interface ContentChanges {
  /** Path under the content root → day (YYYY-MM-DD) of its last commit. */
  days: ReadonlyMap<string, string>;
}

export function pageLastChange(path: string, { days }: ContentChanges): string | undefined {
  const report = /^\/bao-cao\/(.+)\/$/.exec(path);
  if (report && days.has(`reports/${report[1]}.mdx`)) return days.get(`reports/${report[1]}.mdx`);
  const doc = /^\/van-ban\/([^/]+)\/$/.exec(path);
  if (doc && days.has(`directives/${doc[1]}.mdx`)) return days.get(`directives/${doc[1]}.mdx`);
  const newest = newestOf(days);
  const unit = /^\/don-vi\/([^/]+)\/$/.exec(path);
  if (unit) return later(newest.unitsFiles, newest.byUnit.get(unit[1]));
  return newest.anywhere;
}

/** The newest days a sitemap asks for on every unit and list page, found once per set of days (12,000 pages each scanning 10,000 files took seconds). */
interface Newest {
  anywhere?: string;
  /** Of the files under units/. */
  unitsFiles?: string;
  /** Of each unit's reports (reports/<province>/<unit>/…). */
  byUnit: Map<string, string>;
}

const newestByDays = new WeakMap<ReadonlyMap<string, string>, Newest>();

function newestOf(days: ReadonlyMap<string, string>): Newest {
  let newest = newestByDays.get(days);
  if (newest) return newest;
  newest = { byUnit: new Map() };
  for (const [file, day] of days) {
    newest.anywhere = later(newest.anywhere, day);
    if (file.startsWith('units/')) newest.unitsFiles = later(newest.unitsFiles, day);
    const unit = /^reports\/[^/]+\/([^/]+)\//.exec(file)?.[1];
    if (unit) newest.byUnit.set(unit, later(newest.byUnit.get(unit), day)!);
  }
  newestByDays.set(days, newest);
  return newest;
}

function later(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b === undefined || a > b ? a : b;
}
