import mammoth from 'mammoth';
import { finish, type DecodedImport } from './decode.ts';
import { decodeTcvn3, latin1Bytes } from './legacy.ts';

/**
 * The text of a .docx, read through mammoth's document model (its public `transformDocument`
 * hook), written as the Markdown the rest of the importer reads: one paragraph a block, bold
 * paragraphs in **…**, superscripts in <sup>, footnotes as [^n] with their text at the end, table
 * cells (the header's two columns) one after another. Runs set in the old TCVN3 fonts (.VnTime…)
 * are read as TCVN3; VNI fonts are refused.
 */
export async function readDocx(bytes: Uint8Array): Promise<DecodedImport> {
  let root: DocNode | undefined;
  try {
    await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { transformDocument: (doc: DocNode) => (root = doc) });
  } catch (error) {
    return { ok: false, message: `không đọc được tệp .docx (${error instanceof Error ? error.message : String(error)})`, hint: 'mở tệp bằng Word, lưu lại dạng .docx (không phải .doc) rồi nhập lại' };
  }
  if (!root) return { ok: false, message: 'tệp .docx không có nội dung', hint: 'kiểm tra lại tệp' };
  const writer = new DocxWriter(root.notes);
  try {
    writer.blocks(root.children ?? []);
  } catch (error) {
    if (error instanceof VniFont) return { ok: false, message: `văn bản dùng phông VNI (${error.font}), một bảng mã cũ`, hint: 'mở tệp bằng Word, chuyển mã sang Unicode (Unikey: Công cụ chuyển mã), lưu lại rồi nhập lại' };
    throw error;
  }
  return finish(writer.text(), 'docx');
}

/** The parts of mammoth's document model this reader uses (lib/documents.js). */
interface DocNode {
  type: string;
  children?: DocNode[];
  value?: string;
  isBold?: boolean;
  font?: string | null;
  verticalAlignment?: string;
  styleName?: string | null;
  numbering?: { level: string; isOrdered: boolean } | null;
  noteType?: string;
  noteId?: string;
  body?: DocNode[];
  notes?: { resolve(reference: DocNode): DocNode | null };
}

class VniFont extends Error {
  readonly font: string;
  constructor(font: string) {
    super(font);
    this.font = font;
  }
}

class DocxWriter {
  private out: string[] = [];
  private notes: string[] = [];
  private counters: number[] = [];
  private readonly noteSource: DocNode['notes'];

  constructor(noteSource: DocNode['notes']) {
    this.noteSource = noteSource;
  }

  text(): string {
    const notes = this.notes.map((text, i) => `[^${i + 1}]: ${text}`);
    return [...this.out, ...notes].join('\n\n');
  }

  blocks(nodes: DocNode[]) {
    for (const node of nodes) {
      if (node.type === 'paragraph') this.paragraph(node);
      else if (node.type === 'table') this.walkTable(node);
      else if (node.children) this.blocks(node.children);
    }
  }

  /**
   * A one-row table is layout (the header's two columns, the signature beside "Nơi nhận"): its cells
   * are read one after another. A table of several rows holds data and stays a table.
   */
  private walkTable(node: DocNode) {
    const rows = node.children ?? [];
    if (rows.length < 2) {
      for (const row of rows) for (const cell of row.children ?? []) this.blocks(cell.children ?? []);
      return;
    }
    const text = (cell: DocNode) => (cell.children ?? [])
      .map((p) => collectRuns(p).map((r) => this.runText(r)).join('').replace(/\s+/g, ' ').trim())
      .filter(Boolean).join(' ').replace(/\|/g, '\\|');
    const cells = rows.map((row) => (row.children ?? []).map(text));
    const width = Math.max(...cells.map((r) => r.length));
    const line = (r: string[]) => `| ${[...r, ...Array(width - r.length).fill('')].join(' | ')} |`;
    this.out.push([line(cells[0]), `|${' --- |'.repeat(width)}`, ...cells.slice(1).map(line)].join('\n'));
  }

