import type { ReportCitation } from '../model.ts';
import { parseCitations } from './parse.ts';

/** A stretch of the Markdown source to turn into a link: the citation, or failing that its number alone. */
export interface LinkSpan {
  offset: number;
  length: number;
  /** The number alone, used when the whole citation is split across nodes (**Nghị quyết** số 22-NQ/TW). */
  fallbackOffset: number;
  fallbackLength: number;
  href: string;
  title?: string;
}

/**
 * Where to put the links in a report body: the parser is run again on the same body the loader read,
 * so its citations line up one for one with `cited` (checked by number, skipped where they do not).
 * The span runs from the kind word through the number ("Nghị quyết số 22-NQ/TW"), not over the date.
 */
export function citationLinkSpans(
  body: string,
  cited: readonly ReportCitation[],
  link: (c: ReportCitation) => { href: string; title?: string } | null,
): LinkSpan[] {
  const parsed = parseCitations(body);
  const spans: LinkSpan[] = [];
  parsed.forEach((c, i) => {
    const known = cited[i];
    if (!known || known.normalized !== c.normalized && known.number !== c.number) return;
    const target = link(known);
    if (!target) return;
    const numberEnd = c.numberOffset + c.numberLength;
    spans.push({ offset: c.offset, length: numberEnd - c.offset, fallbackOffset: c.numberOffset, fallbackLength: c.numberLength, ...target });
  });
  return spans;
}
