import type { Problem } from '../../lib/problems.ts';
import { formatForPerson } from './cli.ts';
import { githubAnnotation } from './github-actions.ts';
import { formatJson } from './json.ts';

export { formatForPerson, formatJson, githubAnnotation };

/**
 * Prints problems for a person or as JSON; under GitHub Actions (`githubWorkspace` given, from
 * GITHUB_ACTIONS and GITHUB_WORKSPACE) also as annotations on the diff. Reporters are separate
 * files, as starlight-links-validator keeps them.
 */
export function reportProblems(problems: readonly Problem[], options: { json: boolean; contentRoot: string; githubWorkspace?: string }): void {
  console.log(options.json ? formatJson(problems) : formatForPerson(problems));
  if (options.githubWorkspace !== undefined) {
    // On stderr when JSON goes to stdout, so a script reading the JSON is not disturbed.
    const out = options.json ? console.error : console.log;
    for (const p of problems) out(githubAnnotation(p, options.contentRoot, options.githubWorkspace));
  }
}
