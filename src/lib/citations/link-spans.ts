import type { ReportCitation } from '../model.ts';

/** A stretch of the Markdown source to turn into a link: the citation, or failing that its number alone. */
export interface LinkSpan {
  offset: number;
  length: number;
  /** The number alone, used when the whole citation is split across nodes (**Nghị quyết** số 22-NQ/TW). */
  fallbackOffset: number;
  fallbackLength: number;
  href: string;
  title?: string;
  /**
   * A citation written wrongly: the note shown right after it, in the text itself, so a phone or a
   * printed page shows it too (a hover title does not). `href` leads to the page's list of such notes.
   */
  note?: { text: string; href: string };
}

/**
 * Where to put the links in a report body, from the positions the loader recorded for its citations.
 * The span runs from the kind word through the number ("Nghị quyết số 22-NQ/TW"), not over the date.
 */
export function citationLinkSpans(
  cited: readonly ReportCitation[],
  link: (c: ReportCitation) => { href: string; title?: string; note?: LinkSpan['note'] } | null,
): LinkSpan[] {
  const spans: LinkSpan[] = [];
  for (const c of cited) {
    const target = link(c);
    if (!target) continue;
    const numberEnd = c.at.numberOffset + c.at.numberLength;
    spans.push({ offset: c.at.offset, length: numberEnd - c.at.offset, fallbackOffset: c.at.numberOffset, fallbackLength: c.at.numberLength, ...target });
  }
  return spans;
}
