import type { LegalDocument, Report, Unit } from '../model.ts';
import { periodYear } from '../period.ts';
import type { Catalog } from './catalog.ts';

/**
 * What the list pages pick, sort and group out of the catalog, so the pages only wire it to
 * their markup. Orders are the pages' own: each function says what it keeps.
 */

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** The values the report list's filters offer, in the order the reports (newest first) bring them; years newest first. */
export function reportListFilters(reports: readonly Report[]) {
  return {
    unitIds: unique(reports.map((r) => r.unit)),
    periods: unique(reports.map((r) => r.period)),
    documentIds: unique(reports.flatMap((r) => r.directives)),
    years: unique(reports.map((r) => String(periodYear(r.periodInfo)))).sort().reverse(),
  };
}

/** The units grouped under their province's name, in the catalog's order (province, then name). */
export function unitsByProvince(catalog: Pick<Catalog, 'unitsSorted' | 'provinceName'>): Map<string, Unit[]> {
  const groups = new Map<string, Unit[]>();
  for (const unit of catalog.unitsSorted) {
    const key = catalog.provinceName(unit.province);
    groups.set(key, [...(groups.get(key) ?? []), unit]);
  }
  return groups;
}

/** A unit's page: the units that named it as a direct successor, and the units under it. */
export function unitRelatives(units: readonly Unit[], id: string): { predecessors: Unit[]; children: Unit[] } {
  return {
    predecessors: units.filter((u) => u.successors.includes(id)),
    children: units.filter((u) => u.parent === id),
  };
}

/** Of the documents `ids`, those the knowledge base describes, in that order. */
export function describedDocuments(catalog: Pick<Catalog, 'document'>, ids: readonly string[]): LegalDocument[] {
  return ids.map((id) => catalog.document(id)).filter((d) => d !== undefined);
}

/** The documents the home page points to first. */
const KEY_DOCUMENTS = ['nq-22-2013', 'ct-04-2011', 'ct-12-2022', 'nd-80-2020'];

export function keyDocuments(catalog: Pick<Catalog, 'document'>): LegalDocument[] {
  return describedDocuments(catalog, KEY_DOCUMENTS);
}

/** The home page's latest reports. */
export function latestReports(catalog: Pick<Catalog, 'reportsNewestFirst'>, count = 8): Report[] {
  return catalog.reportsNewestFirst.slice(0, count);
}

/** Described documents, newest issued first, and their kinds in that order. */
export function documentsNewestFirst(documents: readonly LegalDocument[]): { documents: LegalDocument[]; kinds: string[] } {
  const sorted = [...documents].sort((a, b) => b.issued.localeCompare(a.issued));
  return { documents: sorted, kinds: unique(sorted.map((d) => d.kind)) };
}

/**
 * What /van-ban/ says a document is counted by, in words: reports carrying it out or answering it
 * (by their frontmatter), and reports whose text cites it (the register counts these), two counts
 * each said with what it counts.
 */
export function documentCountWords(catalog: Pick<Catalog, 'reportsOn' | 'citations'>, id: string): string {
  const implementing = catalog.reportsOn(id).length;
  const citing = catalog.citations.get(id)?.citing.length ?? 0;
  return `${implementing} báo cáo thực hiện hoặc trả lời${citing ? ` · ${citing} báo cáo dẫn chiếu trong toàn văn` : ''}`;
}
