import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentHash } from '../lib/cache/json-cache.ts';
import { indexSite } from '../lib/search/index-site.ts';
import type { Settings } from '../lib/settings.ts';

/**
 * Indexes the built site with Pagefind once Astro has written it, so `npm run build` and every
 * test build ship a working /tim-kiem/. Indexing time is logged apart from the site build.
 * Shards of a large site are kept per content root in the kb cache and reused while unchanged.
 */
export default function searchIndex(settings: Settings): AstroIntegration {
  return {
    name: 'kb-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const cacheDir = join(settings.cacheDir, 'search-index', contentHash(settings.contentRoot).slice(0, 12));
        const { pages, ms, shards, reused, termMs, termShardsReused } = await indexSite(fileURLToPath(dir), { cacheDir, pagesPerShard: settings.searchShardPages });
        const split = shards > 1 ? `; ${shards} phần, dùng lại ${reused} phần không đổi` : '';
        const termSplit = shards > 1 ? `, dùng lại từ đã tách của ${termShardsReused} phần` : '';
        logger.info(`Chỉ mục tìm kiếm: ${pages} trang trong ${(ms / 1000).toFixed(1)} giây (Pagefind, riêng với thời gian dựng trang${split}; chỉ mục từ ${(termMs / 1000).toFixed(1)} giây${termSplit})`);
      },
    },
  };
}
