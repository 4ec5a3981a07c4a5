import { siteDeadlines, type SiteDeadlines } from '../lib/calendar/site-calendars.ts';
import type { FeedContext } from '../lib/feeds/site-feeds.ts';
import { fileHistory } from './history.ts';
import { getCatalog } from './kb.ts';
import { getTracker } from './tracker.ts';

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
