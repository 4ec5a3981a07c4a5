import type { Problem } from '../../lib/problems.ts';
import { count } from './cli.ts';

/** For scripts: every problem with its fields, and the totals. */
export function formatJson(problems: readonly Problem[]): string {
  return JSON.stringify({ problems, errors: count(problems, 'error'), warnings: count(problems, 'warning') }, null, 2);
}
