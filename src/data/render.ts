import type { LegalDocument, Report } from '../lib/model.ts';
import { readBody, renderBody } from '../lib/render/body.ts';
import { contentRoot } from './kb.ts';

/** The HTML of a report's full text. */
export function renderReportBody(report: Report): string {
  return renderBody(readBody(contentRoot, report.source.file));
}

/** The HTML of our description of a document. */
export function renderDocumentBody(doc: LegalDocument): string {
  return renderBody(readBody(contentRoot, doc.source.file));
}
