import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { contentHash } from '../cache/json-cache.ts';
import { inParallel } from '../cache/in-parallel.ts';
import { linkTree } from '../cache/link-tree.ts';
import { listFiles } from '../content/walk.ts';
import { termIndexFromPagefind } from './terms/from-pagefind.ts';
import { indexFormat, indexShard, type ShardJob } from './index-shard.ts';
import { onShardThread } from './shard-thread.ts';
import { bundleOf, clearShard, dropBrowserFiles, pruneShards, readDigest, sealShard, shardCacheName, termsFileOf } from './shard-store.ts';
import { groupByShard, planShards, SHARD_LIST, shardDigest, shardDir, urlOfFile } from './shards.ts';
import { TERM_DIR } from './terms/from-pagefind.ts';

/** What indexing a built site did. */
export interface IndexSummary {
  /** Pages that carry data-pagefind-body (reports and documents), all indexed. */
  pages: number;
  /** Wall time of indexing and writing the bundle, in milliseconds. */
  ms: number;
  /** Where the bundle went (<distDir>/pagefind). */
  outputPath: string;
  /** Pagefind runs the index was split into (see shards.ts), and how many were reused unchanged. */
  shards: number;
  reused: number;
  /** The term index written beside the bundle (<distDir>/pagefind/kb/, see terms/format.ts), and its time. */
  terms: number;
  termMs: number;
  /** Term index files written (the others were left as the last build wrote them). */
  termFilesWritten: number;
  /** Shards whose tokenised terms came from an earlier build's cache (not read and tokenised again). */
  termShardsReused: number;
  /** Of the reused shards, those indexed while the pages were being written (index-while-writing.ts). */
  indexedEarly: number;
}

export interface IndexOptions {
  /** Pages per Pagefind run (default DEFAULT_PAGES_PER_SHARD; settings.searchShardPages, from KB_SEARCH_SHARD_PAGES). */
  pagesPerShard?: number;
  /** Where shard bundles are kept between builds, so unchanged shards are copied, not re-indexed. */
  cacheDir?: string;
  /**
   * Cache folders (shard-store.ts) this build filled while the site was written
   * (index-while-writing.ts): awaited once the pages are read, so its last shard finishes meanwhile.
   */
  indexedEarly?: Promise<ReadonlySet<string>>;
  /**
   * The site being served, which this build will replace (staged-output.ts), if any: a term index
   * file this build would write with the same bytes is hard-linked from its pagefind/kb/ instead
   * (terms/writer.ts). After one report changed, 166 of 14,650 files differ; writing them all anew
   * took 6 s of a 10,000-report rebuild.
   */
  liveSite?: string;
}


interface Page { file: string; url: string; hash: string; date: string }

/** The ISO date a page sorts by (SearchFields.astro writes it), '' when undated. */
const SORT_DATE = 'data-pagefind-sort="date[data-value]" data-value="';

/** A page's sort date, read from its bytes ('' when it has none): 12,000 pages are not decoded just for it. */
function sortDate(html: Buffer): string {
  const at = html.indexOf(SORT_DATE);
  if (at < 0) return '';
  const from = at + Buffer.byteLength(SORT_DATE);
  const end = html.indexOf('"', from);
  return end < 0 ? '' : html.toString('utf8', from, end);
}

/**
 * Builds the Pagefind index of a built site in `distDir` (written to `<distDir>/pagefind`). Only
 * pages with a data-pagefind-body element are read: report and document pages; lists, unit pages
 * and the search page itself are left out. Every đ/Đ is handed to Pagefind marked (see fold.ts);
 * files on disk are not changed. Large sites are indexed in shards (see shards.ts), two at a time;
 * the term index (terms/) is then read from all of them. Throws with Pagefind's own message when it
 * refuses a page.
 */
