import type { APIRoute } from 'astro';
import { calendarHeaders, followKey, getDeadlines } from '../../../data/follow.ts';
import { fileHistory } from '../../../data/history.ts';
import { getCatalog } from '../../../data/kb.ts';
import { getTracker } from '../../../data/tracker.ts';
import { calendarIcs } from '../../../lib/calendar/ics.ts';

export function getStaticPaths() {
  return getCatalog().kb.units.map((unit) => ({
    params: { id: unit.id },
    cacheKey: followKey('unit-calendar', unit.id, [...new Set(getDeadlines().forUnit(unit.id).map((event) => event.file))]),
  }));
}

export const GET: APIRoute = ({ params, site }) => {
  const unit = getCatalog().unit(params.id!)!;
  const body = calendarIcs({
    name: `Hạn báo cáo và nhiệm vụ — ${unit.name}`,
    events: getDeadlines().forUnit(unit.id),
    changeDay: (file) => fileHistory(file).day,
    fallbackDay: getTracker().asOf,
    site,
  });
  return new Response(body, { headers: calendarHeaders });
};