  private paragraph(node: DocNode) {
    const runs = collectRuns(node);
    const text = runs.map((r) => this.runText(r)).join('').replace(/[ \t]+/g, ' ').trim();
    if (!text) return;
    const bold = runs.filter((r) => r.text.trim()).every((r) => r.bold);
    const heading = /^Heading (\d)/i.exec(node.styleName ?? '');
    // Bold "I. …" and short bold "1. …" lines are the report's sections: Markdown headings, as the
    // staff guide writes them (## I. …, ### 1. …).
    const section = bold && !text.includes('\n') ? (/^[IVX]{1,4}\.\s/.test(text) ? 2 : /^\d{1,2}\.\s/.test(text) && text.length <= 150 ? 3 : 0) : 0;
    let line = bold && !heading && !section ? `**${text.replace(/\n/g, '**\n**')}**` : text;
    if (heading) line = `${'#'.repeat(Math.min(6, Number(heading[1]) + 1))} ${line}`;
    else if (section) line = `${'#'.repeat(section)} ${line}`;
    else if (node.numbering) line = `${this.marker(node.numbering)} ${line}`;
    this.out.push(line);
  }

  /** Word's automatic list numbers are not in the text; count them as Word does within one list. */
  private marker(numbering: { level: string; isOrdered: boolean }): string {
    const level = Number(numbering.level) || 0;
    if (!numbering.isOrdered) return '-';
    this.counters[level] = (this.counters[level] ?? 0) + 1;
    this.counters.length = level + 1;
    return `${this.counters[level]}.`;
  }

  private runText(run: Run): string {
    if (run.note) {
      const note = this.noteSource?.resolve(run.note);
      const body = note?.body ? note.body.map((p) => collectRuns(p).map((r) => decodeFont(r)).join('')).join(' ').trim() : '';
      this.notes.push(body);
      return `[^${this.notes.length}]`;
    }
    const text = decodeFont(run);
    if (run.sup && text.trim()) return `<sup>${text}</sup>`;
    if (run.sub && text.trim()) return `<sub>${text}</sub>`;
    return text;
  }
}

interface Run {
  text: string;
  bold: boolean;
  font: string | null;
  sup: boolean;
  sub: boolean;
  note?: DocNode;
}

/** Runs of a paragraph with their text; line breaks become newlines, tabs spaces. */
function collectRuns(node: DocNode, inherited?: DocNode): Run[] {
  const runs: Run[] = [];
  for (const child of node.children ?? []) {
    if (child.type === 'run') runs.push(...collectRuns(child, child));
    else if (child.type === 'text') runs.push(makeRun(child.value ?? '', inherited));
    else if (child.type === 'tab') runs.push(makeRun(' ', inherited));
    else if (child.type === 'break') runs.push(makeRun('\n', inherited));
    else if (child.type === 'noteReference') runs.push({ ...makeRun('', inherited), note: child });
    else if (child.children) runs.push(...collectRuns(child, inherited));
  }
  return runs;
}

function makeRun(text: string, run: DocNode | undefined): Run {
  return {
    text, bold: !!run?.isBold, font: run?.font ?? null,
    sup: run?.verticalAlignment === 'superscript', sub: run?.verticalAlignment === 'subscript',
  };
}

/** Text in a TCVN3 font (.VnTime, .VnTimeH for capitals) is TCVN3 bytes shown as Latin-1. */
function decodeFont(run: Run): string {
  const font = run.font ?? '';
  if (/^VNI[-\s]/i.test(font)) throw new VniFont(font);
  if (!/^\.Vn/i.test(font)) return run.text;
  const bytes = latin1Bytes(run.text);
  if (!bytes) return run.text;
  const text = decodeTcvn3(bytes);
  return /H$/.test(font) ? text.toUpperCase() : text;
}
