import { buildBriefing, QUOTED_REPORTS, reportsUnder, type Briefing } from '../lib/briefing/build.ts';
import { buildTopicBriefing } from '../lib/briefing/topic.ts';
import type { LegalDocument } from '../lib/model.ts';
import { quoteMarkdown } from '../lib/briefing/quote.ts';
import { readBody, renderBody } from '../lib/render/body.ts';
import { getCatalog, contentRoot } from './kb.ts';

/** The inputs every briefing is built from: the public catalog and the report bodies on disk. */
function inputs() {
  return { catalog: getCatalog(), bodyOf: (report: { source: { file: string } }) => readBody(contentRoot, report.source.file) };
}

/** The briefing on a document, from the public knowledge base. */
export function getBriefing(documentId: string): Briefing | undefined {
  return buildBriefing(inputs(), documentId);
}

/** The files a document's briefing shows text from: its own, and the reports it quotes. */
export function briefingFiles(doc: LegalDocument): string[] {
  return [doc.source.file, ...reportsUnder(inputs(), doc).slice(0, QUOTED_REPORTS).map((r) => r.report.source.file)];
}

/** The briefing on a whole line of documents (see lib/briefing/topic.ts). */
export function getTopicBriefing(documentIds: readonly string[]): Briefing | undefined {
  return buildTopicBriefing(inputs(), documentIds);
}

/** How many reports a document's briefing covers (for the index). */
export function briefingReportCount(doc: LegalDocument): number {
  return reportsUnder(inputs(), doc).length;
}

/** A quoted passage as HTML, rendered like the report it comes from. */
export function renderQuote(markdown: string): string {
  return renderBody(markdown);
}

/** Our summary of a document, its headings moved below the briefing's own (h4 and deeper). */
export function renderSummary(doc: LegalDocument): string {
  const body = readBody(contentRoot, doc.source.file);
  const whole = { start: 0, end: body.length, line: 1, contentStart: 0, heading: '', title: '' };
  return renderBody(quoteMarkdown(body, whole, { mode: 'full', headingDepth: 4 }));
}
