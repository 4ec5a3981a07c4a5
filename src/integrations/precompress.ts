import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { compressInBackground } from './precompress-background.ts';
import { filesToCompress, precompressFolder } from './precompress-files.ts';
import { liveSiteOf } from './staged-output.ts';
import { WRITTEN_AFTER_PAGES } from './stale-output.ts';

/**
 * Writes `X.gz` and `X.br` next to every compressible text file of the built site, so a web server
 * sends them as they are (nginx's gzip_static and brotli_static, deploy/nginx.conf) instead of
 * compressing each response again, and at a higher ratio than it could afford per request. Search
 * downloads many small files on slow lines; 74.5 MB of text from 1,000 reports is 10.2 MB in brotli.
 *
 * Two passes. Once Astro has written the pages, one thread starts compressing them while the other
 * integrations run: the search index (most of that time one Pagefind process) leaves a core idle,
 * and pages are four fifths of the text (10,000 reports: 662 of 850 MB, 25 of 31 s of copies).
 * The last pass runs after everything else, when the stale output is pruned and the search index
 * written: it removes copies whose file is gone and compresses whatever has no copy newer than
 * its file (the search index, the sitemap, what the first pass had not reached).
 */
/** Written or rewritten after the pages (the search index, sitemap.ts, offline.ts): left to the last pass. */
const LATER = new RegExp(`^pagefind/|${WRITTEN_AFTER_PAGES.source}`);

export default function precompress(): AstroIntegration {
  let firstPass: Promise<number> = Promise.resolve(0);
  return {
    name: 'kb-precompress',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        const folder = fileURLToPath(dir);
        firstPass = compressInBackground(filesToCompress(folder, LATER, liveSiteOf(folder)));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const early = await firstPass;
        const waited = performance.now() - started;
        const folder = fileURLToPath(dir);
        const { compressed, reused, removed, ms } = await precompressFolder(folder, liveSiteOf(folder));
        // Copies the first pass wrote count as compressed, not as kept from an earlier build.
        const kept = reused - early;
        const extra = [kept > 0 && `dùng lại ${kept} tệp không đổi`, removed && `xóa ${removed} tệp nén cũ`].filter(Boolean).join(', ');
        const during = early ? `; ${early} trong số đó nén trong lúc lập chỉ mục` : '';
        logger.info(`Nén sẵn (gzip, brotli): ${compressed + early} tệp trong ${((waited + ms) / 1000).toFixed(1)} giây${extra ? ` (${extra})` : ''}${during}`);
      },
    },
  };
}
