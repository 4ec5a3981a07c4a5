import { findFullCitations, type FoundCitation } from './full.ts';
import { findShortForms } from './short.ts';
import type { Citation } from './types.ts';

/** Line and column (both 1-based) of every offset, from the offsets where lines start. */
function positioner(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

/**
 * The version of what parseCitations returns. Cached readings (report-citations.ts) are keyed by
 * it: raise it whenever the output for some text changes. test/unit/citations-version.test.ts
 * fails, naming this constant, when the output on the seeds and fixtures changes and it was not.
 */
export const PARSER_VERSION = 2;

/**
 * Every document cited in a text, in order: full citations (kind, số hiệu, date, issuer) and the
 * short forms that stand for them within the same text. Pure; the text is read as NFC and every
 * position refers to the NFC text (content files are stored NFC).
 */
export function parseCitations(input: string): Citation[] {
  const text = input.normalize('NFC');
  const full = findFullCitations(text);
  const shorts = findShortForms(text, full);
  const all: FoundCitation[] = [...full, ...shorts.map((s) => s.found)].sort((a, b) => a.start - b.start);
  const index = new Map(all.map((c, i) => [c, i]));
  const target = new Map(shorts.map((s) => [s.found, s.abbreviates]));
  const position = positioner(text);
  return all.map((c) => {
    const citation: Citation = {
      form: c.form, kind: c.kind, kindText: c.kindText, number: c.number, normalized: c.normalized,
      date: c.date, issuer: c.issuer, ...position(c.numberStart),
      offset: c.start, length: c.end - c.start, numberOffset: c.numberStart, numberLength: c.numberEnd - c.numberStart,
      raw: text.slice(c.start, c.end),
    };
    if (c.form === 'short') {
      const full = target.get(c);
      citation.abbreviates = full ? index.get(full)! : null;
    }
    return citation;
  });
}
