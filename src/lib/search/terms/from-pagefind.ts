/**
 * Feeds the term index from Pagefind's own output: each fragment file holds a page's URL, the text
 * Pagefind indexed (đ marked, see fold.ts), its meta fields and filters. Reading them back means the
 * two tiers index exactly the same text, and the result shown can point at its fragment for the
 * excerpt. Ids follow the pages' sort dates (oldest first, undated last, then URL).
 *
 * Each shard's bundle is tokenised on its own (shard-terms.ts); a shard Pagefind reused from its
 * cache has its tokenised form cached beside it too (shard-cache.ts), so only changed shards are read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unmarkStrokes } from '../fold.ts';
import { writeTermIndexOfShards, type TermIndexSummary } from './build.ts';
import { writeDayTable } from './days.ts';
import { linkDocumentFiles } from './document-files.ts';
import { readShardTerms, writeShardTerms } from './shard-cache.ts';
import { tokenisePages, type IndexedPage, type ShardTerms } from './shard-terms.ts';

/** The term index's folder under pagefind/. */
export const TERM_DIR = 'kb';

interface Fragment { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }

/** Pagefind's files are gzip with a 12-byte signature in front of the JSON. */
function readFragment(file: string): Fragment {
  const data = gunzipSync(readFileSync(file));
  return JSON.parse(data.subarray(12).toString('utf8')) as Fragment;
}

/** The bundle folders under pagefindDir, relative to it: Pagefind's own ('') and every shard-<n>/. */
function bundleDirs(pagefindDir: string): string[] {
  return ['', ...readdirSync(pagefindDir).filter((name) => /^shard-\d+$/.test(name)).map((name) => `${name}/`)];
}

/** The pages of one bundle folder, in fragment file order; fragment paths are relative to pagefindDir. */
function* bundlePages(pagefindDir: string, dir: string): Generator<IndexedPage> {
  const folder = join(pagefindDir, dir, 'fragment');
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder).filter((name) => name.endsWith('.pf_fragment'))) {
    const fragment = `${dir}fragment/${name}`;
    const page = readFragment(join(pagefindDir, fragment));
    const meta = Object.fromEntries(Object.entries(page.meta).map(([k, v]) => [k, unmarkStrokes(v)]));
    // The content is only cut into words, which fold a marked d and a đ alike: no need to unmark it.
    yield { fragment, url: page.url, content: page.content, meta, filters: page.filters };
  }
}

/** One bundle folder's pages tokenised (shard-terms.ts), and kept in `cacheFile` when given (shard-cache.ts). */
export function tokeniseBundle(pagefindDir: string, dir: string, cacheFile?: string): ShardTerms {
  const terms = tokenisePages(bundlePages(pagefindDir, dir));
  if (cacheFile) writeShardTerms(cacheFile, terms);
  return terms;
}

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
  /** The term index of the site being served, whose unchanged files are linked, not written (writer.ts). */
  previous?: string;
}

/** Builds <pagefindDir>/kb/ from the Pagefind bundle in `pagefindDir`. Returns also the bundle folders whose tokenised terms were read from the cache. */
export function termIndexFromPagefind(pagefindDir: string, dates: Map<string, string>, options: TermIndexOptions = {}): TermIndexSummary & { cachedDirs: string[] } {
  const ids = idsByDate(dates);
  const cachedDirs: string[] = [];
  const shards = bundleDirs(pagefindDir).map((dir): ShardTerms => {
    const cacheFile = options.cacheFileOf?.(dir);
    const cached = cacheFile ? readShardTerms(cacheFile) : undefined;
    if (cached) {
      cachedDirs.push(dir);
      return cached;
    }
    return tokeniseBundle(pagefindDir, dir, cacheFile);
  });
  const idOf = (url: string) => {
    const id = ids.get(url);
    if (id === undefined) throw new Error(`Chỉ mục tìm kiếm: trang ${url} có trong Pagefind nhưng không có trong các trang đã dựng`);
    return id;
  };
  const termDir = join(pagefindDir, TERM_DIR);
  const summary = writeTermIndexOfShards(termDir, ids.size, [...dates.values()].filter(Boolean).length, shards, idOf, options.previous);
  linkDocumentFiles(pagefindDir, termDir, summary.fragments.entries());
  writeDayTable(termDir, dates, ids);
  return { ...summary, cachedDirs };
}
