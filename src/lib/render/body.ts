import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToHtml, type MdastPluginList } from 'satteri';
import { decodeContentFile } from '../content/decode.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { sanitizeBody } from './sanitize.ts';

/** The body of a content file, read again when it is rendered (bodies are not kept in memory). */
export function readBody(root: string, file: string): string {
  const decoded = decodeContentFile(readFileSync(join(root, file)));
  if (!decoded.ok) throw new Error(`${file}:${decoded.line}: ${decoded.message}`);
  return splitFrontmatter(decoded.text)?.body ?? decoded.text;
}

/**
 * Renders a checked body to HTML with satteri, Astro's own engine, as plain Markdown: report bodies
 * hold no code (mdx-safety.ts refuses it), so they never go through the MDX compiler or bundler.
 * Smart punctuation stays off: the text is shown exactly as it was sent. The sanitizer runs last,
 * whatever else is plugged in, so no body can put script on a page even if it skipped the checks.
 */
export function renderBody(markdown: string, mdastPlugins: MdastPluginList = []): string {
  const result = markdownToHtml(markdown, {
    mdastPlugins,
    hastPlugins: [sanitizeBody],
    features: {
      smartPunctuation: false,
      gfm: {
        footnotes: {
          label: 'Chú thích',
          backLabel: 'Quay lại chỗ chú thích {reference}',
          clobberPrefix: 'ct-',
        },
      },
    },
  });
  return (result as { html: string }).html;
}
