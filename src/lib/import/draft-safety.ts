import { checkBodySafety } from '../content/mdx-safety.ts';
import type { Problem } from '../problems.ts';

/**
 * The build's own MDX rules applied to the body of a draft about to be written, with lines counted
 * in the draft (the body starts on the line after the closing `---`). `body` when the caller has it
 * apart already; otherwise it is cut from the draft.
 */
export function draftBodyProblems(mdx: string, path: string, body?: string): Problem[] {
  const lines = mdx.split('\n');
  const bodyLine = lines.indexOf('---', 1) + 2;
  return checkBodySafety(body ?? lines.slice(bodyLine - 1).join('\n'), path, bodyLine);
}
