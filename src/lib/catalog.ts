import { buildCitationIndex, type CitationIndex } from './citations/cited-index.ts';
import type { KnowledgeBase, LegalDocument, Report, Task, Unit } from './model.ts';
import { comparePeriods } from './period.ts';
import { vietnameseCollator } from './text.ts';

/** Look-ups the pages need, built once from the knowledge base. */
export interface Catalog {
  kb: KnowledgeBase;
  unit(id: string): Unit | undefined;
  document(id: string): LegalDocument | undefined;
  report(id: string): Report | undefined;
  /** Reports newest first (by period, then date). */
  reportsNewestFirst: Report[];
  reportsByUnit(unitId: string): Report[];
  /** Reports that name the document in `directives` or `request`. */
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
  return {
    kb,
    unit: (id) => units.get(id),
    document: (id) => documents.get(id),
    report: (id) => reports.get(id),
    reportsNewestFirst,
    reportsByUnit: (unitId) => reportsNewestFirst.filter((r) => r.unit === unitId),
    reportsOn: (documentId) => reportsNewestFirst.filter((r) => r.directives.includes(documentId) || r.request === documentId),
    tasksOwnedBy: (unitId) => allTasks.filter((t) => t.owner === unitId),
    tasksUnder: (documentId) => allTasks.filter((t) => t.directive === documentId || (!t.directive && reports.get(t.report)?.directives.includes(documentId))),
    allTasks,
    unitsSorted,
    provinceName,
    citations: buildCitationIndex(reportsNewestFirst, kb.documents),
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
