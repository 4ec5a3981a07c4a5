import type { AstroIntegration } from 'astro';
import { ContentRefused, loadForSite, REFUSAL_HINT } from '../lib/kb/load-for-site.ts';
import { formatProblem } from '../lib/problems.ts';
import type { Settings } from '../lib/settings.ts';

/**
 * Checks the whole content root before Astro writes anything, so a build with bad content stops at
 * once with every problem listed by file and line, and the output folder is left as it was (Astro
 * writes only after this hook). Should the build fail later, the pages were being written to a
 * staging folder (staged-output.ts): the output folder still holds the last good site.
 */
export default function contentCheck(settings: Settings): AstroIntegration {
  return {
    name: 'kb-content-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        let warnings;
        try {
          ({ warnings } = loadForSite(settings));
        } catch (error) {
          throw error instanceof ContentRefused ? forAstro(error) : error;
        }
        if (warnings.length) logger.warn(`Cảnh báo nội dung:\n${warnings.map(formatProblem).join('\n')}`);
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
