import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

/**
 * Content files changed against a git revision (working tree and untracked files included), as
 * paths under the content root. Deleted files are left out: there is nothing left to check.
 */
export function changedContentFiles(root: string, base = 'HEAD'): Set<string> {
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' });
  const top = git('rev-parse', '--show-toplevel').trim();
  const listed = [
    ...git('diff', '--name-only', '--diff-filter=d', base, '--', '.').split('\n'),
    ...git('ls-files', '--others', '--exclude-standard', '--', '.').split('\n').map((p) => relative(top, resolve(root, p))),
  ].filter(Boolean);
  return new Set(listed.map((p) => relative(root, resolve(top, p)).split('\\').join('/')).filter((p) => !p.startsWith('..')));
}
