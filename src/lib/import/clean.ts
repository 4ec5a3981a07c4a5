import { extractFootnotes } from './footnotes.ts';
import { isCapitals } from './lines.ts';

/**
 * The text of a document as paragraphs of Markdown: lines that a PDF copy or a page break cut are
 * joined again, page numbers dropped, footnotes moved to the end as [^n]. Words are never changed;
 * only line breaks, page furniture and Markdown marks are.
 */
export interface CleanText {
  /** Paragraphs (Markdown blocks) in order. */
  blocks: string[];
  /** Footnote texts by their number, in order of appearance. */
  footnotes: { label: string; text: string }[];
  /** True when the text was hard-wrapped like a PDF copy (every line cut at the page width). */
  wrapped: boolean;
}

const TERMINAL = /[.:;!?…"”’)\]*]$|\.\/\.$/;
const LIST_START = /^(?:[-+•*]\s|\d{1,2}[.)]\s|\d{1,2}\.\d{1,2}\.?\s|[a-zđ][).]\s|[IVX]{1,4}\.\s|#)/u;
const PAGE_NUMBER = /^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$/;
const HEADER_LINE = /^(?:Số\s*[:.]?\s*[\d.…]*\s*[/-]|Số\s*:|Kính gửi|CỘNG HO[ÀA]|Độc lập|ĐỘC LẬP|ĐẢNG CỘNG SẢN|Nơi nhận)/u;
/** Words a Vietnamese sentence never ends on: a line stopping on one goes on below. */
const DANGLING = /(?:^|\s)(?:của|và|về|cho|tại|với|các|những|theo|trong|được|để|đến|từ|trên|bằng|nhằm|hoặc|nhưng|số|ngày|tháng)$/u;
const DATE_IN_LINE = /,\s*ngày\s*\d{0,2}\s*(?:tháng\s*\d{0,2}\s*năm\s*\d{4}|\/)/u;

export function cleanText(text: string): CleanText {
  // Trailing spaces stay for now: a line of spaces is the rule above a PDF copy's footnotes.
  const lines = text.split('\n').map((line) => line.replace(/\t/g, ' '));
  const wrapped = looksWrapped(lines.map((line) => line.trimEnd()));
  const perLine = !wrapped && paragraphPerLine(lines);
  const { lines: bodyLines, footnotes } = extractFootnotes(lines, wrapped);
  const kept = wrapped ? bodyLines.filter((line) => !PAGE_NUMBER.test(line)) : bodyLines;
  const blocks = joinBlocks(perLine ? splitLines(kept) : splitBlocks(kept, wrapped), wrapped, fullWidth(kept));
  return { blocks: wrapped || perLine ? blocks.map(markHeading) : blocks, footnotes, wrapped };
}

/**
 * Word's "Save as plain text" and text pasted from it put a paragraph on each line with no blank
 * line between: every line is then a paragraph (and "I. …" lines headings), not one long block.
 * Markdown and typed text leave blank lines between paragraphs.
 */
function paragraphPerLine(lines: string[]): boolean {
  const filled = lines.filter((line) => line.trim()).length;
  return filled >= 8 && lines.length - filled <= filled * 0.1;
}

/** A block per line, except that a table's rows (| … |) stay one block. */
function splitLines(lines: string[]): string[][] {
  const blocks: string[][] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const last = blocks.at(-1);
    if (last && /^\s*\|/.test(line) && /^\s*\|/.test(last.at(-1)!)) last.push(line);
    else blocks.push([line]);
  }
  return blocks;
}

/**
 * A PDF copy cuts every line near the page width, so many lines end mid-sentence and the next
 * starts in lower case. Paragraph text (Word, Markdown) has few such lines, and long ones.
 */
function looksWrapped(lines: string[]): boolean {
  const filled = lines.map((l) => l.trim()).filter(Boolean);
  let cuts = 0;
  for (let i = 0; i + 1 < filled.length; i++) {
    if (!TERMINAL.test(filled[i]) && /^\p{Ll}/u.test(filled[i + 1])) cuts++;
  }
  // Paragraph text has long lines; a page is rarely wider than about 110 characters.
  const lengths = filled.map((l) => l.length).sort((a, b) => a - b);
  const typical = lengths[Math.floor(lengths.length * 0.75)] ?? 0;
  return cuts >= 3 && cuts >= filled.length * 0.1 && typical <= 110;
}

