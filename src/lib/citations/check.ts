import type { Problem } from '../problems.ts';
import { sameIssuer } from './issuer.ts';
import { leadingNumber, normalizeNumber, yearInNumber } from './number.ts';
import { citedAs, citationText, documentStyleDate } from './print.ts';
import type { KnownDocument, Mismatch, Resolution } from './resolve.ts';
import type { Citation } from './types.ts';

/** What a described document needs for a message: its kind and how it is named. */
export type CheckedDocument = KnownDocument & { kind: string };

function reason(m: Mismatch): string {
  switch (m.field) {
    case 'number':
      return `sai số hiệu (${m.cited} thay cho ${m.correct})`;
    case 'date':
      return m.inForce
        ? `${documentStyleDate(m.cited)} là ngày văn bản có hiệu lực, không phải ngày ban hành`
        : `sai ngày ban hành (${documentStyleDate(m.cited)} thay cho ${documentStyleDate(m.correct)})`;
    case 'issuer':
      return `sai cơ quan ban hành (${m.cited} thay cho ${m.correct})`;
  }
}

/** A text's citations as read and resolved: what each check below looks at. */
export interface ResolvedCitations {
  file: string;
  /** The file line of the text's first line. */
  firstLine: number;
  citations: readonly Citation[];
  /** What each citation names, in the same order (null: no described document). */
  resolutions: readonly (Resolution | null)[];
  documents: ReadonlyMap<string, CheckedDocument>;
}

/**
 * Warnings for citations of described documents that carry a wrong number, year, date or issuer,
 * naming the right form. Warnings, not errors: a report is kept as it was sent, and its text stays as
 * written; the message is for whoever reads or reuses it. `firstLine` is the file line of the text's
 * first line. One warning per document per line.
 */
export function citationProblems({ file, firstLine, citations, resolutions, documents }: ResolvedCitations): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  citations.forEach((c, i) => {
    const resolution = resolutions[i];
    if (!resolution?.mismatches.length) return;
    const doc = documents.get(resolution.documentId);
    const line = firstLine + c.line - 1;
    if (!doc || seen.has(`${line}|${doc.id}`)) return;
    seen.add(`${line}|${doc.id}`);
    const right = citationText({ kind: doc.kind, number: doc.number, date: doc.issued, issuer: doc.issuer });
    problems.push({
      file, line, column: c.column, severity: 'warning', code: 'citation-mismatch',
      message: `${citedAs(c)}: văn bản này là ${right} — ${resolution.mismatches.map(reason).join('; ')}`,
      hint: `dẫn đúng: ${right}. Báo cáo đã gửi giữ nguyên văn; chỉ sửa trong văn bản soạn mới.`,
    });
  });
  return problems;
}

/** "12" and "92": the same length, one digit different — a slip of the keyboard, not another document. */
function oneDigitApart(a: string, b: string): boolean {
  return a.length === b.length && [...a].filter((ch, i) => ch !== b[i]).length === 1;
}

/** Kinds whose short forms ("Kế hoạch 12") are meant to point at a document the text names in full. */
const SHORTENED_KINDS = new Set(['nghi-quyet', 'chi-thi', 'nghi-dinh', 'quyet-dinh', 'ke-hoach', 'cong-van', 'thong-tu', 'thong-bao', 'huong-dan', 'ket-luan']);

/**
 * A short form that names nothing the text (or the knowledge base) spells out, while the text cites a
 * document it may have meant: the same number under another kind, or the same kind under a number one
 * digit away. Seed 002 writes "Kế hoạch 12" where it reports on Kế hoạch 92 and Chỉ thị 12.
 */
