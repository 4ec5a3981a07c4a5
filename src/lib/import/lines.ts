import { foldVietnamese } from '../text.ts';

/**
 * The document as the header and task finders read it: every line of every block with its Markdown
 * marks taken off ("## **BÁO CÁO**" → "BÁO CÁO"), and where it sits.
 */
export interface Line {
  /** The text without Markdown marks, spaces collapsed. */
  text: string;
  /** Folded to lower-case ASCII (foldVietnamese) for matching words whatever their marks. */
  folded: string;
  /** Index of the block (paragraph) the line belongs to. */
  block: number;
  /** Whether it is the first line of its block. */
  first: boolean;
  /** Whether it was marked as a heading or set in bold on its own. */
  emphasised: boolean;
}

export function toLines(blocks: readonly string[]): Line[] {
  const lines: Line[] = [];
  blocks.forEach((block, index) => {
    block.split('\n').forEach((raw, i) => {
      const text = plain(raw);
      if (!text) return;
      const emphasised = /^\s*#{1,6}\s/.test(raw) || /^\s*(?:#{1,6}\s*)?[*_]{2,3}.*[*_]{2,3}\s*$/.test(raw);
      lines.push({ text, folded: fold(text), block: index, first: i === 0, emphasised });
    });
  });
  return lines;
}

/** Markdown marks off: headings, emphasis, footnote markers, escapes, <sup>. */
export function plain(markdown: string): string {
  return markdown
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/<\/?(?:sup|sub|br)\s*\/?>/g, '')
    .replace(/(\*{1,3}|_{2,3})(?=\S)|(?<=\S)(\*{1,3}|_{2,3})/g, '')
    .replace(/\\([\\*_#\-+.!<>{}[\]()])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower-case ASCII for matching. */
export function fold(text: string): string {
  return foldVietnamese(text).toLowerCase();
}

/** Text in capitals (headings, the issuing body, the signature block). */
export function isCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text.replace(/\b(?:V\/v|v\/v)\b/g, ''));
}

/** "I. …" (Roman numeral), the level of the main sections of a report. */
export const ROMAN_HEADING = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)[.)]\s*\S/;
