import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadKnowledgeBase } from '../../lib/content/load.ts';
import { compareContent } from '../../lib/review/changes.ts';
import { reviewMarkdown } from '../../lib/review/markdown.ts';
import { parseAsOf } from '../../lib/settings.ts';
import { changedContentFiles } from '../git-changes.ts';
import { contentAtRevision } from '../git-snapshot.ts';
import type { Command } from './command.ts';

export const review: Command = {
  summary: 'tóm tắt thay đổi nội dung cho người duyệt (Markdown): --base REV [--as-of YYYY-MM-DD]',
  async run(args, settings) {
    const { values } = parseArgs({ args, options: { base: { type: 'string' }, 'as-of': { type: 'string' } } });
    if (!values.base) {
      console.error('Cách dùng: kb review --base REV   (ví dụ --base origin/main, hoặc --base HEAD cho thay đổi chưa commit)');
      return 2;
    }
    const root = settings.contentRoot;
    const asOf = values['as-of'] ? parseAsOf(values['as-of'], '--as-of') : settings.asOf;
    const baseRoot = contentAtRevision(root, values.base);
    try {
      const changed = changedContentFiles(root, values.base);
      const before = loadKnowledgeBase(baseRoot).kb;
      // Body checks run on the changed files only; everything is read so references resolve.
      const { kb: after, problems } = loadKnowledgeBase(root, { onlyFiles: changed });
      const changes = compareContent(before, after, changed, asOf);
      console.log(reviewMarkdown(changes, problems.filter((p) => changed.has(p.file)), after, values.base));
    } finally {
      rmSync(baseRoot, { recursive: true, force: true });
    }
    return 0;
  },
};
