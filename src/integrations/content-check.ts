import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentRefused, loadForSite, REFUSAL_HINT } from '../lib/kb/load-for-site.ts';
import { formatProblem } from '../lib/problems.ts';
import type { Settings } from '../lib/settings.ts';

/**
 * Checks the whole content root before Astro writes anything, so a build with bad content stops at
 * once with every problem listed by file and line, and the output folder is left as it was (Astro
 * writes only after this hook). Should the build fail later, after Astro has started writing
 * pages, the half-written output folder is removed on exit: no partial site is left to deploy.
 */
export default function contentCheck(settings: Settings): AstroIntegration {
  let outDir: string | undefined;
  return {
    name: 'kb-content-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        let warnings;
        try {
          ({ warnings } = loadForSite(settings));
        } catch (error) {
          throw error instanceof ContentRefused ? forAstro(error) : error;
        }
        if (warnings.length) logger.warn(`Cảnh báo nội dung:\n${warnings.map(formatProblem).join('\n')}`);
        if (outDir) removeOnFailure(outDir);
      },
    },
  };
}

/**
 * The error that stops the build. Astro appends a hint about browser APIs to any error whose text
 * contains "document" or "window" (a problem code such as duplicate-document does); a short
 * toString() keeps that misleading advice off and our own hint on.
 */
function forAstro(refused: ContentRefused): Error {
  // The hint is Astro's to print under the message, so the message itself stops at the listing.
  const error = Object.assign(new Error(refused.message.slice(0, -REFUSAL_HINT.length - 1)), { hint: REFUSAL_HINT });
  error.toString = () => 'Nội dung có lỗi';
  return error;
}

/** From here on the output folder is being rewritten: if the process exits with an error, remove it. */
function removeOnFailure(dir: string): void {
  process.once('exit', (code) => {
    if (code !== 0 && resolve(dir) !== resolve('/') && resolve(dir) !== process.cwd()) {
      rmSync(dir, { recursive: true, force: true });
      console.error(`Dựng trang thất bại: đã xóa thư mục kết quả dở dang ${dir}`);
    }
  });
}
