import type { APIRoute } from 'astro';
import { atomHeaders, feedContext } from '../../../data/follow.ts';
import { getCatalog } from '../../../data/kb.ts';
import { documentFeed } from '../../../lib/feeds/site-feeds.ts';

export function getStaticPaths() {
  return getCatalog().kb.documents.map((doc) => ({ params: { id: doc.id } }));
}

export const GET: APIRoute = ({ params, site }) => new Response(documentFeed(feedContext(site), params.id!), { headers: atomHeaders });
