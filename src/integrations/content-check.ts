import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { loadOncePerProcess } from '../lib/content/load-shared.ts';
import { formatProblem, hasErrors } from '../lib/problems.ts';

/**
 * Checks the whole content root before Astro writes anything, so a build with bad content stops at
 * once with every problem listed by file and line, and the output folder is left as it was (Astro
 * writes only after this hook). Should the build fail later, the pages were being written to a
 * staging folder (staged-output.ts): the output folder still holds the last good site.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'kb-content-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const root = resolve(process.env.KB_CONTENT_DIR ?? 'content');
        const { problems } = loadOncePerProcess(root);
        const listing = problems.map(formatProblem).join('\n');
        if (hasErrors(problems)) throw contentError(root, listing);
        if (problems.length) logger.warn(`Cảnh báo nội dung:\n${listing}`);
      },
    },
  };
}

/**
 * The error that stops the build. Astro appends a hint about browser APIs to any error whose text
 * contains "document" or "window" (a problem code such as duplicate-document does); a short
 * toString() keeps that misleading advice off and our own hint on.
 */
function contentError(root: string, listing: string): Error {
  const error = Object.assign(new Error(`Nội dung có lỗi, không dựng trang (${root}):\n${listing}`), {
    hint: 'Sửa các lỗi trên (tệp:dòng, cách sửa sau dấu →), rồi chạy "npm run kb -- check" để kiểm tra lại.',
  });
  error.toString = () => 'Nội dung có lỗi';
  return error;
}
