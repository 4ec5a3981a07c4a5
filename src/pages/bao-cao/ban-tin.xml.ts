import type { APIRoute } from 'astro';
import { atomHeaders, feedContext } from '../../data/follow.ts';
import { reportsFeed } from '../../lib/feeds/site-feeds.ts';

export const GET: APIRoute = ({ site }) => new Response(reportsFeed(feedContext(site)), { headers: atomHeaders });
