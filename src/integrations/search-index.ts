import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentHash } from '../lib/cache/json-cache.ts';
import { loadForSite } from '../lib/kb/load-for-site.ts';
import { indexSite } from '../lib/search/index-site.ts';
import { indexWhileWriting, type WhileWriting } from '../lib/search/index-while-writing.ts';
import { planSite } from '../lib/search/shards.ts';
import type { Settings } from '../lib/settings.ts';
import { liveSiteOf } from './staged-output.ts';

/**
 * Indexes the built site with Pagefind, so `npm run build` and every test build ship a working
 * /tim-kiem/. Shards whose pages are all written are indexed while Astro writes the rest, and on
 * while the other integrations run (index-while-writing.ts); the others once they are done.
 * Indexing time is logged apart from the site build. Shards of a large site are kept per content
 * root in the kb cache and reused while unchanged.
 */
export default function searchIndex(settings: Settings): AstroIntegration {
  const cacheDir = join(settings.cacheDir, 'search-index', contentHash(settings.contentRoot).slice(0, 12));
  let outDir: string | undefined;
  let whileWriting: WhileWriting | undefined;
  return {
    name: 'kb-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // After the content check (astro:build:start) and the staging folder's preparation, before
      // any page is written.
      'astro:build:setup': () => {
        if (whileWriting || !outDir) return;
        const { urls, plan } = planSite(loadForSite(settings).kb, settings.searchShardPages);
        if (plan.count > 1) whileWriting = indexWhileWriting({ distDir: outDir, urls, plan, cacheDir, since: Date.now() });
      },
      // Every page written: the shards not yet indexed are, while sitemap, pruning and the rest run.
      'astro:build:generated': () => {
        whileWriting?.allWritten();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const indexedEarly = whileWriting?.stop();
        whileWriting = undefined;
        const folder = fileURLToPath(dir);
        const summary = await indexSite(folder, { cacheDir, pagesPerShard: settings.searchShardPages, indexedEarly, liveSite: liveSiteOf(folder) });
        const { pages, ms, shards, reused, termMs, termShardsReused } = summary;
        const early = summary.indexedEarly ? `, ${summary.indexedEarly} phần đã lập chỉ mục trong lúc dựng trang` : '';
        const split = shards > 1 ? `; ${shards} phần, dùng lại ${reused} phần không đổi${early}` : '';
        const termSplit = shards > 1 ? `, dùng lại từ đã tách của ${termShardsReused} phần` : '';
        logger.info(`Chỉ mục tìm kiếm: ${pages} trang trong ${(ms / 1000).toFixed(1)} giây (Pagefind, riêng với thời gian dựng trang${split}; chỉ mục từ ${(termMs / 1000).toFixed(1)} giây${termSplit})`);
      },
    },
  };
}
