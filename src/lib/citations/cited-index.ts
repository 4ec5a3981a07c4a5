import type { LegalDocument, Report, ReportCitation } from '../model.ts';
import { slugify } from '../text.ts';
import { kindOfSymbol } from './kinds.ts';
import { yearInNumber } from './number.ts';

/** A report that cites a document, with each time it does. */
export interface CitingReport {
  report: Report;
  citations: ReportCitation[];
}

/** A document some report cites ("được dẫn chiếu"), described in directives/ or known only from citations. */
export interface CitedDocument {
  /** Its page: /van-ban/<id>/. */
  id: string;
  /** Our description, when we have one. */
  described?: LegalDocument;
  kind: string;
  /** The number: ours when described, else as most reports print it. */
  number: string;
  /** Year of issue as the citations give it; null when none does. */
  year: string | null;
  /** Dates of issue the citations give (ISO), most frequent first. */
  dates: string[];
  /** Issuers the citations name, most frequent first. */
  issuers: string[];
  /** Reports that cite it, in the order given (newest first). */
  citing: CitingReport[];
}

export interface CitationIndex {
  /** Every cited document, described or not. */
  cited: CitedDocument[];
  /** A cited document by page id; described documents are there even when nothing cites them. */
  get(id: string): CitedDocument | undefined;
  /** The page id of the document a citation names; null when it names none (an unresolved short form). */
  idOf(citation: ReportCitation): string | null;
}

const byFrequency = (values: readonly (string | null)[]) => {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
};

/**
 * Page id of a document we do not describe, from kind + number + year: 609/QĐ-UBND of 2022 is
 * quyet-dinh-609-qd-ubnd-2022 (the kind read from the symbol, so the id never changes with wording).
 */
function slugOf(identity: string): string {
  const [numberPart, when] = identity.split('|');
  const year = when.slice(0, 4);
  const [kind, number] = numberPart.includes(':') ? numberPart.split(':') : [kindOfSymbol(numberPart), numberPart];
  return slugify(`${kind} ${number}${year && yearInNumber(number) === null ? ` ${year}` : ''}`);
}

/** Ids for undescribed documents: stable, and never one a described document (or another) has. */
function assignIds(identities: readonly string[], taken: ReadonlySet<string>): Map<string, string> {
  const used = new Set(taken);
  const ids = new Map<string, string>();
  for (const identity of [...identities].sort()) {
    const slug = slugOf(identity);
    let id = slug;
    for (let n = 2; used.has(id); n++) id = `${slug}-${n}`;
    used.add(id);
    ids.set(identity, id);
  }
  return ids;
}

/** Who cites what, from the citations read at load. Pass the public reports only. */
export function buildCitationIndex(reports: readonly Report[], documents: readonly LegalDocument[]): CitationIndex {
  const groups = new Map<string, CitingReport[]>();
  const add = (key: string, report: Report, c: ReportCitation) => {
    const list = groups.get(key) ?? [];
    const last = list.at(-1);
    if (last?.report === report) last.citations.push(c);
    else list.push({ report, citations: [c] });
    groups.set(key, list);
  };
  for (const report of reports) {
    for (const c of report.citations) {
      if (c.documentId) add(`doc:${c.documentId}`, report, c);
      else if (c.identity) add(c.identity, report, c);
    }
  }
  const undescribed = [...groups.keys()].filter((k) => !k.startsWith('doc:'));
  const ids = assignIds(undescribed, new Set(documents.map((d) => d.id)));
  const entries = new Map<string, CitedDocument>();
  for (const doc of documents) {
    const citing = groups.get(`doc:${doc.id}`) ?? [];
    const all = citing.flatMap((r) => r.citations);
    entries.set(doc.id, {
      id: doc.id, described: doc, kind: doc.kind, number: doc.number, year: doc.issued.slice(0, 4),
      dates: byFrequency(all.map((c) => c.date)), issuers: byFrequency(all.map((c) => c.issuer)), citing,
    });
  }
  for (const identity of undescribed) {
    const citing = groups.get(identity)!;
    const all = citing.flatMap((r) => r.citations);
    const full = all.filter((c) => c.form === 'full');
    entries.set(ids.get(identity)!, {
      id: ids.get(identity)!, kind: byFrequency(full.map((c) => c.kind))[0] ?? 'van-ban', number: byFrequency(full.map((c) => c.number))[0],
      year: identity.split('|')[1].slice(0, 4) || null, dates: byFrequency(full.map((c) => c.date)), issuers: byFrequency(full.map((c) => c.issuer)), citing,
    });
  }
  const cited = [...entries.values()].filter((e) => e.citing.length);
  return {
    cited,
    get: (id) => entries.get(id),
    idOf: (c) => c.documentId ?? (c.identity ? ids.get(c.identity) ?? null : null),
  };
}
