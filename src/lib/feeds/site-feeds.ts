import type { Catalog } from '../kb/catalog.ts';
import { documentName } from '../labels.ts';
import { formatPartialDate } from '../partial-date.ts';
import type { Tracker } from '../tracker/tracker.ts';
import { urls } from '../urls.ts';
import { atomFeed } from './atom.ts';
import { followUrls, tagUri, type FeedLink } from './feed-urls.ts';
import { reportEntries, type ChangeDay } from './report-entries.ts';
import { taskStatusEntries } from './task-entries.ts';

/**
 * The site's four kinds of feed, each with its page and its <link rel="alternate"> title. Every
 * feed is built from the public catalog and tracker only: confidential reports never reach one.
 */
export interface FeedContext {
  catalog: Catalog;
  tracker: Tracker;
  changeDay: ChangeDay;
  site: URL | string | undefined;
}

export const feedLinks = {
  reports: (): FeedLink => ({ href: followUrls.reportsFeed, title: 'Báo cáo mới và báo cáo sửa đổi (Atom)' }),
  unit: (name: string, id: string): FeedLink => ({ href: followUrls.unitFeed(id), title: `Báo cáo của ${name} (Atom)` }),
  document: (name: string, id: string): FeedLink => ({ href: followUrls.documentFeed(id), title: `Báo cáo thực hiện ${name} (Atom)` }),
  tasks: (): FeedLink => ({ href: followUrls.tasksFeed, title: 'Thay đổi trạng thái nhiệm vụ (Atom)' }),
};

export function reportsFeed({ catalog, changeDay, site, tracker }: FeedContext): string {
  return atomFeed({
    id: tagUri(site, 'ban-tin/bao-cao'),
    title: 'Báo cáo công tác đối ngoại — mới và sửa đổi',
    subtitle: 'Báo cáo mới nhận và báo cáo được sửa đổi trong cơ sở tri thức',
    self: followUrls.reportsFeed,
    page: urls.reports,
    entries: reportEntries(catalog.reportsNewestFirst, catalog, changeDay, site),
    emptyUpdated: tracker.asOf,
  }, site);
}

export function unitFeed({ catalog, changeDay, site, tracker }: FeedContext, unitId: string): string {
  const name = catalog.unit(unitId)?.name ?? unitId;
  return atomFeed({
    id: tagUri(site, `ban-tin/don-vi/${unitId}`),
    title: `Báo cáo của ${name}`,
    subtitle: `Báo cáo mới và sửa đổi của ${name}`,
    self: followUrls.unitFeed(unitId),
    page: urls.unit(unitId),
    entries: reportEntries(catalog.reportsByUnit(unitId), catalog, changeDay, site),
    emptyUpdated: tracker.asOf,
  }, site);
}

export function documentFeed({ catalog, changeDay, site, tracker }: FeedContext, documentId: string): string {
  const doc = catalog.document(documentId);
  const name = doc ? documentName(doc) : documentId;
  return atomFeed({
    id: tagUri(site, `ban-tin/van-ban/${documentId}`),
    title: `Báo cáo thực hiện ${name}`,
    subtitle: `Báo cáo mới và sửa đổi về ${name}`,
    self: followUrls.documentFeed(documentId),
    page: urls.document(documentId),
    entries: reportEntries(catalog.reportsOn(documentId), catalog, changeDay, site),
    emptyUpdated: tracker.asOf,
  }, site);
}

export function tasksFeed({ catalog, site, tracker }: FeedContext): string {
  return atomFeed({
    id: tagUri(site, 'ban-tin/nhiem-vu'),
    title: `Thay đổi trạng thái nhiệm vụ đến ngày ${formatPartialDate(tracker.asOf)}`,
    subtitle: 'Nhiệm vụ đã hoàn thành, không tiếp tục thực hiện, hoặc đã quá hạn',
    self: followUrls.tasksFeed,
    page: urls.tracker,
    entries: taskStatusEntries(tracker.states.values(), catalog, site).filter((e) => e.updated <= tracker.asOf),
    emptyUpdated: tracker.asOf,
  }, site);
}
