/**
 * Where the site can be followed from outside (contracts.md: linked from the pages they follow):
 * Atom feeds (ban-tin.xml) and calendars (lich.ics) beside the page they follow.
 */
export interface FeedLink {
  href: string;
  title: string;
}

export const followUrls = {
  /** New and changed reports, whole site. */
  reportsFeed: '/bao-cao/ban-tin.xml',
  unitFeed: (id: string) => `/don-vi/${id}/ban-tin.xml`,
  documentFeed: (id: string) => `/van-ban/${id}/ban-tin.xml`,
  /** Changes of task status as of the build day. */
  tasksFeed: '/theo-doi/ban-tin.xml',
  /** A unit's deadlines; a province's calendar holds its units' too. */
  unitCalendar: (id: string) => `/don-vi/${id}/lich.ics`,
  /** Every deadline the site knows. */
  allCalendar: '/theo-doi/lich.ics',
};

/**
 * The address a calendar app subscribes to: webcal:// is the scheme phones and desktop calendars
 * open as "subscribe" (the same file over https), so a tap adds it rather than downloading it once.
 */
export function webcalUrl(absoluteHttpUrl: string): string {
  return absoluteHttpUrl.replace(/^https?:\/\//, 'webcal://');
}

/**
 * Stable identities for feed entries and calendar events: tag: URIs (RFC 4151) under the site's
 * host and a fixed year, followed by content ids only (report id, task key, obligation key), never
 * anything from the build, so an entry or event keeps its id in every build while the site keeps
 * its address. '#' (which would start a fragment) becomes '/'.
 */
export function tagUri(site: URL | string | undefined, specific: string): string {
  const host = new URL(site ?? 'https://example.invalid').hostname;
  return `tag:${host},2026:${specific.replace(/#/g, '/')}`;
}
