import type { LinkSpan } from '../lib/citations/link-spans.ts';

export type InlineNode =
  | { type: 'text'; value: string }
  | { type: 'link'; url: string; title?: string | null; children: { type: 'text'; value: string }[] };

/** Index of the first span that ends after `offset` (spans sorted by offset). */
export function firstSpanFrom(spans: readonly LinkSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].fallbackOffset + spans[mid].fallbackLength <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Splits a text node (its value, and where it sits in `source`) into text and links for the spans that
 * fall inside it. Each span's text is looked up in the value in order, so escapes that make the value
 * differ from the source (\*, &amp;) do not shift a link. Null when no span applies.
 */
export function splitTextByLinks(value: string, start: number, end: number, source: string, spans: readonly LinkSpan[]): InlineNode[] | null {
  const nodes: InlineNode[] = [];
  let cursor = 0;
  for (let i = firstSpanFrom(spans, start); i < spans.length && spans[i].fallbackOffset < end; i++) {
    const span = spans[i];
    const tries: [number, number][] = [[span.offset, span.length], [span.fallbackOffset, span.fallbackLength]];
    for (const [offset, length] of tries) {
      if (offset < start || offset + length > end) continue;
      const at = value.indexOf(source.slice(offset, offset + length), cursor);
      if (at < 0) continue;
      if (at > cursor) nodes.push({ type: 'text', value: value.slice(cursor, at) });
      nodes.push({ type: 'link', url: span.href, title: span.title ?? null, children: [{ type: 'text', value: value.slice(at, at + length) }] });
      cursor = at + length;
      if (span.note) {
        // The note goes right after the citation's number (after a stop or comma that ends it, so the
        // sentence reads as written), marked by its link to the page's list of notes (CSS).
        const punctuation = /^[.,;:)]+/.exec(value.slice(cursor))?.[0] ?? '';
        if (punctuation && cursor + punctuation.length <= value.length) {
          nodes.push({ type: 'text', value: punctuation });
          cursor += punctuation.length;
        }
        nodes.push({ type: 'link', url: span.note.href, title: null, children: [{ type: 'text', value: ` [ghi chú: ${span.note.text}]` }] });
      }
      break;
    }
  }
  if (!nodes.length) return null;
  if (cursor < value.length) nodes.push({ type: 'text', value: value.slice(cursor) });
  return nodes;
}
