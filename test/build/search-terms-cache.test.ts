import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bucketOf, type Bucket, type Manifest } from '../../src/lib/search/terms/format.ts';
import { buildSite } from '../helpers/build-site.ts';
import { contentFolder } from '../helpers/content-folder.ts';

/**
 * A rebuild takes the tokenised terms of every unchanged shard from the cache and reads only the
 * changed shard's pages (src/lib/search/terms/shard-cache.ts). What it writes must be exactly what
 * a build from nothing writes: same results, same order, same scores.
 */
const report = (id: string, word: string) => [
  `reports/tinh-a/huyen-a/${id}.mdx`,
  `---\nunit: huyen-a\nperiod: 2023-H1\nissued: 2023-06-20\ntitle: Báo cáo ${id}\n---\n\nBáo cáo về đối ngoại nhân dân, có từ ${word}.\n`,
] as const;

/** Every file of the term index, by path, as text. */
function termIndexFiles(outDir: string): Map<string, string> {
  const root = join(outDir, 'pagefind', 'kb');
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [relative(root, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name), 'utf8')]));
}

/** How many documents the term index says hold `word` (a folded syllable). */
function documentsWith(outDir: string, word: string): number {
  const root = join(outDir, 'pagefind', 'kb');
  const manifest = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')) as Manifest;
  const entry = (JSON.parse(readFileSync(join(root, `b/${bucketOf(word, manifest.buckets)}.json`), 'utf8')) as Bucket)[word];
  return entry === undefined ? 0 : typeof entry === 'string' ? (JSON.parse(readFileSync(join(root, `t/${entry}.json`), 'utf8')) as [number])[0] : entry[0];
}

describe('the term index rebuilt from cached shards', () => {
  it('is the same, file for file, as the term index of a build from nothing', () => {
    const content = contentFolder(Object.fromEntries([report('2023-h1-a', 'TUMOTCACHE'), report('2023-h1-b', 'TUHAICACHE'), report('2023-h1-c', 'TUBACACHE')]));
    // One page per shard, so the fixture has several shards, as 10,000 reports do.
    const env = (cache: string) => ({ KB_SEARCH_SHARD_PAGES: '1', KB_CACHE_DIR: cache });
    const cache = mkdtempSync(join(tmpdir(), 'kb-cache-'));
    const first = buildSite(content, env(cache));
    expect(documentsWith(first.outDir, 'tuhaicache')).toBe(1);

    const [file, text] = report('2023-h1-b', 'TUMOICACHE');
    writeFileSync(join(content, file), text);
    const rebuilt = buildSite(content, env(cache));
    const shards = Number(/; (\d+) phần, dùng lại/.exec(rebuilt.log)![1]);
    expect(shards).toBeGreaterThan(2);
    expect(rebuilt.log).toContain(`dùng lại từ đã tách của ${shards - 1} phần`);
    expect(documentsWith(rebuilt.outDir, 'tuhaicache')).toBe(0);
    expect(documentsWith(rebuilt.outDir, 'tumoicache')).toBe(1);

    const cold = buildSite(content, env(mkdtempSync(join(tmpdir(), 'kb-cache-'))));
    expect(cold.log).toContain('dùng lại từ đã tách của 0 phần');
    const [fromCache, fromNothing] = [termIndexFiles(rebuilt.outDir), termIndexFiles(cold.outDir)];
    expect([...fromCache.keys()].sort()).toEqual([...fromNothing.keys()].sort());
    for (const [path, text] of fromNothing) expect(fromCache.get(path), path).toBe(text);
  }, 600_000);
});
