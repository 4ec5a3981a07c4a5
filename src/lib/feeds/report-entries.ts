import type { Catalog } from '../kb/catalog.ts';
import type { Report } from '../model.ts';
import { formatPartialDate } from '../partial-date.ts';
import { urls } from '../urls.ts';
import type { FeedEntry } from './atom.ts';
import { tagUri } from './feed-urls.ts';

/** The day a content file last changed in git (src/data/history.ts), or undefined when unknown. */
export type ChangeDay = (file: string) => string | undefined;

/**
 * One entry per report, new or changed: published on its issued day (a partial date counts as its
 * last day, as the tracker counts it), updated on the later of that and its file's last change in
 * git, so an edited report comes back to the top of the feed under the same id. A report with
 * neither date (undated and not committed yet) has no day to give Atom and waits for its commit.
 */
export function reportEntry(report: Report, catalog: Catalog, changeDay: ChangeDay, site: URL | string | undefined): FeedEntry | undefined {
  const changed = changeDay(report.source.file);
  const issued = report.issuedDay;
  const updated = [changed, issued].filter((d) => d !== undefined).sort().at(-1);
  if (!updated) return undefined;
  const unit = catalog.unit(report.unit)?.name ?? report.unit;
  const parts = [unit, report.periodInfo.label, report.number ? `số ${report.number}` : undefined, report.issued ? `${/^\d{4}-\d{2}-\d{2}$/.test(report.issued) ? 'ngày ' : ''}${formatPartialDate(report.issued)}` : 'không ghi ngày'];
  return {
    id: tagUri(site, `bao-cao/${report.id}`),
    title: report.title,
    link: urls.report(report.id),
    updated,
    ...(issued ? { published: issued } : {}),
    summary: parts.filter(Boolean).join(' · ') + (changed && changed !== issued ? ` · cập nhật ${formatPartialDate(changed)}` : ''),
    author: unit,
  };
}

export function reportEntries(reports: readonly Report[], catalog: Catalog, changeDay: ChangeDay, site: URL | string | undefined): FeedEntry[] {
  return reports.map((r) => reportEntry(r, catalog, changeDay, site)).filter((e) => e !== undefined);
}
