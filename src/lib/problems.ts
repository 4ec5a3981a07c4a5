import { oneLine } from './text.ts';

/** A problem found in content: what every check returns and every reporter prints. */
export interface Problem {
  /** Path under the content root, with forward slashes (reports/quang-ngai/binh-son/x.mdx). */
  file: string;
  /** 1-based line; 1 when the whole file is at fault. */
  line: number;
  column?: number;
  severity: 'error' | 'warning';
  /** A stable code for tests and filters (schema, unknown-unit, mdx-import, …). */
  code: string;
  /** What is wrong, in Vietnamese. */
  message: string;
  /** How to fix it. */
  hint?: string;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Stable order: by file, then line. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

/** One line per problem, the way compilers print them: file:line:col severity message (hint). */
export function formatProblem(p: Problem): string {
  // Exactly two lines whatever the content holds (oneLine, text.ts): nothing from it can start a line.
  const where = `${oneLine(p.file)}:${p.line}${p.column ? `:${p.column}` : ''}`;
  const label = p.severity === 'error' ? 'lỗi' : 'cảnh báo';
  return `${where} ${label} [${p.code}] ${oneLine(p.message)}${p.hint ? `\n    → ${oneLine(p.hint)}` : ''}`;
}
