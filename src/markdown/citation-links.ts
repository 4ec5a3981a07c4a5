import { defineMdastPlugin } from 'satteri';
import type { LinkSpan } from '../lib/citations/link-spans.ts';
import { splitTextByLinks } from './split-text.ts';

/**
 * An mdast plugin for satteri (Astro's own Markdown engine, so the build stays at its speed) that turns
 * each cited document in a report into a link to its /van-ban/ page. The spans come from the citation
 * parser run on the same Markdown source; text already inside a link is left alone.
 */
export function citationLinks(spans: readonly LinkSpan[]) {
  const sorted = [...spans].sort((a, b) => a.fallbackOffset - b.fallbackOffset);
  return defineMdastPlugin({
    name: 'kb-citation-links',
    options: { position: true },
    text(node, ctx) {
      const position = node.position;
      if (!sorted.length || !position || position.start.offset === undefined || position.end.offset === undefined) return;
      for (let parent: { type: string } | undefined = ctx.parent(node); parent; parent = ctx.parent(parent as Parameters<typeof ctx.parent>[0])) {
        if (parent.type === 'link' || parent.type === 'linkReference') return;
      }
      const nodes = splitTextByLinks(node.value, position.start.offset, position.end.offset, ctx.source, sorted);
      if (nodes) ctx.replaceNode(node, nodes);
    },
  });
}
