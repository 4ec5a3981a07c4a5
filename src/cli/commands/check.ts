import { parseArgs } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadForCheck } from '../../lib/content/load-shared.ts';
import { listFiles } from '../../lib/content/walk.ts';
import { hasErrors, type Problem } from '../../lib/problems.ts';
import { changedContentFiles } from '../git-changes.ts';
import { reportProblems } from '../reporters/index.ts';
import type { Command } from './command.ts';

export const check: Command = {
  summary: 'kiểm tra nội dung: [--json] [--changed [--base REV]] [ĐƯỜNG_DẪN…]; thoát 1 nếu có lỗi',
  async run(args, settings) {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true,
      options: { json: { type: 'boolean' }, changed: { type: 'boolean' }, base: { type: 'string' } },
    });
    const root = settings.contentRoot;
    // Paths given (files or folders), or the files changed in git: only those are reported (all
    // content is still read, so references to unchanged files resolve).
    const only = values.changed
      ? changedContentFiles(root, values.base ?? 'HEAD')
      : positionals.length ? new Set(positionals.map((p) => relative(root, resolve(p)).split('\\').join('/'))) : undefined;
    // A path given that is not there, or lies outside the content root, would check nothing and say
    // all is well: refuse it instead.
    if (!values.changed && positionals.length) {
      const stray = positionals.filter((p) => !existsSync(resolve(p)) || relative(root, resolve(p)).startsWith('..'));
      if (stray.length) {
        for (const p of stray) {
          console.error(existsSync(resolve(p)) ? `kb check: "${p}" nằm ngoài thư mục nội dung (${root}).` : `kb check: không có tệp hay thư mục "${p}".`);
        }
        return 2;
      }
    }
    const wanted = only && expandFolders(only, root);
    const { problems } = loadForCheck(root, settings.cacheDir, wanted);
    const shown = wanted ? problems.filter((p) => within(p, only!)) : problems;
    reportProblems(shown, { json: Boolean(values.json), contentRoot: root, githubWorkspace: settings.githubActions ? settings.githubWorkspace : undefined });
    return hasErrors(shown) ? 1 : 0;
  },
};

/** A problem belongs to a path given when it is in that file or under that folder. */
function within(problem: Problem, paths: ReadonlySet<string>): boolean {
  for (const path of paths) if (problem.file === path || problem.file.startsWith(`${path.replace(/\/$/, '')}/`)) return true;
  return false;
}

/** The files body checks run on: the files given, and every content file under a folder given. */
function expandFolders(paths: ReadonlySet<string>, root: string): Set<string> {
  const files = new Set<string>();
  for (const path of paths) {
    const full = join(root, path);
    if (existsSync(full) && statSync(full).isDirectory()) listFiles(root, path, ['.mdx', '.md', '.yaml', '.yml']).forEach((f) => files.add(f));
    else files.add(path);
  }
  return files;
}
