import type { APIRoute } from 'astro';
import { atomHeaders, feedContext } from '../../../data/follow.ts';
import { getCatalog } from '../../../data/kb.ts';
import { unitFeed } from '../../../lib/feeds/site-feeds.ts';

export function getStaticPaths() {
  return getCatalog().kb.units.map((unit) => ({ params: { id: unit.id } }));
}

export const GET: APIRoute = ({ params, site }) => new Response(unitFeed(feedContext(site), params.id!), { headers: atomHeaders });
