import type { APIRoute } from 'astro';
import { atomHeaders, feedContext, followKey } from '../../../data/follow.ts';
import { getCatalog } from '../../../data/kb.ts';
import { documentFeed } from '../../../lib/feeds/site-feeds.ts';

export function getStaticPaths() {
  const catalog = getCatalog();
  return catalog.kb.documents.map((doc) => ({ params: { id: doc.id }, cacheKey: followKey('document-feed', doc.id, catalog.reportsOn(doc.id).map((r) => r.source.file)) }));
}

export const GET: APIRoute = ({ params, site }) => new Response(documentFeed(feedContext(site), params.id!), { headers: atomHeaders });
