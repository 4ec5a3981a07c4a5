import type { APIRoute } from 'astro';
import { atomHeaders, feedContext } from '../../data/follow.ts';
import { tasksFeed } from '../../lib/feeds/site-feeds.ts';

export const GET: APIRoute = ({ site }) => new Response(tasksFeed(feedContext(site)), { headers: atomHeaders });
