import type { APIRoute } from 'astro';
import { buildId, buildTimeText } from '../../data/build-info.ts';

/**
 * Which build the site now serves. The page script asks for it when online: a new id means a new
 * build, and the pages kept for offline use are fetched again so none stays from the old one.
 */
export const GET: APIRoute = () => Response.json({ build: buildId, text: buildTimeText() });
