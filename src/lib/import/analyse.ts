import type { KnowledgeBase } from '../model.ts';
import { cleanText } from './clean.ts';
import { readClosing } from './closing.ts';
import { escapeMarkdownText, escapeMdx } from './escape.ts';
import { findPeriod } from './find-period.ts';
import { readHeader } from './header.ts';
import { issuerAtTop } from './issuer.ts';
import { ROMAN_HEADING, toLines } from './lines.ts';
import { findReferences, type CitedDocument } from './references.ts';
import { findTasks } from './tasks.ts';
import { matchUnit, unitNamedIn } from './units.ts';

/** Everything the importer found in a document. Absent fields were not found and are never guessed. */
export interface Analysis {
  number?: string;
  symbol?: string;
  kind?: 'bao-cao' | 'cong-van' | 'to-trinh';
  issued?: string;
  place?: string;
  title?: string;
  /** The issuing body as printed at the top left (ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN); `unit` is what it matched. */
  issuer?: string;
  unit?: string;
  /** Units the text named equally, when it did not settle which one issued it. */
  unitCandidates: string[];
  period?: string;
  recipient?: string;
  request?: string;
  /** The letter answered, as printed, when the knowledge base does not describe it yet. */
  requestCitation?: CitedDocument;
  directives: string[];
  cited: CitedDocument[];
  signer?: { name: string; capacity: string[] };
  recipients: string[];
  tasks: { id: string; title: string; due?: string; kind: 'direction' | 'request'; owner?: string; addressee?: string }[];
  /** The full text as an MDX body: cleaned of page furniture, never reworded, safe to render. */
  body: string;
  /** Why each found value was taken (unit, period), in the text's words. */
  evidence: Record<string, string>;
  /** Things the author should look at: a date that does not exist, a number left blank. */
  notes: string[];
}

export function analyseReport(text: string, kb: KnowledgeBase, options: { plainText?: boolean } = {}): Analysis {
  const clean = cleanText(text);
  const lines = toLines(clean.blocks);
  const header = readHeader(lines);
  const closing = readClosing(lines, header.end);
  const introEnd = lines.findIndex((l, i) => i >= header.end && (ROMAN_HEADING.test(l.text) || /^\d{1,2}[.)]\s/.test(l.text)));
  const intro = lines.slice(header.end, introEnd < 0 ? Math.min(lines.length, header.end + 6) : introEnd).map((l) => l.text).join('\n');
  const plainText = [...lines.map((l) => l.text), ...clean.footnotes.map((n) => n.text)].join('\n');

  const notes: string[] = [];
  const evidence: Record<string, string> = {};
  const unit = matchUnit(kb.units, { issuerLines: header.issuerLines, text: plainText, capacity: closing.signer?.capacity ?? [], place: header.place, issued: header.issued });
  if (unit.evidence) evidence.unit = unit.evidence;
  const period = findPeriod(header.title, intro);
  if (period.evidence) evidence.period = period.evidence;
  const refs = findReferences(header.title, intro, plainText, kb.documents);
  const province = kb.units.find((u) => u.id === unit.unit)?.province;
  const tasks = findTasks(lines, header.end, closing.start, header.title, period.period).map(({ section: _, ...task }) => {
    const owner = task.kind === 'request' && task.addressee ? unitNamedIn(task.addressee, kb.units, province) : undefined;
    return owner ? { ...task, owner } : task;
  });

  if (header.symbol && !header.number) notes.push(`bản sao để trống số văn bản (…/${header.symbol}); điền "number" khi có bản chính thức`);
  if (header.badDate) notes.push(`ngày ghi trên văn bản không tồn tại: "${header.badDate}"; để trống "issued"`);

  return {
    number: header.number, symbol: header.symbol, kind: header.kind, issued: header.issued, place: header.place,
    title: header.title, issuer: issuerAtTop(lines), unit: unit.unit, unitCandidates: unit.candidates, period: period.period,
    recipient: header.recipient, request: refs.request, requestCitation: refs.requestCitation,
    directives: refs.directives, cited: refs.cited, signer: closing.signer, recipients: closing.recipients,
    tasks, body: renderBody(clean.blocks, clean.footnotes, options.plainText), evidence, notes,
  };
}

/** The body as MDX; a source that is not Markdown (plainText) has its Markdown-looking text escaped too. */
function renderBody(blocks: string[], footnotes: { label: string; text: string }[], plainText = false): string {
  const escape = (text: string) => escapeMdx(plainText ? escapeMarkdownText(text) : text);
  const parts = blocks.map(escape);
  for (const note of footnotes) parts.push(`[^${note.label}]: ${escape(note.text)}`);
  return `${parts.join('\n\n')}\n`;
}
