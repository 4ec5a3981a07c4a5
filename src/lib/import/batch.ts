import { basename } from 'node:path';
import type { KnowledgeBase } from '../model.ts';
import { titleSimilarity } from './duplicates.ts';
import { prepareDocumentImport, type DocumentDraft } from './document-draft.ts';
import { readSource, type ReadOutcome } from './formats/read.ts';
import { prepareImport } from './index.ts';
import { draftBodyProblems } from './draft-safety.ts';
import type { BatchContext, Entry } from './entry.ts';
import { isRequestLetter } from '../letters/read-letter.ts';
import { prepareLetterEntry } from './letter-entry.ts';
import type { DraftSource } from './source-record.ts';

export type { BatchContext, Entry } from './entry.ts';

/** Reads one file (the slow part, run two at a time); analysis follows in order in `prepareEntry`. */
export function readInput(file: string, ctx: BatchContext): Promise<ReadOutcome> {
  return readSource(file, (sha) => (ctx.force ? undefined : ctx.known.get(sha)));
}

/** From what was read to the entry: the draft prepared, or why it is skipped or refused. */
export function prepareEntry(file: string, read: ReadOutcome, ctx: BatchContext): Entry {
  const entry: Entry = { input: file, status: 'refused', format: read.format, sha256: read.sha256 };
  if (!read.ok && read.known) return { ...entry, status: 'skipped', reason: read.message, draft: read.known };
  if (!read.ok) return { ...entry, reason: read.message, hint: read.hint, ...(read.line ? { line: read.line } : {}), ...(read.missingTool ? { missingTool: read.missingTool } : {}) };
  const already = ctx.known.get(read.sha256);
  if (already && !ctx.force) return { ...entry, status: 'skipped', reason: `đã nhập trước đây: ${already}`, draft: already };
  entry.encoding = read.encoding;
  if (read.ocr) entry.ocr = { pages: read.ocr.pages, confidence: read.ocr.confidence, lowLines: read.ocr.lowLines.length };
  const source = draftSource(file, read);
  // A công văn asking for a report becomes a document with its duty and outline (src/lib/letters).
  if (isRequestLetter(read.text)) return prepareLetterEntry(entry, read.text, ctx, basename(file), source);
  const document = prepareDocumentImport(read.text, ctx.kb, basename(file), source);
  if (document) {
    const found = { number: document.number ?? null, kind: document.kind, issued: document.issued ?? null, issuer: document.issuer ?? null, subject: document.subject ?? null };
    Object.assign(entry, { kind: 'document', found, missing: document.missing });
    // A duplicate of the knowledge base is refused, or with --force written and still named as one.
    if (document.duplicate) entry.duplicate = { ...document.duplicate, within: 'knowledge-base' };
    if (document.duplicate && !ctx.force) return { ...entry, reason: `cơ sở tri thức đã có văn bản này: ${document.duplicate.file} (${document.duplicate.reason})`, hint: 'thêm --force nếu đây thật là một văn bản khác' };
    const twin = document.number ? ctx.drafted.find((d) => d.kind === 'document' && d.number === document.number) : undefined;
    if (twin) {
      entry.duplicate = { file: twin.path, reason: `cùng số ${document.number}`, within: 'batch' };
      document.mdx = document.mdx.replace(/^---\n/, `---\n# Trùng với ${twin.path} (cùng đợt nhập, ${twin.input}): giữ một bản, xóa bản kia.\n`);
    }
    // The same MDX rules as a report's draft: a document draft the build would refuse is not written.
    const unsafe = draftBodyProblems(document.mdx, document.path)[0];
    if (unsafe) return { ...entry, reason: `nội dung không an toàn để ghi: ${unsafe.message}`, hint: unsafe.hint };
    return { ...entry, status: 'would-write', prepared: { path: document.path, mdx: document.mdx, result: document } };
  }
  const result = prepareImport(read.text, ctx.kb, basename(file), source);
  const keys = ['number', 'kind', 'issued', 'place', 'issuer', 'title', 'unit', 'period', 'request'] as const;
  Object.assign(entry, { kind: 'report', found: Object.fromEntries(keys.map((k) => [k, result[k] ?? null])), missing: result.missing });
  if (result.duplicate) entry.duplicate = { ...result.duplicate, within: 'knowledge-base' };
  if (result.duplicate && !ctx.force) {
    return { ...entry, reason: `cơ sở tri thức đã có báo cáo này: ${result.duplicate.file} (${result.duplicate.reason})`, hint: 'mở tệp đó để cập nhật, hoặc thêm --force nếu đây thật là một văn bản khác' };
  }
  const twin = ctx.drafted.find((d) => d.kind === 'report' && d.unit === result.unit && d.period === result.period && !!result.unit && !!result.period
    && ((!!d.number && d.number === result.number) || titleSimilarity(d.title ?? '', result.title ?? '') >= 0.8));
  // The same report twice in one archive (the Word file and the signed scan) is written all the same,
  // nothing lost, and named as a duplicate in the summary and the draft, for the author to keep one.
  if (twin) {
    entry.duplicate = { file: twin.path, reason: 'cùng đơn vị, kỳ và số hoặc trích yếu', within: 'batch' };
    result.mdx = result.mdx.replace(/^---\n/, `---\n# Trùng với ${twin.path} (cùng đợt nhập, ${twin.input}): giữ một bản, xóa bản kia.\n`);
  }
  if (result.bodyProblems.length) return { ...entry, reason: `nội dung không an toàn để ghi: ${result.bodyProblems[0].message}`, hint: result.bodyProblems[0].hint };
  return { ...entry, status: 'would-write', prepared: { path: result.path, mdx: result.mdx, result } };
}

/** What a draft records of the file it was read from (frontmatter `imported`) and its OCR lines. */
export function draftSource(file: string, read: Extract<ReadOutcome, { ok: true }>): DraftSource {
  return {
    imported: { file: basename(file), sha256: read.sha256, format: read.format, ocr: !!read.ocr, ...(read.ocr ? { confidence: read.ocr.confidence } : {}) },
    ocrPages: read.ocr?.pages, lowLines: read.ocr?.lowLines,
  };
}

/** Remembers a draft just written, so later files of the batch that repeat it are named as duplicates. */
export function recordDraft(ctx: BatchContext, entry: Entry) {
  const found = entry.found ?? {};
  const value = (key: string) => found[key] ?? undefined;
  ctx.drafted.push({ path: entry.draft!, input: basename(entry.input), kind: entry.kind, unit: value('unit'), period: value('period'), number: value('number'), title: value('title') ?? value('subject') });
}

/** Runs `work` over items with at most `limit` at a time, handing each result over in input order. */
export async function inOrderPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>, done: (item: T, result: R, index: number) => void | Promise<void>): Promise<void> {
  const pending: Promise<R>[] = [];
  let next = 0;
  // A slot is refilled as soon as any file finishes, so a slow scan does not hold the other core idle.
  const start = (): void => { if (next < items.length) { const i = next++; pending[i] = work(items[i]).finally(start); } };
  for (let i = 0; i < limit; i++) start();
  for (let i = 0; i < items.length; i++) {
    const result = await pending[i];
    await done(items[i], result, i);
  }
}
