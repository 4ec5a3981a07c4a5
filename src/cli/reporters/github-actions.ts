import { relative } from 'node:path';
import type { Problem } from '../../lib/problems.ts';

/**
 * `::error file=…,line=…::message`: GitHub Actions shows it on the pull request's changed line.
 * The file is named from the repository root (the workspace), wherever the content root is.
 */
export function githubAnnotation(p: Problem, contentRoot: string, workspace: string): string {
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const file = [relative(workspace, contentRoot), p.file].filter(Boolean).join('/').split('\\').join('/');
  const where = `file=${property(file)},line=${p.line}${p.column ? `,col=${p.column}` : ''},title=${property(p.code)}`;
  return `::${p.severity === 'error' ? 'error' : 'warning'} ${where}::${data(p.message + (p.hint ? ` — ${p.hint}` : ''))}`;
}
