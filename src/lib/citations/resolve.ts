import { sameIssuer } from './issuer.ts';
import { leadingNumber, normalizeNumber, numberKey, yearInNumber } from './number.ts';
import type { Citation } from './types.ts';

/** What resolution needs of a described document (LegalDocument has all of it). */
export interface KnownDocument {
  id: string;
  /** Kind slug (nghi-quyet…), to resolve short forms ("Nghị quyết 22") the text does not spell out. */
  kind?: string;
  number: string;
  issuer: string;
  /** Date of issue: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known. */
  issued: string;
  inForce?: string;
}

/** A way a citation departs from the document it names. */
export type Mismatch =
  | { field: 'number'; cited: string; correct: string }
  | { field: 'date'; cited: string; correct: string; /** The cited date is the day it took force. */ inForce: boolean }
  | { field: 'issuer'; cited: string; correct: string };

export interface Resolution {
  documentId: string;
  mismatches: Mismatch[];
}

/** A number without its year: 80/2022/NĐ-CP and 80/2020/NĐ-CP share 80/NĐ-CP. */
const baseKey = (normalized: string) => numberKey(normalized).replace(/^(\d+[A-Z]?[/-])(?:19|20)\d\d[/-]/, '$1');
const yearOf = (date: string) => Number(date.slice(0, 4));
const fits = (date: string, partial: string) => date.startsWith(partial);

function index(documents: readonly KnownDocument[]) {
  const byNumber = new Map<string, KnownDocument[]>();
  const byBase = new Map<string, KnownDocument[]>();
  for (const doc of documents) {
    const normalized = normalizeNumber(doc.number);
    const push = (map: Map<string, KnownDocument[]>, key: string) => map.set(key, [...(map.get(key) ?? []), doc]);
    push(byNumber, numberKey(normalized));
    push(byBase, baseKey(normalized));
  }
  return { byNumber, byBase };
}

/**
 * The index of one list of documents, built once: every report's citations are resolved against
 * the same list, and rebuilding it per report cost 10 s at 10,000 reports.
 */
const indexes = new WeakMap<readonly KnownDocument[], ReturnType<typeof index>>();
function indexOf(documents: readonly KnownDocument[]): ReturnType<typeof index> {
  let built = indexes.get(documents);
  if (!built) indexes.set(documents, (built = index(documents)));
  return built;
}

function compare(c: Citation, doc: KnownDocument, numberWrong: boolean): Resolution {
  const mismatches: Mismatch[] = [];
  if (numberWrong) mismatches.push({ field: 'number', cited: c.number, correct: doc.number });
  if (c.date && !fits(c.date, doc.issued)) {
    mismatches.push({ field: 'date', cited: c.date, correct: doc.issued, inForce: c.date === doc.inForce });
  }
  if (c.issuer && !sameIssuer(c.issuer, doc.issuer)) mismatches.push({ field: 'issuer', cited: c.issuer, correct: doc.issuer });
  return { documentId: doc.id, mismatches };
}

/**
 * The described document a citation names, judged on its own evidence. Number + date (or issuer) is
 * the identity: a number without a year (12-CT/TW) names the document of that year only, so 12-CT/TW of
 * 2017 is not 12-CT/TW of 2022; a number with a year (80/2020/NĐ-CP) is itself the identity. A number
 * whose year is wrong (80/2022/NĐ-CP) still names the document when its date is that document's date of
 * issue or entry into force. `undefined`: no evidence either way.
 */
function resolveOne(c: Citation, docs: ReturnType<typeof index>): Resolution | null | undefined {
  const exact = docs.byNumber.get(numberKey(c.normalized)) ?? [];
  if (exact.length) {
    if (yearInNumber(c.normalized) !== null) {
      const doc = exact.find((d) => (!c.date || fits(c.date, d.issued)) && (!c.issuer || sameIssuer(c.issuer, d.issuer))) ?? exact[0];
      return compare(c, doc, false);
    }
    if (c.date) {
      const sameYear = exact.filter((d) => yearOf(d.issued) === yearOf(c.date!));
      const doc = sameYear.find((d) => fits(c.date!, d.issued)) ?? sameYear[0];
      return doc ? compare(c, doc, false) : null;
    }
    if (c.issuer) {
      const matching = exact.filter((d) => sameIssuer(c.issuer!, d.issuer));
      return matching.length === 1 ? compare(c, matching[0], false) : matching.length ? undefined : null;
    }
    return undefined;
  }
  const citedYear = yearInNumber(c.normalized);
  if (citedYear === null || !c.date) return citedYear === null ? null : undefined;
  const near = (docs.byBase.get(baseKey(c.normalized)) ?? []).filter(
    (d) => c.date === d.inForce || fits(c.date!, d.issued) || (yearOf(c.date!) < citedYear && yearOf(c.date!) === yearInNumber(normalizeNumber(d.number))),
  );
  return near.length === 1 ? compare(c, near[0], true) : null;
}

/**
 * Resolves every citation of one text against the described documents. Citations that carry no
 * date or issuer take the identity the same text gives the same number elsewhere; short forms take
 * that of the citation they abbreviate; failing both, a number only one described document bears.
 */
export function resolveCitations(citations: readonly Citation[], documents: readonly KnownDocument[]): (Resolution | null)[] {
  const docs = indexOf(documents);
  const own = citations.map((c) => (c.form === 'full' ? resolveOne(c, docs) : undefined));
  const byNumber = new Map<string, Resolution | null>();
  citations.forEach((c, i) => {
    if (own[i] !== undefined && !byNumber.has(c.normalized)) byNumber.set(c.normalized, own[i] ?? null);
  });
  const full = citations.map((c, i): Resolution | null => {
    if (c.form !== 'full') return null;
    if (own[i] !== undefined) return own[i] ?? null;
    const context = byNumber.get(c.normalized);
    if (context !== undefined) return context && { documentId: context.documentId, mismatches: context.mismatches.filter((m) => m.field === 'number') };
    const only = docs.byNumber.get(numberKey(c.normalized)) ?? [];
    return only.length === 1 ? { documentId: only[0].id, mismatches: [] } : null;
  });
  return citations.map((c, i) => {
    if (c.form === 'full') return full[i];
    if (c.abbreviates != null) {
      const target = full[c.abbreviates];
      return target ? { documentId: target.documentId, mismatches: [] } : null;
    }
    // A short form with no full citation in the text: the one described document of that kind and number.
    const lead = leadingNumber(c.normalized);
    const named = documents.filter((d) => d.kind === c.kind && leadingNumber(normalizeNumber(d.number)) === lead);
    return named.length === 1 ? { documentId: named[0].id, mismatches: [] } : null;
  });
}
