import { stringify } from 'yaml';
import { normalizeNumber } from '../citations/number.ts';
import { cleanText } from '../import/clean.ts';
import { draftBodyProblems } from '../import/draft-safety.ts';
import { escapeMdx } from '../import/escape.ts';
import { ocrComment, type DraftSource } from '../import/source-record.ts';
import type { KnowledgeBase, LegalDocument } from '../model.ts';
import type { Problem } from '../problems.ts';
import { slugify } from '../text.ts';
import { readRequestLetter, type RequestLetter } from './read-letter.ts';

/** What the author sees for each field the letter did not give (the draft's comment and `unconfirmed`). */
export const letterFieldWords: Record<string, string> = {
  number: 'số công văn',
  issued: 'ngày ban hành',
  addressees: 'danh sách đơn vị được đề nghị báo cáo',
  deadline: 'hạn nộp báo cáo',
  period: 'kỳ báo cáo',
  outline: 'đề cương báo cáo (công văn không kèm, hoặc chưa đọc được)',
};

/** directives/cv-435-2022.mdx: kind, leading number and year, as the knowledge base names letters. */
export function letterId(letter: Pick<RequestLetter, 'number' | 'issued'>): string {
  const lead = letter.number ? slugify(letter.number.split('/')[0]) : 'chua-ro-so';
  return `cv-${lead || 'chua-ro-so'}-${letter.issued?.slice(0, 4) ?? 'chua-ro-nam'}`;
}

/** The document already described under the same number and date, if any. */
export function describedLetter(letter: Pick<RequestLetter, 'number' | 'issued'>, documents: readonly LegalDocument[]): LegalDocument | undefined {
  if (!letter.number) return undefined;
  const number = normalizeNumber(letter.number);
  return documents.find((d) => normalizeNumber(d.number) === number && (!letter.issued || d.issued === letter.issued));
}

/**
 * The directive draft: frontmatter with the duty filled in and the outline, a comment naming what
 * the letter did not say (never guessed), then the letter's full text as the body.
 */
export function renderLetterDraft(letter: RequestLetter, text: string, sourceName: string, source?: DraftSource): string {
  const unconfirmed = [
    ...letter.missing.map((key) => capitalise(letterFieldWords[key] ?? key)),
    ...letter.addressees.unresolved.map((a) => `Đơn vị được đề nghị báo cáo chưa xác định được: ${a}`),
  ];
  const data: Record<string, unknown> = {
    number: letter.number, kind: 'cong-van', issuer: letter.issuer, issuerUnit: letter.issuerUnit, issued: letter.issued,
    status: 'unknown', subject: letter.subject, sources: [`kb import từ "${sourceName}"`],
    unconfirmed: unconfirmed.length ? unconfirmed : undefined,
    duties: letter.duty ? [letter.duty] : undefined,
    outline: letter.outline.length ? letter.outline : undefined,
    imported: source?.imported,
  };
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
  const comment = [
    `Bản nháp do kb import tạo từ "${sourceName}": công văn đề nghị báo cáo. Đối chiếu với văn bản gốc trước khi gửi duyệt.`,
    ...(letter.missing.length ? [`Không tìm thấy trong công văn (để trống, không đoán): ${letter.missing.map((k) => `${k} — ${letterFieldWords[k] ?? k}`).join('; ')}.`] : []),
    ...(letter.duty ? [] : ['Chưa ghi "duties": công văn báo cáo một lần cần kỳ báo cáo (period); thêm khi đã rõ.']),
    ...ocrComment(source),
    ...letter.notes.map((n) => `Lưu ý: ${n}.`),
    ...(letter.deadline.evidence ? [`Hạn đọc từ: "${letter.deadline.evidence}".`] : []),
    `Khi văn bản đã vào cơ sở tri thức: npm run kb -- skeleton ${letterId(letter)} để tạo bản nháp báo cáo cho từng đơn vị.`,
  ].map((line) => `# ${line.replace(/\n/g, ' ')}\n`).join('');
  return `---\n${comment}${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n${letterBody(text)}`;
}

/** The letter's full text, never reworded, escaped so it is safe MDX. */
function letterBody(text: string): string {
  const clean = cleanText(text);
  const parts = clean.blocks.map(escapeMdx);
  for (const note of clean.footnotes) parts.push(`[^${note.label}]: ${escapeMdx(note.text)}`);
  return `${parts.join('\n\n')}\n`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A request letter read and drafted: what kb import writes, single file or in a batch. */
export interface LetterDraft {
  letter: RequestLetter;
  /** directives/<id>.mdx under the output root (the command finds a free name beside it). */
  path: string;
  mdx: string;
  /** The document the knowledge base already has under the same number and date. */
  existing?: LegalDocument;
  /** The first way the body breaks the MDX rules, if any: such a draft is not written. */
  unsafe?: Problem;
}

export function prepareLetterDraft(text: string, kb: Pick<KnowledgeBase, 'units' | 'documents'>, sourceName: string, source?: DraftSource): LetterDraft {
  const letter = readRequestLetter(text, kb);
  const path = `directives/${letterId(letter)}.mdx`;
  const mdx = renderLetterDraft(letter, text, sourceName, source);
  return { letter, path, mdx, existing: describedLetter(letter, kb.documents), unsafe: draftBodyProblems(mdx, path)[0] };
}
