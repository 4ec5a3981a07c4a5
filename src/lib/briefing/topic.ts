import { uniqueBy } from '../unique.ts';
import { buildBriefing, periodsOf, type Briefing, type BriefingInputs, type Quote } from './build.ts';

/** One of a line's briefing parts, its entries once each however many documents the report answers. */
const unique = <T,>(lists: T[][], key: (item: T) => string): T[] => uniqueBy(lists.flat(), key);
const quoteKey = (q: Quote) => `${q.report.id}:${q.line}`;

/**
 * The briefing on a whole line of documents (44-CT/TW → 04-CT/TW → 12-CT/TW, on đối ngoại nhân dân):
 * each document's briefing, merged. A report that answers two documents of the line counts and is
 * quoted once; reports stay newest first. `documentIds` in the line's order; the newest names it.
 */
export function buildTopicBriefing(inputs: BriefingInputs, documentIds: readonly string[]): Briefing | undefined {
  const parts = documentIds.map((id) => buildBriefing(inputs, id)).filter((b) => b !== undefined);
  if (!parts.length) return undefined;
  const reports = new Map<string, Briefing['reports'][number]>();
  for (const item of parts.flatMap((b) => b.reports)) {
    const known = reports.get(item.report.id);
    reports.set(item.report.id, known ? { ...known, relations: [...new Set([...known.relations, ...item.relations])] } : item);
  }
  const { newestFirstRank } = inputs.catalog;
  const newestFirst = [...reports.values()].sort((a, b) => newestFirstRank(a.report.id) - newestFirstRank(b.report.id));
  const quotes = (pick: (b: Briefing) => Quote[]) => unique(parts.map(pick), quoteKey);
  return {
    document: parts.at(-1)!.document,
    lineage: parts.at(-1)!.lineage,
    guidance: unique(parts.map((b) => b.guidance), (d) => d.id),
    reports: newestFirst,
    periods: periodsOf(newestFirst.map((r) => r.report)),
    results: quotes((b) => b.results),
    strengths: quotes((b) => b.strengths),
    limitations: quotes((b) => b.limitations),
    solutions: quotes((b) => b.solutions),
    recommendations: quotes((b) => b.recommendations),
    directions: quotes((b) => b.directions),
    // A passage that only mentions one document of the line, from a report quoted in full for another, is said already.
    mentions: quotes((b) => b.mentions).filter((q) => !reports.get(q.report.id)!.relations.some((r) => r === 'directive' || r === 'request' || r === 'guidance')),
    tasks: unique(parts.map((b) => b.tasks), (t) => t.key),
    quoted: unique(parts.map((b) => b.quoted), (r) => r.report.id),
    listedTasks: unique(parts.map((b) => b.listedTasks), (t) => t.key),
    figures: unique(parts.map((b) => b.figures), (f) => `${f.report.id}:${f.line}:${f.text}`),
  };
}
