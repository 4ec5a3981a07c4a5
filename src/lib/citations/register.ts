import { documentKindLabel } from '../labels.ts';
import { slugify, vietnameseCollator } from '../text.ts';
import { urls } from '../urls.ts';
import type { CitedDocument } from './cited-index.ts';

/**
 * The register of cited documents we do not describe ("sổ văn bản được dẫn chiếu"): one page per
 * kind, year and hundred of numbers (Công văn of 2021, numbers 1000–1099), each document a section
 * of it with its own anchor. A report cites about a dozen such documents, nearly all of them once;
 * a page each would be 130,000 pages at 10,000 reports, ten times the reports, each costing the
 * build as much as a report. A page per hundred keeps every one addressable at a stable URL, and
 * sets it among its neighbours the way an office's register of incoming letters does.
 */
export interface RegisterPage {
  /** /van-ban/dan-chieu/<id>/ */
  id: string;
  kind: string;
  year: string | null;
  /** First and last number the page holds (1000, 1099); null for numbers that do not start with digits. */
  range: [number, number] | null;
  /** The documents on it, by number. */
  entries: CitedDocument[];
}

const SPAN = 100;

/** The leading number of "1000/UBND-KT" or "22-NQ/TW"; null when the number has none. */
function leadingNumber(number: string): number | null {
  const match = /^\d+/.exec(number);
  return match ? Number(match[0]) : null;
}

/** The register page an undescribed document belongs on: stable whatever else is cited. */
export function registerPageId(entry: Pick<CitedDocument, 'kind' | 'year' | 'number'>): string {
  const n = leadingNumber(entry.number);
  const bucket = n === null ? 'khac' : String(Math.floor(n / SPAN) * SPAN);
  return slugify(`${entry.kind} ${entry.year ?? 'khong ro nam'} ${bucket}`);
}

/** The register pages for these cited documents (the undescribed ones), in kind, year, number order. */
export function buildRegister(cited: readonly CitedDocument[]): RegisterPage[] {
  const pages = new Map<string, RegisterPage>();
  for (const entry of cited) {
    if (entry.described) continue;
    const id = registerPageId(entry);
    let page = pages.get(id);
    if (!page) {
      const n = leadingNumber(entry.number);
      const first = n === null ? null : Math.floor(n / SPAN) * SPAN;
      page = { id, kind: entry.kind, year: entry.year, range: first === null ? null : [first, first + SPAN - 1], entries: [] };
      pages.set(id, page);
    }
    page.entries.push(entry);
  }
  for (const page of pages.values()) page.entries.sort((a, b) => vietnameseCollator.compare(a.number, b.number));
  return [...pages.values()].sort(
    (a, b) =>
      vietnameseCollator.compare(documentKindLabel(a.kind), documentKindLabel(b.kind)) ||
      (b.year ?? '').localeCompare(a.year ?? '') ||
      (a.range?.[0] ?? Infinity) - (b.range?.[0] ?? Infinity),
  );
}

/** The numbers a page holds, "1000–1099" ("1–99" for the first hundred); null when they start with no digit. */
export function registerNumbers(page: Pick<RegisterPage, 'range'>): string | null {
  return page.range ? `${Math.max(page.range[0], 1)}–${page.range[1]}` : null;
}

/** "Công văn năm 2021, số 1000–1099" */
export function registerPageTitle(page: Pick<RegisterPage, 'kind' | 'year' | 'range'>): string {
  const year = page.year ? `năm ${page.year}` : 'không rõ năm';
  const numbers = registerNumbers(page);
  return `${documentKindLabel(page.kind)} ${year}, ${numbers ? `số ${numbers}` : 'số không bắt đầu bằng chữ số'}`;
}

/** Where a cited document is shown: its own page when we describe it, else its section of the register. */
export function citedDocumentUrl(entry: Pick<CitedDocument, 'id' | 'described' | 'kind' | 'year' | 'number'>): string {
  return entry.described ? urls.document(entry.id) : `${urls.register(registerPageId(entry))}#${entry.id}`;
}
