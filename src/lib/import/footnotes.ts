/**
 * Footnotes sit at the bottom of each page in a copy, often cutting a paragraph in two. They are
 * taken out of the text and kept as Markdown footnotes ([^1] in the text, "[^1]: …" at the end).
 *
 * Two shapes are recognised:
 * - a PDF copy: a line of spaces or underscores (the rule above the notes), then " 1 Text…" lines;
 *   the notes end at the page number or where the next page's text resumes (an indented line);
 *   the marker in the text is the number glued to a word ("quốc tế1 bằng");
 * - Markdown from Word: a "---" line, then paragraphs opening with "<sup>1</sup>".
 */
export interface Footnote {
  label: string;
  text: string;
}

const RULE = /^(?:\s{20,}|\s*_{10,}\s*)$/;
const PDF_NOTE = /^\s+(\d{1,2})\s+(\S.*)$/;
const MD_NOTE = /^<sup>(\d{1,3})<\/sup>\s*(.*)$/;
const PAGE_NUMBER = /^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$/;

export function extractFootnotes(lines: string[], wrapped: boolean): { lines: string[]; footnotes: Footnote[] } {
  return wrapped ? extractPdfNotes(lines) : extractMarkdownNotes(lines);
}

function extractPdfNotes(lines: string[]): { lines: string[]; footnotes: Footnote[] } {
  const body: string[] = [];
  const footnotes: Footnote[] = [];
  let markerSearchFrom = 0;
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i + 1] !== undefined ? nextFilled(lines, i + 1) : -1;
    if (!RULE.test(lines[i]) || first < 0 || !PDF_NOTE.test(lines[first])) {
      body.push(lines[i].trimEnd());
      continue;
    }
    let j = first;
    while (j < lines.length) {
      const start = PDF_NOTE.exec(lines[j]);
      if (!start) break;
      const note: Footnote = { label: start[1], text: start[2].trim() };
      j++;
      for (; j < lines.length; j++) {
        const line = lines[j];
        if (!line.trim()) continue;
        if (PAGE_NUMBER.test(line) || /^\s/.test(line) || RULE.test(line)) break;
        note.text = joinNoteLine(note.text, line.trim());
      }
      footnotes.push(note);
      markerSearchFrom = markInText(body, note.label, markerSearchFrom);
      if (j < lines.length && !PDF_NOTE.test(lines[j])) break;
    }
    i = j - 1;
  }
  return { lines: body, footnotes };
}

function nextFilled(lines: string[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i].trim()) return i;
  return -1;
}

function joinNoteLine(text: string, line: string): string {
  return /\S-$/.test(text) ? text + line : `${text} ${line}`;
}

/** Replaces the note's marker, a number glued to the end of a word, with [^n]; returns where it was. */
function markInText(body: string[], label: string, from: number): number {
  const marker = new RegExp(`(\\p{Ll}[”"]?)${label}(?![\\d/])`, 'u');
  for (let i = from; i < body.length; i++) {
    if (marker.test(body[i])) {
      body[i] = body[i].replace(marker, `$1[^${label}]`);
      return i;
    }
  }
  return from;
}

function extractMarkdownNotes(lines: string[]): { lines: string[]; footnotes: Footnote[] } {
  const body: string[] = [];
  const footnotes: Footnote[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = MD_NOTE.exec(lines[i].trim());
    if (!start || (i > 0 && lines[i - 1].trim())) {
      body.push(lines[i]);
      continue;
    }
    // The rule Word puts above the notes goes with them.
    const last = lastFilled(body);
    if (last >= 0 && body[last].trim() === '---') body.length = last;
    const note: Footnote = { label: start[1], text: start[2] };
    while (i + 1 < lines.length && lines[i + 1].trim()) note.text += ` ${lines[++i].trim()}`;
    footnotes.push(note);
  }
  let searchFrom = 0;
  for (const note of footnotes) searchFrom = replaceSup(body, note.label, searchFrom);
  return { lines: body, footnotes };
}

function lastFilled(lines: string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i].trim()) return i;
  return -1;
}

function replaceSup(body: string[], label: string, from: number): number {
  const sup = `<sup>${label}</sup>`;
  for (let i = from; i < body.length; i++) {
    if (body[i].includes(sup)) {
      body[i] = body[i].replace(sup, `[^${label}]`);
      return i;
    }
  }
  return from;
}
