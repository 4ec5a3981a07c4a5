import { siteDeadlines, type SiteDeadlines } from '../lib/calendar/site-calendars.ts';
import type { FeedContext } from '../lib/feeds/site-feeds.ts';
import { contentHash } from '../lib/cache/json-cache.ts';
import { fileHistory } from './history.ts';
import { pageKey } from './page-keys.ts';
import { getCatalog } from './kb.ts';
import { getTracker } from './tracker.ts';
import { settings } from './settings.ts';

/** What the feeds and calendars are made from: the public catalog, the tracker, git's dates. */
export function feedContext(site: URL | undefined): FeedContext {
  return { catalog: getCatalog(), tracker: getTracker(), changeDay: (file) => fileHistory(file).day, site };
}

export const atomHeaders = { 'Content-Type': 'application/atom+xml; charset=utf-8' };
export const calendarHeaders = { 'Content-Type': 'text/calendar; charset=utf-8' };

let deadlines: SiteDeadlines | undefined;

/** Every deadline the calendars show, computed once per build. */
export function getDeadlines(): SiteDeadlines {
  deadlines ??= siteDeadlines(getCatalog(), getTracker());
  return deadlines;
}

/**
 * The incremental-build key of a feed, calendar or pack (src/data/page-keys.ts): the knowledge base
 * and as-of day, the site's address (ids and links carry it), and the last-change day of every
 * file whose date the output shows. A rebuild after one report's text changed reuses them all.
 */
export function followKey(kind: string, id: string, files: readonly string[] = []): string {
  const days = files.map((file) => `${file}:${fileHistory(file).day ?? ''}`).join('\n');
  return contentHash(`${pageKey(kind, id)}\n${settings.siteUrl}\n${days}`);
}
