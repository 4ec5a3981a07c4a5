import { Feed } from 'feed';
import { parsePartialDate } from '../partial-date.ts';
import { absoluteUrl } from '../linked-data/json-ld.ts';

/**
 * Atom 1.0 (RFC 4287) through the `feed` package: @astrojs/rss writes RSS 2.0 only, and `feed`
 * is maintained, writes Atom with the id, updated, author and rel="self" Atom requires, and
 * escapes the feed's own text for XML. It marks entry titles and summaries type="html" (in CDATA), so
 * they are escaped as HTML first (htmlText): a reader then shows "<b>" in a title as the text it
 * is, never as markup, and no "]]>" can end the CDATA. Entries carry the day, not the hour:
 * a report's date and a file's last change in git are days, set at midnight in Vietnam (UTC+7).
 */
export interface FeedEntry {
  /** Stable (tagUri): the same in every build. */
  id: string;
  title: string;
  /** Path of the page the entry is about. */
  link: string;
  /** Day (YYYY-MM-DD) it last changed. */
  updated: string;
  /** Day it was first published (a report's issued day). */
  published?: string;
  summary: string;
  author?: string;
}

export interface FeedSpec {
  id: string;
  title: string;
  subtitle: string;
  /** Path of the feed itself and of the page it follows. */
  self: string;
  page: string;
  entries: FeedEntry[];
  /** The feed's `updated` when it has no entries (the as-of day): Atom requires one. */
  emptyUpdated: string;
}

/** Feeds keep the newest entries only; the pages they link hold the rest. */
export const FEED_ENTRY_LIMIT = 50;

/** Midnight in Vietnam of a real day, or null: an impossible day (30/02) never reaches a feed. */
export function dayToDate(day: string | undefined): Date | null {
  const parsed = day ? parsePartialDate(day) : null;
  if (!parsed?.day) return null;
  return new Date(`${day}T00:00:00+07:00`);
}

/** Newest first, then by id, so two builds of the same content write the same feed. */
export function newestEntries(entries: readonly FeedEntry[], limit = FEED_ENTRY_LIMIT): FeedEntry[] {
  return entries
    .filter((e) => dayToDate(e.updated) && (!e.published || dayToDate(e.published)))
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** Text for an Atom construct of type="html": markup characters become entities, shown as text. */
export function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function atomFeed(spec: FeedSpec, site: URL | string | undefined): string {
  const entries = newestEntries(spec.entries);
  const feed = new Feed({
    id: spec.id,
    title: spec.title,
    description: spec.subtitle,
    link: absoluteUrl(spec.page, site),
    language: 'vi',
    updated: dayToDate(entries[0]?.updated ?? spec.emptyUpdated) ?? new Date(0),
    generator: false,
    feedLinks: { atom: absoluteUrl(spec.self, site) },
    author: { name: 'Đối ngoại địa phương — cơ sở tri thức' },
    copyright: 'Báo cáo, văn bản của các cơ quan nhà nước',
  });
  for (const entry of entries) {
    feed.addItem({
      id: entry.id,
      title: htmlText(entry.title),
      link: absoluteUrl(entry.link, site),
      date: dayToDate(entry.updated)!,
      ...(entry.published ? { published: dayToDate(entry.published)! } : {}),
      description: htmlText(entry.summary),
      ...(entry.author ? { author: [{ name: entry.author }] } : {}),
    });
  }
  return feed.atom1();
}
