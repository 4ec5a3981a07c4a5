import { lineage, type Catalog } from '../kb/catalog.ts';
import { figuresInMarkdown, type SourcedFigure } from './figures.ts';
import type { LegalDocument, Report, Task } from '../model.ts';
import { blocks, lineOf, parseMarkdown } from './mdast.ts';
import { comparePeriods, type Period } from '../period.ts';
import { splitSections, type AssessmentPartKind, type BodySpan } from './report-sections.ts';
import { blockQuoteMarkdown, quoteMarkdown, type QuoteMode } from './quote.ts';

/** Why a report belongs in a directive's briefing. */
export type Relation = 'directive' | 'request' | 'task' | 'guidance' | 'citation';

export interface BriefingReport {
  report: Report;
  unitName: string;
  relations: Relation[];
}

/** A passage quoted from one report, with where it stands there. */
export interface Quote {
  report: Report;
  unitName: string;
  /** The heading it stands under in the report ('' when it has none). */
  heading: string;
  /** The passage as Markdown, in the unit's own words. */
  markdown: string;
  /** Line in the report file where the passage starts. */
  line: number;
  /** For assessment passages: what it covers. */
  kinds: AssessmentPartKind[];
}

export interface BriefingFigure extends SourcedFigure {
  report: Report;
  unitName: string;
}

export interface Briefing {
  document: LegalDocument;
  /** Predecessors, the document, successors. */
  lineage: LegalDocument[];
  guidance: LegalDocument[];
  /** Reports under the document, newest first. */
  reports: BriefingReport[];
  /** Reports counted per period, oldest period first. */
  periods: { period: Period; reports: Report[] }[];
  results: Quote[];
  strengths: Quote[];
  /** Tồn tại, hạn chế and their causes. */
  limitations: Quote[];
  solutions: Quote[];
  recommendations: Quote[];
  /** Direction passages of reports that list no tasks (the tasks say it for the others). */
  directions: Quote[];
  /** Reports that only cite the document: the passages where they do. */
  mentions: Quote[];
  /** Tasks the reports committed to under the document (all of them: the picture counts these). */
  tasks: Task[];
  /** The reports passages are quoted from: the newest ones, so a pack stays printable. */
  quoted: BriefingReport[];
  /** Tasks of the quoted reports, listed one by one. */
  listedTasks: Task[];
  figures: BriefingFigure[];
}

export interface BriefingInputs {
  catalog: Catalog;
  /** The body of a report (read on demand: bodies are not kept in memory). */
  bodyOf(report: Report): string;
  /** Ids of reports whose text cites the document; by default the catalog's citation index. */
  citedBy?(documentId: string): string[];
}

/** For each document, the reports that name it in their frontmatter and how (not citations). */
type RelationIndex = Map<string, Map<string, Set<Relation>>>;
const relationIndexes = new WeakMap<Catalog, RelationIndex>();

/**
 * One pass over the reports for every document: asked per document, the same scan ran once for
 * each of hundreds of documents over ten thousand reports, and held up the briefings' index page.
 */
function relationIndex(catalog: Catalog): RelationIndex {
  const known = relationIndexes.get(catalog);
  if (known) return known;
  const byDocument: RelationIndex = new Map();
  const add = (docId: string, reportId: string, relation: Relation) => {
    const reports = byDocument.get(docId) ?? new Map<string, Set<Relation>>();
    reports.set(reportId, (reports.get(reportId) ?? new Set()).add(relation));
    byDocument.set(docId, reports);
  };
  for (const report of catalog.reportsNewestFirst) {
    for (const id of new Set(report.directives)) add(id, report.id, 'directive');
    if (report.request) add(report.request, report.id, 'request');
    for (const id of new Set(report.tasks.map((t) => t.directive).filter((d) => d !== undefined))) add(id, report.id, 'task');
    // A report that answers a guidance document counts toward the documents it guides.
    const answered = new Set([...report.directives, ...(report.request ? [report.request] : [])]);
    for (const guided of new Set([...answered].flatMap(catalog.guides))) add(guided, report.id, 'guidance');
  }
  relationIndexes.set(catalog, byDocument);
  return byDocument;
}

/** The reports a document's briefing covers, newest first, and why each is there. */
export function reportsUnder({ catalog, citedBy }: BriefingInputs, doc: LegalDocument): BriefingReport[] {
  const found = new Map<string, Set<Relation>>();
  for (const [id, relations] of relationIndex(catalog).get(doc.id) ?? []) found.set(id, new Set(relations));
  const cited = citedBy ? citedBy(doc.id) : (catalog.citations.get(doc.id)?.citing ?? []).map((c) => c.report.id);
  for (const id of cited) if (catalog.report(id)) found.set(id, (found.get(id) ?? new Set()).add('citation'));
  return [...found.keys()]
    .sort((a, b) => catalog.newestFirstRank(a) - catalog.newestFirstRank(b))
    .map((id) => catalog.report(id)!)
    .map((report) => ({ report, unitName: catalog.unit(report.unit)?.name ?? report.unit, relations: [...found.get(report.id)!] }));
}

