import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { contentHash } from '../cache/json-cache.ts';
import { inParallel } from '../cache/in-parallel.ts';
import { linkTree } from '../cache/link-tree.ts';
import { listFiles } from '../content/walk.ts';
import { markStrokes } from './fold.ts';
import { termIndexFromPagefind } from './terms/from-pagefind.ts';
import { INDEX_OPTIONS, indexShard, type ShardJob } from './index-shard.ts';
import { DEFAULT_PAGES_PER_SHARD, SHARD_LIST, shardCount, shardDigest, shardDir, shardOf } from './shards.ts';

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
  /** Shards whose tokenised terms came from the cache (not read and tokenised again). */
  termShardsReused: number;
}

export interface IndexOptions {
  /** Pages per Pagefind run (default DEFAULT_PAGES_PER_SHARD; settings.searchShardPages, from KB_SEARCH_SHARD_PAGES). */
  pagesPerShard?: number;
  /** Where shard bundles are kept between builds, so unchanged shards are copied, not re-indexed. */
  cacheDir?: string;
}


/** Everything besides the pages that decides an index: a cached shard from another format is not reused. */
function indexFormat(): string {
  let version = 'unknown';
  try {
    version = JSON.parse(readFileSync(join(process.cwd(), 'node_modules/pagefind/package.json'), 'utf8')).version;
  } catch {
    // an unknown version only means no reuse across Pagefind upgrades is detected by version
  }
  return `pagefind ${version} ${JSON.stringify(INDEX_OPTIONS)} ${markStrokes.toString()}`;
}

/** The page URL of a built file: bao-cao/x/index.html → /bao-cao/x/. */
export function urlOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
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
  const count = shardCount(pages.length, options.pagesPerShard ?? DEFAULT_PAGES_PER_SHARD);
  const shards = Array.from({ length: count }, () => [] as Page[]);
  for (const page of pages) shards[shardOf(page.url, count)].push(page);
  // One shard is quick to index and needs no reuse; caching it would only fill the disk.
  const cache = count > 1 ? options.cacheDir : undefined;
  const format = indexFormat();
  let reused = 0;
  // The tokenised terms of each cached shard (terms/shard-cache.ts), by its folder under pagefind/.
  const termCaches = new Map<string, string>();
  const written = shards.map((shardPages, shard) => ({ shard, pages: shardPages })).filter((s) => s.pages.length);
  if (!written.length) written.push({ shard: 0, pages: [] });
  const toIndex: { job: ShardJob; primary: boolean; cached: string | undefined; digest: string }[] = [];
  for (const [n, { shard, pages: shardPages }] of written.entries()) {
    const primary = n === 0;
    const dir = join(outputPath, shardDir(shard, primary));
    const digest = shardDigest(format, count, shardPages);
    const cached = cache && join(cache, `${count}-${shard}-${primary ? 'primary' : 'merged'}`);
    if (cached) termCaches.set(shardDir(shard, primary), join(cached, 'terms.v8'));
    if (cached && readDigest(cached) === digest) {
      linkTree(join(cached, 'bundle'), dir);
      reused++;
      continue;
    }
    toIndex.push({ job: { distDir, pages: shardPages.map(({ file, url }) => ({ file, url })), outputPath: dir }, primary, cached: cached || undefined, digest });
  }
  // A single shard (a small site, or a rebuild) is indexed here; several, on threads of their own.
  const index = toIndex.length > 1 ? indexShardOnThread : indexShard;
  try {
    await inParallel(toIndex, SHARDS_AT_ONCE, async ({ job, primary, cached, digest }) => {
      await index(job);
      if (!primary) dropBrowserFiles(job.outputPath);
      if (cached) {
        rmSync(cached, { recursive: true, force: true });
        linkTree(job.outputPath, join(cached, 'bundle'), (source) => !/\/shard-\d+$/.test(source));
        writeFileSync(join(cached, 'digest'), digest);
      }
    });
  } finally {
    await pagefind.close();
  }
  writeFileSync(join(outputPath, SHARD_LIST), JSON.stringify({ shards: written.slice(1).map(({ shard }) => shardDir(shard, false)) }));
  if (cache) pruneCache(cache, new Set(written.map(({ shard }, n) => `${count}-${shard}-${n === 0 ? 'primary' : 'merged'}`)));
  const termsStarted = performance.now();
  const terms = termIndexFromPagefind(outputPath, new Map(pages.map((page) => [page.url, page.date])), { cacheFileOf: (dir) => termCaches.get(dir) });
  return { pages: pages.length, ms: performance.now() - started, outputPath, shards: written.length, reused, terms: terms.terms, termMs: performance.now() - termsStarted, termShardsReused: terms.cachedShards };
}

/**
 * Shards indexed at once, each by a Pagefind service of its own (index-shard-worker.ts): one service
 * indexes on about one core and works through its indexes one at a time, so on two cores two
 * services take about half as long. Each holds only its shard's pages.
 */
const SHARDS_AT_ONCE = Math.max(1, Math.min(2, availableParallelism()));

/** Indexes one shard on a thread of its own, which starts and stops its own Pagefind service. */
function indexShardOnThread(job: ShardJob): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./index-shard-worker.ts', import.meta.url), { workerData: job });
    let answered = false;
    worker.once('message', (error: string | null) => {
      answered = true;
      if (error) reject(new Error(error));
      else resolve();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`Pagefind: luồng lập chỉ mục dừng giữa chừng (mã ${code})`));
    });
  });
}

/** A merged shard needs only its index files: the browser runs the first bundle's script and WebAssembly. */
function dropBrowserFiles(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (/\.(js|css)$|^wasm\./.test(name)) rmSync(join(dir, name));
  }
}

function readDigest(cached: string): string | undefined {
  try {
    return existsSync(join(cached, 'bundle')) ? readFileSync(join(cached, 'digest'), 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps only this build's shards in the cache. */
function pruneCache(cache: string, keep: Set<string>): void {
  for (const name of readdirSync(cache)) {
    if (!keep.has(name)) rmSync(join(cache, name), { recursive: true, force: true });
  }
}
