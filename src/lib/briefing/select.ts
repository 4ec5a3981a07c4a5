import { lineage, type Catalog } from '../kb/catalog.ts';
import type { LegalDocument } from '../model.ts';

/** Letters and reports are answered, not taught: they get no briefing of their own. */
const notTaught = new Set(['cong-van', 'bao-cao', 'to-trinh', 'thong-bao']);

/** Documents that get a briefing: every directive-like document (nghị quyết, chỉ thị, nghị định…). */
export function briefingDocuments(catalog: Catalog): LegalDocument[] {
  return catalog.kb.documents.filter((doc) => !notTaught.has(doc.kind));
}

/** A line of documents that continue one another (44-CT/TW → 04-CT/TW → 12-CT/TW): one topic. */
export interface BriefingTopic {
  /** The newest document's subject names the topic. */
  subject: string;
  documents: LegalDocument[];
}

/**
 * Briefings grouped by lineage, the topics with reports first. A document with no predecessor or
 * successor is a topic of its own.
 */
export function briefingTopics(catalog: Catalog, reportCount: (doc: LegalDocument) => number): BriefingTopic[] {
  const docs = briefingDocuments(catalog);
  const taught = new Set(docs.map((d) => d.id));
  const seen = new Set<string>();
  const topics: BriefingTopic[] = [];
  for (const doc of docs) {
    if (seen.has(doc.id)) continue;
    const chain = lineage(catalog, doc.id).filter((d) => taught.has(d.id));
    chain.forEach((d) => seen.add(d.id));
    topics.push({ subject: chain.at(-1)!.subject, documents: chain });
  }
  const total = (t: BriefingTopic) => t.documents.reduce((sum, d) => sum + reportCount(d), 0);
  return topics.sort((a, b) => total(b) - total(a) || b.documents.at(-1)!.issued.localeCompare(a.documents.at(-1)!.issued));
}
