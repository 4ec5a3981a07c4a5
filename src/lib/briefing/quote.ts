import type { Nodes, RootContent } from 'mdast';
import { sentences } from './figures.ts';
import { blocks, headingSource, offsets, parseMarkdown, plainText } from './mdast.ts';
import type { BodySpan } from './report-sections.ts';

/**
 * Quotes a stretch of a report for a briefing, in Markdown, so it renders like the report itself.
 * `full` keeps every word; `outline` keeps the sub-headings with the opening sentences under each,
 * for long "results" sections a trainer skims. Either way the words are the unit's own: nothing is
 * reworded, and every cut is marked with "…".
 */
export type QuoteMode = 'full' | 'outline';

export interface QuoteOptions {
  mode: QuoteMode;
  /** The heading level the quote's first sub-heading level becomes (4 under a briefing's h3). */
  headingDepth: number;
}

/** How much of a lead paragraph an outline keeps. */
const LEAD_MIN = 80;
const LEAD_MAX = 360;

const FOOTNOTE_REFERENCE = /\[\^[^\]\s]+\]/g;

/** Escapes what Markdown would read as marks in plain text put back into a quote. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>{}])/g, '\\$1').replace(/^(\s*)([#>+-]|\d+[.)])(\s)/, '$1\\$2$3');
}

/** The opening of a paragraph: its first sentence, or two when the first is very short. */
function lead(text: string): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  let out = '';
  for (const sentence of sentences(plain)) {
    if (out.length >= LEAD_MIN) break;
    out = out ? `${out} ${sentence.text}` : sentence.text;
  }
  if (out.length > LEAD_MAX) {
    const cut = out.lastIndexOf(' ', LEAD_MAX);
    out = out.slice(0, cut > 0 ? cut : LEAD_MAX);
  }
  if (out.length >= plain.length) return out;
  return /(\.\.\.|…)$/.test(out) ? out : `${out} …`;
}

function headingLine(source: string, node: RootContent & { depth: number }, shallowest: number, base: number): string {
  const depth = Math.min(6, base + node.depth - shallowest);
  return `${'#'.repeat(depth)} ${headingSource(source, node).replace(FOOTNOTE_REFERENCE, '')}`;
}

/** The last body parsed: a report gives several quotes in a row, and is parsed once for all of them. */
let parsed: { source: string; blocks: RootContent[] } | undefined;

/** Blocks of the source that start inside the span's text (after its heading). */
function blocksIn(source: string, span: BodySpan): RootContent[] {
  if (parsed?.source !== source) parsed = { source, blocks: blocks(parseMarkdown(source)) };
  return parsed.blocks.filter((n) => offsets(n).start >= span.contentStart && offsets(n).start < span.end);
}

/** Every word of the span, headings moved to the briefing's level, footnote markers left out. */
function fullQuote(source: string, inside: RootContent[], shallowest: number, base: number): string {
  return inside
    .map((node) => (node.type === 'heading' ? headingLine(source, node, shallowest, base) : source.slice(offsets(node).start, offsets(node).end)))
    .join('\n\n')
    .replace(FOOTNOTE_REFERENCE, '');
}

/** The lead of a block: a paragraph's opening sentences, or each list item's. */
function blockLead(node: RootContent): string {
  if (node.type === 'list') return node.children.map((item) => `- ${escapeMarkdown(lead(plainText(item)))}`).join('\n');
  return escapeMarkdown(lead(plainText(node as Nodes)));
}

/**
 * Sub-headings of the first level, each with its opening sentences or the list of its own
 * sub-headings; a passage without sub-headings keeps the opening of each paragraph.
 */
function outlineQuote(source: string, inside: RootContent[], shallowest: number, base: number): string {
  const firstHeading = inside.findIndex((n) => n.type === 'heading');
  if (firstHeading < 0) return inside.map(blockLead).join('\n\n');
  const out: string[] = [];
  // Text before the first sub-heading opens the section: keep its lead.
  const opening = inside.slice(0, firstHeading)[0];
  if (opening) out.push(blockLead(opening));
  for (let i = firstHeading; i < inside.length; i++) {
    const node = inside[i];
    if (node.type !== 'heading' || node.depth !== shallowest) continue;
    out.push(headingLine(source, node, shallowest, base));
    const next = inside.slice(i + 1).findIndex((n) => n.type === 'heading' && n.depth <= shallowest);
    const own = inside.slice(i + 1, next < 0 ? undefined : i + 1 + next);
    if (own[0] && own[0].type !== 'heading') out.push(blockLead(own[0]));
    else {
      const subs = own.filter((n) => n.type === 'heading' && n.depth === shallowest + 1);
      if (subs.length) out.push(subs.map((n) => `- ${escapeMarkdown(plainText(n as Nodes).trim())}`).join('\n'));
    }
  }
  return out.join('\n\n');
}

/** One block (paragraph, list item, heading) quoted whole; a heading becomes a bold line. */
export function blockQuoteMarkdown(source: string, node: Nodes): string {
  const text = node.type === 'heading' ? `**${headingSource(source, node)}**` : source.slice(offsets(node).start, offsets(node).end);
  return text.replace(FOOTNOTE_REFERENCE, '');
}

/** The Markdown of a quote from `span` of `source` (a report body). */
export function quoteMarkdown(source: string, span: BodySpan, options: QuoteOptions): string {
  const inside = blocksIn(source, span);
  const depths = inside.filter((n) => n.type === 'heading').map((n) => (n as { depth: number }).depth);
  const shallowest = depths.length ? Math.min(...depths) : 0;
  return options.mode === 'full'
    ? fullQuote(source, inside, shallowest, options.headingDepth)
    : outlineQuote(source, inside, shallowest, options.headingDepth);
}