export function shortFormProblems({ file, firstLine, citations, resolutions }: ResolvedCitations): Problem[] {
  const problems: Problem[] = [];
  citations.forEach((c, i) => {
    if (c.form !== 'short' || c.abbreviates != null || resolutions[i] || !SHORTENED_KINDS.has(c.kind)) return;
    const lead = c.normalized.replace(/^0+(?=\d)/, '');
    const meant = new Map<string, string>();
    for (const other of citations) {
      if (other.form !== 'full') continue;
      const otherLead = /^0*(\d+[A-Z]?)/.exec(other.normalized)?.[1];
      const sameNumber = otherLead === lead;
      if ((sameNumber && other.kind !== c.kind) || (other.kind === c.kind && oneDigitApart(otherLead ?? '', lead))) meant.set(other.normalized, citationText({ kind: other.kind, kindText: other.kindText, number: other.number }));
    }
    if (!meant.size) return;
    problems.push({
      file, line: firstLine + c.line - 1, column: c.column, severity: 'warning', code: 'citation-short-form',
      message: `"${c.raw.replace(/\s+/g, ' ')}" không ứng với văn bản nào được dẫn đầy đủ trong báo cáo; có phải ${[...meant.values()].join(' hoặc ')}?`,
      hint: 'cách gọi tắt chỉ dùng cho văn bản đã dẫn đầy đủ (số, ký hiệu, ngày) ở trước đó. Báo cáo đã gửi giữ nguyên văn.',
    });
  });
  return problems;
}

/** "21" and "12": the same digits, two neighbours swapped. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const differ = [...a].flatMap((ch, i) => (ch !== b[i] ? [i] : []));
  return differ.length === 2 && differ[1] === differ[0] + 1 && a[differ[0]] === b[differ[1]] && a[differ[1]] === b[differ[0]];
}

/** The symbol of a number without its leading digits: 93/KH-UBND → /KH-UBND, 21-CT/TW → -CT/TW. */
const symbolOf = (normalized: string) => normalized.replace(/^\d+[A-Z]?/, '');

/** Described documents by kind, symbol and day of issue, built once per list of documents. */
const sameDayIndexes = new WeakMap<ReadonlyMap<string, CheckedDocument>, Map<string, CheckedDocument[]>>();
function sameDayIndex(documents: ReadonlyMap<string, CheckedDocument>): Map<string, CheckedDocument[]> {
  let index = sameDayIndexes.get(documents);
  if (!index) {
    index = new Map();
    for (const doc of documents.values()) {
      if (doc.issued.length !== 10) continue;
      const key = `${doc.kind}|${symbolOf(normalizeNumber(doc.number))}|${doc.issued}`;
      index.set(key, [...(index.get(key) ?? []), doc]);
    }
    sameDayIndexes.set(documents, index);
  }
  return index;
}

/**
 * A full citation that names no described document, while exactly one described document has its
 * kind, symbol, issuer and day of issue under a number one slip away ("Chỉ thị số 21-CT/TW ngày 05/01/2022
 * của Ban Bí thư" where 12-CT/TW is meant). Only a question: offices issue several documents a day
 * under consecutive numbers, so Kế hoạch 93/KH-UBND of the same day may well exist. The citation is
 * not linked to the described document.
 */
export function suspectNumberProblems({ file, firstLine, citations, resolutions, documents }: ResolvedCitations): Problem[] {
  const index = sameDayIndex(documents);
  const problems: Problem[] = [];
  citations.forEach((c, i) => {
    if (c.form !== 'full' || resolutions[i] || !c.date || c.date.length !== 10 || !c.issuer || yearInNumber(c.normalized) !== null) return;
    // The same issuer (a symbol like KH-UBND is every People's Committee's), and a number one slip
    // away: one digit wrong (93 for 92) or two swapped (21 for 12).
    const lead = leadingNumber(c.normalized);
    const candidates = (index.get(`${c.kind}|${symbolOf(c.normalized)}|${c.date}`) ?? []).filter((d) => {
      const other = leadingNumber(normalizeNumber(d.number));
      return sameIssuer(c.issuer!, d.issuer) && (oneDigitApart(lead, other) || swapped(lead, other));
    });
    if (candidates.length !== 1) return;
    const right = citationText({ kind: candidates[0].kind, number: candidates[0].number, date: candidates[0].issued, issuer: candidates[0].issuer });
    problems.push({
      file, line: firstLine + c.line - 1, column: c.column, severity: 'warning', code: 'citation-number-suspect',
      message: `${citedAs(c)}: kho có ${right}, cùng loại, cùng ký hiệu và cùng ngày ban hành; có phải số hiệu ghi nhầm?`,
      hint: `nếu là văn bản này, dẫn đúng: ${right}; nếu là một văn bản khác ban hành cùng ngày thì để nguyên.`,
    });
  });
  return problems;
}
