import type { APIRoute } from 'astro';
import { calendarHeaders, getDeadlines } from '../../data/follow.ts';
import { fileHistory } from '../../data/history.ts';
import { getTracker } from '../../data/tracker.ts';
import { calendarIcs } from '../../lib/calendar/ics.ts';

export const GET: APIRoute = ({ site }) => new Response(calendarIcs({
  name: 'Hạn báo cáo và nhiệm vụ — toàn bộ đơn vị',
  events: getDeadlines().all,
  changeDay: (file) => fileHistory(file).day,
  fallbackDay: getTracker().asOf,
  site,
}), { headers: calendarHeaders });
