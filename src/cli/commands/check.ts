import { parseArgs } from 'node:util';
import { relative, resolve } from 'node:path';
import { loadWithCache } from '../../lib/content/load-shared.ts';
import { hasErrors } from '../../lib/problems.ts';
import { changedContentFiles } from '../git-changes.ts';
import { reportProblems } from '../reporters/index.ts';
import { contentRootFromEnv, type Command } from './command.ts';

export const check: Command = {
  summary: 'kiểm tra nội dung: [--json] [--changed] [ĐƯỜNG_DẪN…]; thoát 1 nếu có lỗi',
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, changed: { type: 'boolean' } } });
    const root = contentRootFromEnv();
    // Paths given, or the files changed in git: only those are reported (all content is still read,
    // so references to unchanged files resolve).
    const only = values.changed
      ? changedContentFiles(root)
      : positionals.length ? new Set(positionals.map((p) => relative(root, resolve(p)).split('\\').join('/'))) : undefined;
    const { problems } = loadWithCache(root, { onlyFiles: only });
    const shown = only ? problems.filter((p) => only.has(p.file)) : problems;
    reportProblems(shown, { json: Boolean(values.json) });
    return hasErrors(shown) ? 1 : 0;
  },
};
