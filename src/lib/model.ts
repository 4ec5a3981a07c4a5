import type { CitationCore } from './citations/types.ts';
import type { DocumentFrontmatter } from '../schemas/document.ts';
import type { ReportFrontmatter } from '../schemas/report.ts';
import type { TaskInput } from '../schemas/task.ts';
import type { UnitInput } from '../schemas/unit.ts';
import type { Period } from './period.ts';

/** Where an entry came from, so any later check can point at a line. */
export interface SourceRef {
  /** Path under the content root (reports/quang-ngai/binh-son/2022-h1-hoi-nhap.mdx). */
  file: string;
  /** Line of the value at a frontmatter path; the file's first line when unknown. */
  lineOf(path: readonly PropertyKey[]): number;
  /** First line of the body. */
  bodyLine: number;
}

export interface Task extends TaskInput {
  /** Global id: `<report id>#<task id>`. */
  key: string;
  /** The report that set it. */
  report: string;
  /** The unit that owes it (the report's unit unless `owner` says otherwise). */
  owner: string;
  /** The due day (YYYY-MM-DD), from a period's last day or a date; absent when none is set. */
  dueDay?: string;
}

/** One citation in a report's text, read while loading (src/lib/citations). */
export interface ReportCitation extends Omit<CitationCore, 'kind'> {
  kind: string;
  /** ISO date as printed, or the date of the full citation a short form stands for; null when none. */
  date: string | null;
  /** Line in the report file. */
  line: number;
  /** Where it sits in the body (offsets after the frontmatter): from its first character, and its number. */
  at: { offset: number; numberOffset: number; numberLength: number };
  /** The described document it names, when resolved (directives/<id>.mdx). */
  documentId: string | null;
  /** How it departs from the described document it names (wrong number, date or issuer); empty when it does not. */
  mismatches: ('number' | 'date' | 'issuer')[];
  /**
   * For a document we do not describe: its identity, number + date of issue (`609/QĐ-UBND|2022-05-11`),
   * or number alone when it carries its year (`72/2015/NĐ-CP|2015`); the part after | is empty when the
   * text gives no date. Null when resolved to a described document or when a short form names nothing.
   */
  identity: string | null;
}

export interface Report extends Omit<ReportFrontmatter, 'tasks' | 'title'> {
  /** Path under `reports/` without the extension. */
  id: string;
  /** The title as printed, or, when the file gives none, one made from its unit and period. */
  title: string;
  /** True when the file gives no title and `title` was made up from unit and period. */
  untitled?: boolean;
  source: SourceRef;
  periodInfo: Period;
  /** The last day the report can have been issued (see partial-date.ts); absent when undated. */
  issuedDay?: string;
  tasks: Task[];
  /** Every document its text cites, in order. */
  citations: ReportCitation[];
}

export interface LegalDocument extends DocumentFrontmatter {
  id: string;
  source: SourceRef;
}

export interface Unit extends UnitInput {
  source: SourceRef;
}

/** Everything in the content root, read and checked. */
export interface KnowledgeBase {
  root: string;
  reports: Report[];
  documents: LegalDocument[];
  units: Unit[];
}
