import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { precompressFolder } from './precompress-files.ts';

/**
 * Writes `X.gz` and `X.br` next to every compressible text file of the built site, so a web server
 * sends them as they are (nginx's gzip_static and brotli_static, deploy/nginx.conf) instead of
 * compressing each response again, and at a higher ratio than it could afford per request. Search
 * downloads many small files on slow lines; 74.5 MB of text from 1,000 reports is 10.2 MB in brotli.
 *
 * Runs last: after the stale output is pruned and the search index is written, so Pagefind's own
 * JS is compressed too and nothing compressed belongs to a page that is gone.
 */
export default function precompress(): AstroIntegration {
  return {
    name: 'kb-precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { compressed, reused, removed, ms } = await precompressFolder(fileURLToPath(dir));
        const extra = [reused && `dùng lại ${reused} tệp không đổi`, removed && `xóa ${removed} tệp nén cũ`].filter(Boolean).join(', ');
        logger.info(`Nén sẵn (gzip, brotli): ${compressed} tệp trong ${(ms / 1000).toFixed(1)} giây${extra ? ` (${extra})` : ''}`);
      },
    },
  };
}
