import { defineMdastPlugin } from 'satteri';
import type { LinkSpan } from '../lib/citations/link-spans.ts';
import { firstSpanFrom, splitTextByLinks } from './split-text.ts';

/**
 * An mdast plugin for satteri (Astro's own Markdown engine, so the build stays at its speed) that turns
 * each cited document in a report into a link to its /van-ban/ page. `source` is the Markdown being
 * rendered and `spans` where its citations sit (from the citation parser, run once at load). Text
 * already inside a link is left alone. Most text nodes hold no citation and return at once: every call
 * back into satteri crosses from Rust to JavaScript, so the visitor does as little as it can.
 */
export function citationLinks(source: string, spans: readonly LinkSpan[]) {
  const sorted = [...spans].sort((a, b) => a.fallbackOffset - b.fallbackOffset);
  // Links are visited before the text inside them; their ranges spare a walk up the tree per text node.
  const linkRanges: [number, number][] = [];
  const noteLink = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }) => {
    const { start, end } = node.position ?? { start: {}, end: {} };
    if (start.offset !== undefined && end.offset !== undefined) linkRanges.push([start.offset, end.offset]);
  };
  return defineMdastPlugin({
    name: 'kb-citation-links',
    options: { position: true },
    link: noteLink,
    linkReference: noteLink,
    text(node, ctx) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      const first = sorted[firstSpanFrom(sorted, start)];
      if (!first || first.fallbackOffset >= end) return;
      if (linkRanges.some(([from, to]) => from <= start && end <= to)) return;
      const nodes = splitTextByLinks(node.value, start, end, source, sorted);
      if (nodes) ctx.replaceNode(node, nodes);
    },
  });
}
