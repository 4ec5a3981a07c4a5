import type { Nodes, Root, RootContent } from 'mdast';
import { markdownToMdast } from 'satteri';

/**
 * Helpers over satteri's mdast (the tree Astro's own Markdown engine builds), so the site reads a
 * report's structure with the same parser that renders it.
 */

/** Parses a body (plain Markdown, GFM on) into mdast with offsets and lines on every node. */
export function parseMarkdown(markdown: string): Root {
  return markdownToMdast(markdown, { features: { gfm: true } }) as Root;
}

/** The visible text of a node: text values joined, marks dropped, footnote markers left out. */
export function plainText(node: Nodes): string {
  if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') return '';
  if (node.type === 'break') return ' ';
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) {
    const join = node.type === 'list' || node.type === 'listItem' || node.type === 'root' || node.type === 'blockquote' ? ' ' : '';
    return (node.children as Nodes[]).map(plainText).join(join);
  }
  return '';
}

/** Start and end offsets of a node in the source it was parsed from. */
export function offsets(node: Nodes): { start: number; end: number } {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

/** 1-based line of a node in its source. */
export function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

/** The top-level blocks of a body, footnote definitions left out (they belong to the whole text). */
export function blocks(root: Root): RootContent[] {
  return root.children.filter((node) => node.type !== 'footnoteDefinition' && node.type !== 'yaml');
}

/** The source text of a heading's inline content, without its `#` marks. */
export function headingSource(source: string, node: Nodes): string {
  if (!('children' in node) || node.children.length === 0) return '';
  const first = (node.children as Nodes[])[0];
  const last = (node.children as Nodes[]).at(-1)!;
  return source.slice(offsets(first).start, offsets(last).end);
}
