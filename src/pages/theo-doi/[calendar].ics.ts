import type { APIRoute } from 'astro';
import { calendarHeaders, followKey, getDeadlines } from '../../data/follow.ts';
import { fileHistory } from '../../data/history.ts';
import { getTracker } from '../../data/tracker.ts';
import { calendarIcs } from '../../lib/calendar/ics.ts';

/**
 * /theo-doi/lich.ics, every deadline. A route with a parameter, though it makes one file: Astro's
 * incremental build reuses only what getStaticPaths gives a cacheKey, and writing this calendar
 * was most of a rebuild's page time (2,000 reports: 3.9 of 5.1 s, the `ics` package validating
 * each event). The key is its unit calendars' (don-vi/[id]/lich.ics.ts) over every event's file.
 */
export function getStaticPaths() {
  return [{ params: { calendar: 'lich' }, cacheKey: followKey('site-calendar', 'all', [...new Set(getDeadlines().all.map((event) => event.file))]) }];
}

export const GET: APIRoute = ({ site }) => new Response(calendarIcs({
  name: 'Hạn báo cáo và nhiệm vụ — toàn bộ đơn vị',
  events: getDeadlines().all,
  changeDay: (file) => fileHistory(file).day,
  fallbackDay: getTracker().asOf,
  site,
}), { headers: calendarHeaders });
