import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { indexSite } from '../lib/search/index-site.ts';

/**
 * Indexes the built site with Pagefind once Astro has written it, so `npm run build` and every
 * test build ship a working /tim-kiem/. Indexing time is logged apart from the site build.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'kb-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, ms } = await indexSite(fileURLToPath(dir));
        logger.info(`Chỉ mục tìm kiếm: ${pages} trang trong ${(ms / 1000).toFixed(1)} giây (Pagefind, riêng với thời gian dựng trang)`);
      },
    },
  };
}
