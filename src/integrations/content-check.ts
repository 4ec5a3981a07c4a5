import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { loadOncePerProcess } from '../lib/content/load-shared.ts';
import { formatProblem, hasErrors } from '../lib/problems.ts';

/**
 * Checks the whole content root before Astro renders a page, so a build with bad content stops
 * at once with every problem listed by file and line, and no partial site is written.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'kb-content-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const root = resolve(process.env.KB_CONTENT_DIR ?? 'content');
        const { problems } = loadOncePerProcess(root);
        const listing = problems.map(formatProblem).join('\n');
        if (hasErrors(problems)) {
          throw new Error(`Nội dung có lỗi, không dựng trang (${root}):\n${listing}`);
        }
        if (problems.length) logger.warn(`Cảnh báo nội dung:\n${listing}`);
      },
    },
  };
}
