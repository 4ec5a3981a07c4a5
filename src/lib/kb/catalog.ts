import { buildCitationIndex, type CitationIndex } from '../citations/cited-index.ts';
import { documentConcerns } from '../tracker/concerns.ts';
import type { KnowledgeBase, LegalDocument, Report, Task, Unit } from '../model.ts';
import { comparePeriods } from '../period.ts';
import { vietnameseCollator } from '../text.ts';

/** Look-ups the pages need, built once from the knowledge base. */
export interface Catalog {
  kb: KnowledgeBase;
  unit(id: string): Unit | undefined;
  document(id: string): LegalDocument | undefined;
  report(id: string): Report | undefined;
  /** Reports newest first (by period, then date). */
  reportsNewestFirst: Report[];
  /** A report's place in reportsNewestFirst, to sort any set of reports the same way. */
  newestFirstRank(reportId: string): number;
  reportsByUnit(unitId: string): Report[];
  /** Reports that name the document in `directives` or `request`, or carry a task under it. */
  reportsOn(documentId: string): Report[];
  tasksOwnedBy(unitId: string): Task[];
  tasksUnder(documentId: string): Task[];
  allTasks: Task[];
  /** Units sorted by province then name. */
  unitsSorted: Unit[];
  /** Province id → its province unit's display name. */
  provinceName(id: string | undefined): string;
  /** Every document the reports cite, described or not, and who cites it (src/lib/citations). */
  citations: CitationIndex;
  /** The described documents a document's trích yếu says it is about (src/lib/tracker/concerns.ts). */
  concerns(documentId: string): string[];
  /** The documents that list this one as their `guidance` (Kế hoạch 92 guides Chỉ thị 12). */
  guides(documentId: string): string[];
}

export function buildCatalog(kb: KnowledgeBase): Catalog {
  const units = new Map(kb.units.map((u) => [u.id, u]));
  const documents = new Map(kb.documents.map((d) => [d.id, d]));
  const reports = new Map(kb.reports.map((r) => [r.id, r]));
  const reportsNewestFirst = [...kb.reports].sort(
    (a, b) => -comparePeriods(a.periodInfo, b.periodInfo) || (b.issuedDay ?? '').localeCompare(a.issuedDay ?? '') || a.id.localeCompare(b.id),
  );
  const allTasks = reportsNewestFirst.flatMap((r) => r.tasks);
  const provinceName = (id: string | undefined) => {
    const unit = id ? units.get(id) : undefined;
    return unit ? unit.name.replace(/^UBND /, '') : 'Khác';
  };
  const unitsSorted = [...kb.units].sort(
    (a, b) => vietnameseCollator.compare(provinceName(a.province), provinceName(b.province)) || vietnameseCollator.compare(a.name, b.name),
  );
  // Grouped once, so a page asking for one unit's or one document's reports does not scan all of
  // them: with 10,000 reports and a page per unit and document, the scans were quadratic.
  const group = <T,>(items: readonly T[], keysOf: (item: T) => Iterable<string | undefined>) => {
    const groups = new Map<string, T[]>();
    for (const item of items) {
      for (const key of new Set(keysOf(item))) {
        if (!key) continue;
        const list = groups.get(key);
        if (list) list.push(item);
        else groups.set(key, [item]);
      }
    }
    // A copy each time, as the filters gave: a page that sorts its list cannot disturb another's.
    return (key: string) => [...(groups.get(key) ?? [])];
  };
  const reportsByUnit = group(reportsNewestFirst, (r) => [r.unit]);
  const reportsOn = group(reportsNewestFirst, (r) => [...r.directives, r.request, ...r.tasks.map((t) => t.directive)]);
  const tasksOwnedBy = group(allTasks, (t) => [t.owner]);
  const guided = new Map<string, string[]>();
  for (const doc of kb.documents) for (const g of doc.guidance) guided.set(g, [...(guided.get(g) ?? []), doc.id]);
  const guides = (id: string) => guided.get(id) ?? [];
  const concerns = documentConcerns(kb.documents, guides);
  const rank = new Map(reportsNewestFirst.map((r, i) => [r.id, i]));
  const tasksUnder = group(allTasks, (t) => (t.directive ? [t.directive] : reports.get(t.report)?.directives ?? []));
  return {
    kb,
    unit: (id) => units.get(id),
    document: (id) => documents.get(id),
    report: (id) => reports.get(id),
    reportsNewestFirst,
    newestFirstRank: (id) => rank.get(id) ?? Infinity,
    reportsByUnit,
    reportsOn,
    tasksOwnedBy,
    tasksUnder,
    allTasks,
    unitsSorted,
    provinceName,
    citations: buildCitationIndex(reportsNewestFirst, kb.documents),
    concerns: (id) => concerns.get(id) ?? [],
    guides,
  };
}

/** A document's lineage: predecessors first, the document, then successors, following links both ways. */
export function lineage(catalog: Catalog, id: string): LegalDocument[] {
  const chain: LegalDocument[] = [];
  const seen = new Set<string>();
  const back = (docId: string) => {
    const doc = catalog.document(docId);
    if (!doc || seen.has(docId)) return;
    seen.add(docId);
    doc.predecessors.forEach(back);
    chain.push(doc);
  };
  back(id);
  const forward = (docId: string) => {
    for (const next of catalog.document(docId)?.successors ?? []) {
      const doc = catalog.document(next);
      if (!doc || seen.has(next)) continue;
      seen.add(next);
      chain.push(doc);
      forward(next);
    }
  };
  forward(id);
  // Predecessors named only on the successor's side still belong before it.
  return chain;
}
