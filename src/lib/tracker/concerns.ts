import { parseCitations } from '../citations/parse.ts';
import { resolveCitations } from '../citations/resolve.ts';
import type { LegalDocument } from '../model.ts';

/**
 * The described documents a document is about, read from its own trích yếu with the one citation
 * parser: the Sở Ngoại vụ's Công văn 1353 "về việc báo cáo tình hình thực hiện Kế hoạch số 92/KH-UBND
 * … về triển khai thực hiện Chỉ thị số 12-CT/TW …" concerns Kế hoạch 92 and Chỉ thị 12. A plan that
 * guides a directive (the directive's `guidance`) carries the concern on to that directive. The
 * tracker counts a letter's reporting duties under these documents too, so the directive's page
 * shows who was asked to report on it, and whether they did.
 */
export function documentConcerns(documents: readonly LegalDocument[], guides: (documentId: string) => string[]): Map<string, string[]> {
  const concerns = new Map<string, string[]>();
  for (const doc of documents) {
    const named = resolveCitations(parseCitations(doc.subject), documents).flatMap((r) => (r ? [r.documentId] : []));
    const all = new Set<string>();
    const add = (id: string) => {
      if (id === doc.id || all.has(id)) return;
      all.add(id);
      guides(id).forEach(add);
    };
    named.forEach(add);
    if (all.size) concerns.set(doc.id, [...all]);
  }
  return concerns;
}
