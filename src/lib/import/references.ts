import { numberKey, parseCitations } from '../citations/index.ts';
import { resolveCitations } from '../citations/resolve.ts';
import type { LegalDocument } from '../model.ts';
import { fold } from './lines.ts';

/** A citation as the import reports it: what was printed, and the known document it is, if any. */
export interface CitedDocument {
  number: string;
  date: string | null;
  kind: string;
  issuer: string | null;
  /** The id of the known document (directives/<id>.mdx) it resolves to. */
  id?: string;
  /** How often the text cites it (full and short forms). */
  count: number;
  /** Cited in the title. */
  inTitle: boolean;
}

export interface References {
  /** The letter the report answers, as a known document id. */
  request?: string;
  /** The letter the report answers as printed, when no known document matches it (to add one). */
  requestCitation?: CitedDocument;
  /** Known documents the report reports on: cited in its title, or again and again in its text. */
  directives: string[];
  /** Every document cited, known or not. */
  cited: CitedDocument[];
}

/** Sentences that name the letter asking for the report. */
const ASKS = /(?:theo de nghi|thuc hien|nhan duoc|theo yeu cau|phuc dap|tra loi)[^.;]{0,80}$/;

/**
 * The request a report answers and the directives it reports on, from the citations the one parser
 * (src/lib/citations) finds and its resolver matches to the documents the knowledge base describes.
 */
export function findReferences(title: string | undefined, intro: string, fullText: string, documents: readonly LegalDocument[]): References {
  const all = parseCitations(fullText);
  const resolved = resolveCitations(all, documents);
  const titleKeys = new Set(parseCitations(title ?? '').map((c) => numberKey(c.normalized)));
  const cited = new Map<string, CitedDocument>();
  all.forEach((c, i) => {
    const target = c.form === 'short' && c.abbreviates != null ? all[c.abbreviates] : c;
    const id = resolved[i]?.documentId;
    // A short form counts for the document it stands for; one that names nothing is left out.
    if (c.form === 'short' && !id && c.abbreviates == null) return;
    const key = id ?? `${numberKey(target.normalized)}|${target.date ?? ''}`;
    const entry = cited.get(key) ?? {
      number: target.number, date: target.date, kind: target.kind, issuer: target.issuer,
      id, count: 0, inTitle: false,
    };
    entry.count++;
    if (titleKeys.has(numberKey(target.normalized))) entry.inTitle = true;
    cited.set(key, entry);
  });
  const list = [...cited.values()];
  const request = requestIn(intro, documents);
  const directives = list.filter((c) => c.id && c.id !== request?.id && (c.inTitle || c.count >= 2)).map((c) => c.id!);
  return { request: request?.id, requestCitation: request && !request.id ? request : undefined, directives, cited: list };
}

/**
 * The first letter cited in an opening sentence such as "Theo đề nghị của Sở Ngoại vụ tại Công văn
 * số …", resolved by the citations module against the documents the knowledge base describes.
 */
function requestIn(intro: string, documents: readonly LegalDocument[]): CitedDocument | undefined {
  const folded = fold(intro);
  const citations = parseCitations(intro);
  const resolved = resolveCitations(citations, documents);
  for (const [i, c] of citations.entries()) {
    if (c.form !== 'full' || !['cong-van', 'van-ban', 'thong-bao', 'cong-dien'].includes(c.kind)) continue;
    if (!ASKS.test(folded.slice(Math.max(0, c.offset - 120), c.offset))) continue;
    return { number: c.number, date: c.date, kind: c.kind, issuer: c.issuer, id: resolved[i]?.documentId, count: 1, inTitle: false };
  }
  return undefined;
}
