import { formatProblem, type Problem } from '../../lib/problems.ts';

/** Prints problems for a person, as JSON, and (under GitHub Actions) as annotations on the diff. */
export function reportProblems(problems: readonly Problem[], options: { json: boolean }): void {
  if (options.json) {
    console.log(JSON.stringify({ problems, errors: count(problems, 'error'), warnings: count(problems, 'warning') }, null, 2));
  } else {
    for (const p of problems) console.log(formatProblem(p));
    const errors = count(problems, 'error');
    const warnings = count(problems, 'warning');
    console.log(errors || warnings ? `\n${errors} lỗi, ${warnings} cảnh báo.` : 'Nội dung hợp lệ: không có lỗi.');
  }
  if (process.env.GITHUB_ACTIONS) {
    for (const p of problems) console.log(githubAnnotation(p));
  }
}

function count(problems: readonly Problem[], severity: Problem['severity']): number {
  return problems.filter((p) => p.severity === severity).length;
}

/** `::error file=…,line=…::message` — GitHub shows it on the pull request's changed line. */
export function githubAnnotation(p: Problem, contentDir = process.env.KB_CONTENT_DIR ?? 'content'): string {
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const file = `${contentDir.replace(/\/$/, '')}/${p.file}`;
  return `::${p.severity === 'error' ? 'error' : 'warning'} file=${file},line=${p.line}${p.column ? `,col=${p.column}` : ''},title=${p.code}::${escape(p.message + (p.hint ? ` — ${p.hint}` : ''))}`;
}
