import { prepareLetterDraft } from '../letters/letter-draft.ts';
import type { BatchContext, Entry } from './entry.ts';
import type { DocumentDraft } from './document-draft.ts';
import type { DraftSource } from './source-record.ts';

/**
 * A request letter (công văn đề nghị báo cáo) in a batch: a document draft under directives/ with its
 * duty and outline (src/lib/letters), recorded in the summary like any other document. Refused when
 * the knowledge base already describes the letter, unless --force.
 */
export function prepareLetterEntry(entry: Entry, text: string, ctx: BatchContext, sourceName: string, source: DraftSource): Entry {
  const { letter, path, mdx, existing, unsafe } = prepareLetterDraft(text, ctx.kb, sourceName, source);
  const found = { number: letter.number ?? null, kind: 'cong-van', issued: letter.issued ?? null, issuer: letter.issuer ?? null, subject: letter.subject ?? null };
  Object.assign(entry, { kind: 'document', found, missing: letter.missing });
  if (existing) {
    entry.duplicate = { file: existing.source.file, reason: `cùng số ${letter.number}`, within: 'knowledge-base' };
    if (!ctx.force) return { ...entry, reason: `cơ sở tri thức đã có công văn này: ${existing.source.file}`, hint: `sửa tệp đó, hoặc thêm --force nếu đây thật là một văn bản khác; tạo bản nháp báo cáo: kb skeleton ${existing.id}` };
  }
  if (unsafe) return { ...entry, reason: `nội dung không an toàn để ghi: ${unsafe.message}`, hint: unsafe.hint };
  const draft: DocumentDraft = {
    kind: 'cong-van', number: letter.number, issued: letter.issued, issuer: letter.issuer, issuerUnit: letter.issuerUnit,
    subject: letter.subject, path, missing: letter.missing, mdx,
  };
  return { ...entry, status: 'would-write', prepared: { path, mdx, result: draft } };
}
