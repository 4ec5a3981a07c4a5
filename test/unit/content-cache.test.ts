import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJsonCache } from '../../src/lib/cache/json-cache.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load.ts';
import { loadWithCache } from '../../src/lib/content/load-shared.ts';
import { contentFolder } from '../helpers/content-folder.ts';

const FILE = 'reports/tinh-a/huyen-a/moi.mdx';
const bad = '---\nunit: huyen-a\nperiod: 2022-H1\ntitle: Báo cáo thử\ndirectives:\n  - nq-22-2013\n  - nd-80-2022\n---\n\nNội dung.\n';

describe('the frontmatter cache (node_modules/.cache/kb)', () => {
  const previous = process.env.KB_CACHE_DIR;
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kb-cache-'));
    process.env.KB_CACHE_DIR = dir;
  });
  afterEach(() => {
    if (previous === undefined) delete process.env.KB_CACHE_DIR;
    else process.env.KB_CACHE_DIR = previous;
  });

  it('gives the same knowledge base and the same problems, at the same lines, warm as cold', () => {
    const root = contentFolder({ [FILE]: bad });
    const uncached = loadKnowledgeBase(root);
    const cold = loadWithCache(root);
    expect(existsSync(join(dir, 'frontmatter.json'))).toBe(true);
    const warm = loadWithCache(root);
    for (const run of [cold, warm]) {
      expect(run.problems).toEqual(uncached.problems);
      expect(run.kb.reports.map((r) => [r.id, r.title, r.tasks, r.progress])).toEqual(uncached.kb.reports.map((r) => [r.id, r.title, r.tasks, r.progress]));
    }
    expect(warm.problems.find((p) => p.file === FILE)).toMatchObject({ line: 7, code: 'unknown-directive' });
  });

  it('sees an edited file at once: entries are keyed by the text, not the file name', () => {
    const root = contentFolder({ [FILE]: bad });
    loadWithCache(root);
    writeFileSync(join(root, FILE), bad.replace('nd-80-2022', 'nq-59-2025'));
    expect(loadWithCache(root).problems).toEqual([]);
  });

  it('keeps what a run used and drops the rest beyond its bound', () => {
    const first = openJsonCache<number>('bounded.json', 3);
    for (const key of ['a', 'b', 'c']) first.set(key, key.charCodeAt(0));
    first.flush();
    const second = openJsonCache<number>('bounded.json', 3);
    second.set('d', 100);
    second.set('e', 101);
    expect(second.get('a')).toBe(97);
    second.flush();
    const third = openJsonCache<number>('bounded.json', 3);
    expect(['a', 'd', 'e'].map((k) => third.get(k))).toEqual([97, 100, 101]);
    expect(['b', 'c'].map((k) => third.get(k))).toEqual([undefined, undefined]);
  });
});
