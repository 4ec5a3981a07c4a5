import { contentHash, type JsonCache } from '../cache/json-cache.ts';
import type { LegalDocument, ReportCitation } from '../model.ts';
import type { Problem } from '../problems.ts';
import { citationProblems, shortFormProblems, suspectNumberProblems } from './check.ts';
import { numberKey, yearInNumber } from './number.ts';
import { PARSER_VERSION, parseCitations } from './parse.ts';
import { resolveCitations } from './resolve.ts';
import type { Citation } from './types.ts';

/**
 * Identity of a document we do not describe. A number that carries its year (72/2015/NĐ-CP) is its
 * own identity; otherwise number + date of issue (`609/QĐ-UBND|2022-05-11`), since every People's
 * Committee numbers its own 12/KH-UBND each year. The date is the citation's, or that of another
 * citation of the same number in the same text; empty when the text gives none.
 */
function identities(citations: readonly Citation[]): (string | null)[] {
  const dateOfNumber = new Map<string, string>();
  for (const c of citations) if (c.form === 'full' && c.date && !dateOfNumber.has(c.normalized)) dateOfNumber.set(c.normalized, c.date);
  const full = citations.map((c) => {
    if (c.form !== 'full') return null;
    const when = yearInNumber(c.normalized)?.toString() ?? c.date ?? dateOfNumber.get(c.normalized) ?? '';
    // A number printed without a symbol ("Quyết định số 123 ngày …") says nothing of its kind: keep it.
    const number = /^\d+[A-Z]?$/.test(c.normalized) ? `${c.kind}:${numberKey(c.normalized)}` : numberKey(c.normalized);
    return `${number}|${when}`;
  });
  return citations.map((c, i) => (c.form === 'full' ? full[i] : c.abbreviates == null ? null : full[c.abbreviates]));
}

/** Documents by id, built once per list: every report is read against the same list (10,000 maps cost 0.7 s). */
const byIdOf = new WeakMap<readonly LegalDocument[], Map<string, LegalDocument>>();
function documentsById(documents: readonly LegalDocument[]): Map<string, LegalDocument> {
  let byId = byIdOf.get(documents);
  if (!byId) byIdOf.set(documents, (byId = new Map(documents.map((d) => [d.id, d]))));
  return byId;
}

/**
 * The parser's reading of a body, from the cache when this exact text was read before: reading
 * every report's citations was half of loading 10,000 reports, though few change between builds.
 * What they resolve to is worked out afresh each time, as the described documents may have changed.
 */
function parseCitationsCached(body: string, cache: JsonCache<Citation[]> | undefined, bodyHash: string | undefined): Citation[] {
  if (!cache) return parseCitations(body);
  const key = `${PARSER_VERSION}:${bodyHash ?? contentHash(body)}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const parsed = parseCitations(body);
  cache.set(key, parsed);
  return parsed;
}

/**
 * The citations of one report body, resolved against the described documents, and the warnings for
 * the ones that name a described document wrongly. `bodyLine` is the file line the body starts on.
 */
export function readReportCitations(
  file: string,
  body: string,
  bodyLine: number,
  documents: readonly LegalDocument[],
  cache?: JsonCache<Citation[]>,
  /** contentHash(body), when the caller has it already (the loader keys other caches by it too). */
  bodyHash?: string,
): { citations: ReportCitation[]; problems: Problem[] } {
  const parsed = parseCitationsCached(body, cache, bodyHash);
  const resolutions = resolveCitations(parsed, documents);
  const ids = identities(parsed);
  const citations = parsed.map((c, i): ReportCitation => {
    const documentId = resolutions[i]?.documentId ?? null;
    return {
      form: c.form, kind: c.kind, kindText: c.kindText, number: c.number, normalized: c.normalized,
      date: c.date, issuer: c.issuer, line: bodyLine + c.line - 1,
      at: { offset: c.offset, numberOffset: c.numberOffset, numberLength: c.numberLength },
      documentId, mismatches: resolutions[i]?.mismatches.map((m) => m.field) ?? [], identity: documentId ? null : ids[i],
    };
  });
  const resolved = { file, firstLine: bodyLine, citations: parsed, resolutions, documents: documentsById(documents) };
  const problems = [...citationProblems(resolved), ...shortFormProblems(resolved), ...suspectNumberProblems(resolved)];
  return { citations, problems };
}