function quote(item: BriefingReport, body: string, span: BodySpan, mode: QuoteMode, kinds: AssessmentPartKind[] = []): Quote {
  return {
    report: item.report,
    unitName: item.unitName,
    heading: span.title,
    markdown: quoteMarkdown(body, span, { mode, headingDepth: 5 }),
    line: item.report.source.bodyLine + span.line - 1,
    kinds,
  };
}

const hasText = (q: Quote) => q.markdown.trim().length > 0;

/**
 * How many reports a pack quotes, newest first. A class needs the recent picture, and a directive
 * with thousands of reports must still print on a few pages and build in seconds; every report is
 * still listed and counted.
 */
export const QUOTED_REPORTS = 8;

/** Everything a trainer's pack on one document needs, drawn from the reports' own structure. */
export function buildBriefing(inputs: BriefingInputs, documentId: string): Briefing | undefined {
  const { catalog } = inputs;
  const doc = catalog.document(documentId);
  if (!doc) return undefined;
  const reports = reportsUnder(inputs, doc);
  const b: Briefing = {
    document: doc,
    lineage: lineage(catalog, doc.id),
    guidance: doc.guidance.map((id) => catalog.document(id)).filter((d) => d !== undefined),
    reports,
    periods: [],
    results: [], strengths: [], limitations: [], solutions: [], recommendations: [], directions: [], mentions: [],
    tasks: catalog.tasksUnder(doc.id),
    quoted: reports.slice(0, QUOTED_REPORTS),
    listedTasks: [],
    figures: [],
  };
  const quotedIds = new Set(b.quoted.map((r) => r.report.id));
  b.listedTasks = b.tasks.filter((t) => quotedIds.has(t.report));
  for (const item of b.quoted) {
    const body = inputs.bodyOf(item.report);
    // A report that only cites the document, or sets a task or two under it, is about something else
    // (a report on 12-CT/TW with two tasks under NĐ 80): quote where it cites the document, and list
    // those tasks, but not its results and recommendations, which answer the other directive.
    if (!item.relations.some((r) => r === 'directive' || r === 'request' || r === 'guidance')) {
      const mentions = mentionsOf(item, body, doc.id);
      b.mentions.push(...mentions);
      // Figures where it cites the document are about it (an aid project under NĐ 80, say).
      for (const q of mentions) {
        for (const figure of figuresInMarkdown(q.markdown)) b.figures.push({ ...figure, line: q.line + figure.line - 1, report: item.report, unitName: item.unitName });
      }
      continue;
    }
    for (const section of splitSections(body)) {
      if (section.kind === 'results') b.results.push(quote(item, body, section, 'outline'));
      if (section.kind === 'recommendations') b.recommendations.push(quote(item, body, section, 'full'));
      if (section.kind === 'direction' && item.report.tasks.length === 0) b.directions.push(quote(item, body, section, 'outline'));
      for (const part of section.parts) {
        // Solutions are skimmed (the opening of each paragraph); what went wrong is quoted whole.
        const onlySolutions = part.kinds.length === 1 && part.kinds[0] === 'solutions';
        const q = quote(item, body, part, onlySolutions ? 'outline' : 'full', part.kinds);
        if (part.kinds.includes('limitations') || part.kinds.includes('causes')) b.limitations.push(q);
        else if (part.kinds.includes('solutions')) b.solutions.push(q);
        else if (part.kinds.includes('strengths')) b.strengths.push(q);
      }
    }
    for (const figure of figuresInMarkdown(body)) {
      b.figures.push({ ...figure, line: item.report.source.bodyLine + figure.line - 1, report: item.report, unitName: item.unitName });
    }
  }
  for (const list of [b.results, b.strengths, b.limitations, b.solutions, b.recommendations, b.directions, b.mentions]) {
    list.splice(0, list.length, ...list.filter(hasText));
  }
  b.periods = periodsOf(reports.map((r) => r.report));
  return b;
}

/** The paragraphs (or list items, headings) of a body where it cites the document, each once. */
function mentionsOf(item: BriefingReport, body: string, documentId: string): Quote[] {
  const bodyLines = item.report.citations.filter((c) => c.documentId === documentId).map((c) => c.line - item.report.source.bodyLine + 1);
  const seen = new Set<number>();
  const quotes: Quote[] = [];
  for (const node of blocks(parseMarkdown(body))) {
    const holder = node.type === 'list' ? node.children : [node];
    for (const block of holder) {
      const from = lineOf(block);
      const to = block.position?.end.line ?? from;
      if (seen.has(from) || !bodyLines.some((l) => l >= from && l <= to)) continue;
      seen.add(from);
      const line = item.report.source.bodyLine + from - 1;
      quotes.push({ report: item.report, unitName: item.unitName, heading: '', markdown: blockQuoteMarkdown(body, block), line, kinds: [] });
    }
  }
  return quotes;
}

/** Reports grouped by the period they cover, oldest first. */
export function periodsOf(reports: Report[]): Briefing['periods'] {
  const byId = new Map<string, { period: Period; reports: Report[] }>();
  for (const report of reports) {
    const entry = byId.get(report.periodInfo.id) ?? { period: report.periodInfo, reports: [] };
    entry.reports.push(report);
    byId.set(report.periodInfo.id, entry);
  }
  return [...byId.values()].sort((a, b) => comparePeriods(a.period, b.period));
}
