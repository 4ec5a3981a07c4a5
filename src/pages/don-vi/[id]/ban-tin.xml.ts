import type { APIRoute } from 'astro';
import { atomHeaders, feedContext, followKey } from '../../../data/follow.ts';
import { getCatalog } from '../../../data/kb.ts';
import { unitFeed } from '../../../lib/feeds/site-feeds.ts';

export function getStaticPaths() {
  const catalog = getCatalog();
  return catalog.kb.units.map((unit) => ({ params: { id: unit.id }, cacheKey: followKey('unit-feed', unit.id, catalog.reportsByUnit(unit.id).map((r) => r.source.file)) }));
}

export const GET: APIRoute = ({ params, site }) => new Response(unitFeed(feedContext(site), params.id!), { headers: atomHeaders });
