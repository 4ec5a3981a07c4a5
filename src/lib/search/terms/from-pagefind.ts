/**
 * Feeds the term index from Pagefind's own output: each fragment file holds a page's URL, the text
 * Pagefind indexed (đ marked, see fold.ts), its meta fields and filters. Reading them back means the
 * two tiers index exactly the same text, and the result shown can point at its fragment for the
 * excerpt. Ids follow the pages' sort dates (oldest first, undated last, then URL).
 *
 * Each shard's bundle is tokenised on its own (shard-terms.ts); a shard Pagefind reused from its
 * cache has its tokenised form cached beside it too (shard-cache.ts), so only changed shards are read.
 */
import { join } from 'node:path';
import { writeTermIndex, type TermIndexSummary } from './build.ts';
import { bundleDirs } from './fragments.ts';
import { readShardTerms, writeShardTerms } from './shard-cache.ts';
import type { ShardTerms } from './shard-terms.ts';
import { tokeniseShards } from './tokenise-shards.ts';

/** Document ids in date order: `dates` maps a page URL to its ISO sort date ('' when undated). */
export function idsByDate(dates: Map<string, string>): Map<string, number> {
  const urls = [...dates.keys()].sort((a, b) => {
    const [da, db] = [dates.get(a)!, dates.get(b)!];
    if (!da !== !db) return da ? -1 : 1;
    return da < db ? -1 : da > db ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });
  return new Map(urls.map((url, id) => [url, id]));
}

export interface TermIndexOptions {
  /**
   * Where the tokenised form of a bundle folder ('' or 'shard-<n>/') is kept between builds, when
   * it is (a file beside the shard's cached bundle, whose digest vouches for it).
   */
  cacheFileOf?: (dir: string) => string | undefined;
  /** Threads that tokenise uncached shards at once (default: one per core). */
  threads?: number;
}

/** Builds <pagefindDir>/kb/ from the Pagefind bundle in `pagefindDir`. Returns also how many shards were read from the cache. */
export async function termIndexFromPagefind(pagefindDir: string, dates: Map<string, string>, options: TermIndexOptions = {}): Promise<TermIndexSummary & { cachedShards: number }> {
  const ids = idsByDate(dates);
  const dirs = bundleDirs(pagefindDir);
  const cached = new Map<string, ShardTerms>();
  for (const dir of dirs) {
    const file = options.cacheFileOf?.(dir);
    const terms = file ? readShardTerms(file) : undefined;
    if (terms) cached.set(dir, terms);
  }
  const read = await tokeniseShards(pagefindDir, dirs.filter((dir) => !cached.has(dir)), options.threads);
  for (const [dir, terms] of read) {
    const file = options.cacheFileOf?.(dir);
    if (file) writeShardTerms(file, terms);
  }
  const idOf = (url: string) => {
    const id = ids.get(url);
    if (id === undefined) throw new Error(`Chỉ mục tìm kiếm: trang ${url} có trong Pagefind nhưng không có trong các trang đã dựng`);
    return id;
  };
  const shards = dirs.map((dir) => cached.get(dir) ?? read.get(dir)!);
  const summary = writeTermIndex(join(pagefindDir, 'kb'), ids.size, [...dates.values()].filter(Boolean).length, shards, idOf);
  return { ...summary, cachedShards: cached.size };
}
