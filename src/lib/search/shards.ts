/**
 * Splitting the search index into shards. Pagefind keeps every indexed word occurrence in memory
 * until it writes the index (measured: about 200 bytes each, 5.6 GB for 10,600 report pages), and
 * it cannot update an index in place. So large sites are indexed in shards of at most
 * `pagesPerShard` pages, one Pagefind index each: memory stays bounded whatever the size of the
 * site, and a rebuild re-indexes only the shards whose pages changed. The term index the search
 * page answers from (terms/) is read from all the shards' fragments together, so its ranking is
 * the whole site's. A page's shard follows from its URL alone, so it stays put as reports are
 * added, until the shard count changes. Small sites (one shard) are indexed as one. The bundles
 * stay a whole Pagefind index for any script that wants one: SHARD_LIST names the extra shards for
 * Pagefind's `mergeIndex` (merged shards rank by their own statistics, so near-equal pages may
 * change places against one whole index).
 */
import { contentHash } from '../cache/json-cache.ts';
import { fnv1a } from './fnv.ts';

/**
 * Pages per Pagefind run. Measured at report size: 2,000 pages took 1.4 GB of Pagefind memory, and
 * two shards are indexed at once (index-site.ts), so at 1,500 pages a shard the build's peak rose
 * from 2.7 to 3.5 GB at 10,000 reports; at 750 it stays under 3 GB, and a rebuild after one change
 * re-indexes half as many pages (one shard of about 700 instead of 1,300, 8 s on two cores).
 */
export const DEFAULT_PAGES_PER_SHARD = 750;

/** The file listing the extra shards, beside pagefind.js: `{ "shards": ["shard-1/", …] }`. */
export const SHARD_LIST = 'kb-shards.json';

/**
 * Shards for a site: as many as keep every shard near or under `pagesPerShard` pages. Adding pages
 * past a multiple of it adds a shard, and pages then move between shards once (a full re-index).
 */
export function shardCount(pages: number, pagesPerShard: number): number {
  return Math.max(1, Math.ceil(pages / pagesPerShard));
}

/** The shard of a page, from its URL (a stable hash, so pages do not move between builds). */
export function shardOf(url: string, count: number): number {
  return count === 1 ? 0 : fnv1a(url) % count;
}

/**
 * Where a shard's bundle goes under the site's pagefind/ folder. The first shard that has pages is
 * Pagefind's own bundle (pagefind.js and the WebAssembly the browser runs); the others hold only
 * their index, and sit in shard-<n>/. Empty shards (possible on a small site) are not written.
 */
export function shardDir(shard: number, primary: boolean): string {
  return primary ? '' : `shard-${shard}/`;
}

/**
 * What a shard's index depends on: how pages are handed to Pagefind (`format`), the shard count,
 * and every page's URL and text as indexed. Equal digests mean an identical index.
 */
export function shardDigest(format: string, count: number, pages: { url: string; hash: string }[]): string {
  const lines = pages.map((p) => `${p.url}\t${p.hash}`).sort();
  return contentHash(`${format}\n${count}\n${lines.join('\n')}`);
}
