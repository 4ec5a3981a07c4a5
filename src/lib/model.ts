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

export interface Report extends Omit<ReportFrontmatter, 'tasks'> {
  /** Path under `reports/` without the extension. */
  id: string;
  source: SourceRef;
  periodInfo: Period;
  /** The last day the report can have been issued (see partial-date.ts); absent when undated. */
  issuedDay?: string;
  tasks: Task[];
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
