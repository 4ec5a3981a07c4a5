import { formatProblem, type Problem } from '../../lib/problems.ts';

/** For a person at a terminal: one problem per line (file:line, what, how to fix), then a count. */
export function formatForPerson(problems: readonly Problem[]): string {
  const errors = count(problems, 'error');
  const warnings = count(problems, 'warning');
  const lines = problems.map(formatProblem);
  lines.push(errors || warnings ? `\n${errors} lỗi, ${warnings} cảnh báo.` : 'Nội dung hợp lệ: không có lỗi.');
  return lines.join('\n');
}

export function count(problems: readonly Problem[], severity: Problem['severity']): number {
  return problems.filter((p) => p.severity === severity).length;
}
