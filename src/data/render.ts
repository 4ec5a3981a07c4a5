import { citationLinkSpans, type LinkSpan } from '../lib/citations/link-spans.ts';
import { citationText } from '../lib/citations/print.ts';
import type { LegalDocument, Report, ReportCitation } from '../lib/model.ts';
import { readBody, renderBody } from '../lib/render/body.ts';
import { renderingFile } from '../lib/render/named-error.ts';
import { citedDocumentUrl } from '../lib/citations/register.ts';
import { citationLinks } from '../markdown/citation-links.ts';
import { contentRoot, getCatalog } from './kb.ts';

/**
 * Where a citation links: its document's /van-ban/ page, or its entry in the register of documents
 * we do not describe; a wrongly written one says what is right.
 */
function citationTarget(c: ReportCitation): { href: string; title?: string; note?: LinkSpan['note'] } | null {
  const catalog = getCatalog();
  const id = catalog.citations.idOf(c);
  const entry = id ? catalog.citations.get(id) : undefined;
  if (!entry) return null;
  const doc = c.mismatches.length && c.documentId ? catalog.document(c.documentId) : undefined;
  const right = doc ? citationText({ kind: doc.kind, number: doc.number, date: doc.issued, issuer: doc.issuer }) : undefined;
  const title = right ? `Ghi chưa đúng; văn bản là ${right}` : undefined;
  const note = right ? { text: `dẫn chưa đúng, đúng là ${right}`, href: `#${CITATION_NOTES_ID}` } : undefined;
  return { href: citedDocumentUrl(entry), title, ...(note && { note }) };
}

/** The id of a report page's list of citations written wrongly (CitationNotes.astro), where each note in the text leads. */
export const CITATION_NOTES_ID = 'ghi-chu-dan-chieu';

/** The HTML of a report's full text, each cited document linked to its page. */
export function renderReportBody(report: Report): string {
  return renderingFile(report.source.file, () => {
    const body = readBody(contentRoot, report.source.file);
    const spans = citationLinkSpans(report.citations, citationTarget);
    return renderBody(body, spans.length ? [citationLinks(body, spans)] : []);
  });
}

/** The HTML of our description of a document. */
export function renderDocumentBody(doc: LegalDocument): string {
  return renderingFile(doc.source.file, () => renderBody(readBody(contentRoot, doc.source.file)));
}