/** The width a full line of the copy reaches: lines at least this long were cut by the page. */
function fullWidth(lines: string[]): number {
  const lengths = lines.map((l) => l.trim().replace(/\s{2,}/g, ' ').length).filter((n) => n > 0).sort((a, b) => a - b);
  if (!lengths.length) return Infinity;
  return Math.floor(lengths[Math.floor(lengths.length * 0.9)] * 0.75);
}

/** Blocks are runs of non-blank lines; in a PDF copy every line is its own block. */
function splitBlocks(lines: string[], wrapped: boolean): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (!line.trim()) {
      if (current.length) blocks.push(current);
      current = [];
    } else if (wrapped) {
      // A PDF copy spaces out columns and justified lines; one space reads the same.
      blocks.push([line.trim().replace(/\s{2,}/g, ' ')]);
    } else {
      current.push(line);
    }
  }
  if (current.length) blocks.push(current);
  return blocks;
}

/**
 * Joins a block to the one before when the break fell mid-sentence. The pieces of a joined block
 * are kept in a list and joined once: appending to the growing string (and trimming its end with a
 * regular expression) each time made a 1 MB PDF copy, nearly one block, take a minute.
 */
function joinBlocks(blocks: string[][], wrapped: boolean, width: number): string[] {
  const out: string[][] = [];
  let lastLine = '';
  for (const block of blocks) {
    const text = (wrapped ? block.join(' ') : block.join('\n')).trimStart();
    const pieces = out.at(-1);
    if (pieces && continues(lastLine, text, wrapped, width)) {
      // A word cut at its hyphen ("22-" / "NQ/TW") is one word again.
      const glue = /\S-$/.test(lastLine) && /^\S/.test(text) ? '' : ' ';
      pieces[pieces.length - 1] = pieces[pieces.length - 1].trimEnd();
      pieces.push(glue, text);
    } else {
      out.push([text]);
    }
    lastLine = block.at(-1)!.trim();
  }
  return out.map((pieces) => pieces.join(''));
}

/** Whether a block goes on from the line before it (`lastLine`, the previous block's last line). */
function continues(lastLine: string, next: string, wrapped: boolean, width: number): boolean {
  if (LIST_START.test(next) || /^(?:\*\*|#|---|\[\^|<sup>|\|)/.test(next)) return false;
  // Header lines stand alone: the number, the date line, the national motto, the addressee.
  if (HEADER_LINE.test(next) || HEADER_LINE.test(lastLine) || DATE_IN_LINE.test(next) || DATE_IN_LINE.test(lastLine)) return false;
  // A công văn's "V/v …" starts its own block, and may run onto the next lines.
  if (/^V\/v\b/.test(next)) return false;
  if (wrapped && isCapitals(lastLine) !== isCapitals(next) && !/^\p{Ll}/u.test(next)) return false;
  if (!wrapped && /^(?:[-*+#|]|\d{1,2}[.)]\s)/.test(lastLine)) return false;
  const lower = /^\p{Ll}/u.test(next);
  if (TERMINAL.test(lastLine) && !(lower && /;$/.test(lastLine))) return false;
  if (lower) return true;
  // A heading in capitals running onto a second line ("I. KẾT QUẢ … QUỐC TẾ 6" / "THÁNG ĐẦU NĂM 2022").
  if (/^(?:#+\s*)?(?:[IVX]{1,4}|\d{1,2})\.\s/.test(lastLine) && isCapitals(lastLine) && isCapitals(next)) return true;
  // In a PDF copy a full line that stops without punctuation goes on, whatever the next begins with
  // ("… của Thủ tướng" / "Chính phủ phê duyệt"); so does a short one that stops on a word no
  // sentence ends with (a narrow column's "thực hiện Chỉ thị 04-CT/TW của" / "Ban Bí thư …").
  return wrapped && (lastLine.length >= width || DANGLING.test(lastLine));
}

/** In a PDF copy, "I. …" and short "1. …" lines are headings: give them Markdown heading marks. */
function markHeading(block: string): string {
  if (/^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s+\S/.test(block) && block.length <= 200) return `## ${block}`;
  if (/^\d{1,2}\.\s+\p{Lu}/u.test(block) && block.length <= 120 && !/[.;]$/.test(block)) return `### ${block}`;
  return block;
}
