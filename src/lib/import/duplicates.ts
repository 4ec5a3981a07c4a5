import type { KnowledgeBase, Report } from '../model.ts';
import { numberKey, normalizeNumber } from '../citations/index.ts';
import { fold } from './lines.ts';

/** A report already in the knowledge base that the imported document repeats, and why. */
export interface Duplicate {
  report: Report;
  /** Path under the content root. */
  file: string;
  reason: string;
}

interface Draft {
  unit?: string;
  period?: string;
  number?: string;
  title?: string;
}

/** Words too common in titles to tell two reports apart. */
const STOP = new Set('va cua cac ve tai trong tren voi cho nhung nam thang 6 06 dau cuoi ket qua tinh hinh bao cao cong tac thuc hien trien khai phuong huong nhiem vu'.split(' '));

/**
 * The report the knowledge base already holds for the same unit, period and subject: the same
 * number, or a title saying much the same thing. When the unit or the period could not be read,
 * only a near-identical title counts.
 */
export function findDuplicate(kb: KnowledgeBase, draft: Draft): Duplicate | undefined {
  const sameNumber = (r: Report) => !!draft.number && !!r.number && numberKey(normalizeNumber(r.number)) === numberKey(normalizeNumber(draft.number));
  for (const report of kb.reports) {
    if (draft.unit && report.unit !== draft.unit) continue;
    if (sameNumber(report) && (!draft.period || report.period === draft.period)) {
      return { report, file: report.source.file, reason: `cùng đơn vị và số ${draft.number}` };
    }
    if (draft.period && report.period !== draft.period) continue;
    const similarity = titleSimilarity(draft.title ?? '', report.title);
    const needed = draft.unit && draft.period ? 0.6 : 0.85;
    if (similarity >= needed) {
      const same = [draft.unit ? 'cùng đơn vị' : '', `kỳ ${report.period}`].filter(Boolean).join(', ');
      return { report, file: report.source.file, reason: `${same} và trích yếu gần như trùng (${Math.round(similarity * 100)}%)` };
    }
  }
  return undefined;
}

/** Share of the meaningful words two titles have in common (Jaccard), 0–1. */
export function titleSimilarity(a: string, b: string): number {
  const words = (t: string) => new Set((fold(t).match(/[a-z0-9]+/g) ?? []).filter((w) => !STOP.has(w)));
  const x = words(a);
  const y = words(b);
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}