export async function indexSite(distDir: string, options: IndexOptions = {}): Promise<IndexSummary> {
  const started = performance.now();
  const outputPath = join(distDir, 'pagefind');
  rmSync(outputPath, { recursive: true, force: true });
  const pages = listFiles(distDir, '', ['.html']).filter((file) => !file.startsWith('pagefind/')).flatMap((file): Page[] => {
    // Bytes, not text: every page is read to find the indexed ones, and decoding them all cost seconds.
    const html = readFileSync(join(distDir, file));
    return html.includes('data-pagefind-body') ? [{ file, url: urlOfFile(file), hash: contentHash(html), date: sortDate(html) }] : [];
  });
  const plan = planShards(pages.map((page) => page.url), options.pagesPerShard);
  // One shard is quick to index and needs no reuse; caching it would only fill the disk.
  const cache = plan.count > 1 ? options.cacheDir : undefined;
  const format = indexFormat();
  let reused = 0;
  // The bundle folders of the shards indexed while the site was written (their terms were cut then).
  const earlyDirs = new Set<string>();
  // The tokenised terms of each cached shard (terms/shard-cache.ts), by its folder under pagefind/.
  const termCaches = new Map<string, string>();
  const written = groupByShard(pages, plan);
  const cacheNames = written.map(({ shard, primary }) => shardCacheName(plan, shard, primary));
  const early = await options.indexedEarly;
  const toIndex: { job: ShardJob; primary: boolean; cached: string | undefined; digest: string }[] = [];
  for (const [n, { shard, pages: shardPages, primary }] of written.entries()) {
    const dir = join(outputPath, shardDir(shard, primary));
    const digest = shardDigest(format, plan.keyOf(shard), shardPages);
    const cached = cache && join(cache, cacheNames[n]);
    if (cached) termCaches.set(shardDir(shard, primary), termsFileOf(cached));
    if (cached && readDigest(cached) === digest) {
      linkTree(bundleOf(cached), dir);
      if (early?.has(cacheNames[n])) earlyDirs.add(shardDir(shard, primary));
      else reused++;
      continue;
    }
    toIndex.push({ job: { distDir, pages: shardPages.map(({ file, url }) => ({ file, url })), outputPath: dir }, primary, cached: cached || undefined, digest });
  }
  // A single shard (a small site, or a rebuild) is indexed here; several, on threads of their own.
  const index = toIndex.length > 1 ? (job: ShardJob) => onShardThread({ kind: 'index', job }) : indexShard;
  try {
    await inParallel(toIndex, SHARDS_AT_ONCE, async ({ job, primary, cached, digest }) => {
      await index(job);
      if (!primary) dropBrowserFiles(job.outputPath);
      if (cached) {
        clearShard(cached);
        linkTree(job.outputPath, bundleOf(cached), (source) => !/\/shard-\d+$/.test(source));
        sealShard(cached, digest);
      }
    });
  } finally {
    await pagefind.close();
  }
  writeFileSync(join(outputPath, SHARD_LIST), JSON.stringify({ shards: written.slice(1).map(({ shard }) => shardDir(shard, false)) }));
  if (cache) pruneShards(cache, new Set(cacheNames));
  const termsStarted = performance.now();
  const terms = termIndexFromPagefind(outputPath, new Map(pages.map((page) => [page.url, page.date])), { cacheFileOf: (dir) => termCaches.get(dir), previous: options.liveSite && join(options.liveSite, 'pagefind', TERM_DIR) });
  return { pages: pages.length, ms: performance.now() - started, outputPath, shards: written.length, reused, terms: terms.terms, termFilesWritten: terms.written, termMs: performance.now() - termsStarted, termShardsReused: terms.cachedDirs.filter((dir) => !earlyDirs.has(dir)).length, indexedEarly: earlyDirs.size };
}

/**
 * Shards indexed at once, each by a Pagefind service of its own (index-shard-worker.ts): one service
 * indexes on about one core and works through its indexes one at a time, so on two cores two
 * services take about half as long. Each holds only its shard's pages.
 */
const SHARDS_AT_ONCE = Math.max(1, Math.min(2, availableParallelism()));
