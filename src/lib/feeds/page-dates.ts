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
  const unit = /^\/don-vi\/([^/]+)\/$/.exec(path);
  if (unit) {
    const own = [...days].filter(([file]) => file.startsWith('units/') || new RegExp(`^reports/[^/]+/${unit[1]}/`).test(file));
    return newest(own.map(([, day]) => day));
  }
  return newest([...days.values()]);
}

function newest(days: string[]): string | undefined {
  return days.length ? days.reduce((a, b) => (a > b ? a : b)) : undefined;
}
