/**
 * Splitting the search index into shards. Pagefind keeps every indexed word occurrence in memory
 * until it writes the index (measured: about 200 bytes each, 5.6 GB for 10,600 report pages), and
 * it cannot update an index in place. So large sites are indexed in shards of at most
 * `pagesPerShard` pages, one Pagefind index each: memory stays bounded whatever the size of the
 * site, and a rebuild re-indexes only the shards whose pages changed. The term index the search
 * page answers from (terms/) is read from all the shards' fragments together, so its ranking is
 * the whole site's. A page's shard follows from its URL and its section's size (planShards). The
 * bundles stay a whole Pagefind index for any script that wants one: SHARD_LIST names the extra
 * shards for Pagefind's `mergeIndex` (merged shards rank by their own statistics, so near-equal
 * pages may change places against one whole index).
 */
import { contentHash } from '../cache/json-cache.ts';
import { urls } from '../urls.ts';
import { fnv1a } from './fnv.ts';

/**
 * Pages per Pagefind run. Measured at report size: 2,000 pages took 1.4 GB of Pagefind memory, and
 * two shards are indexed at once (index-site.ts): at 1,500 pages a shard the build's peak rose from
 * 2.7 to 3.5 GB at 10,000 reports. A rebuild after one report changed waits for its shard, indexed
 * on one core: 8–9 s at 750 pages, half that at 375 (the first rebuild of 10,000 reports: 31.9 →
 * 29.1 s), and the cold build is no slower (131.2 s, 29 shards, 17 of them indexed while the pages
 * were written).
 */
export const DEFAULT_PAGES_PER_SHARD = 375;

/** The file listing the extra shards, beside pagefind.js: `{ "shards": ["shard-1/", …] }`. */
export const SHARD_LIST = 'kb-shards.json';

/**
 * Which shard each indexed page goes to. Each section of the site (a URL's first segment: bao-cao,
 * van-ban) is split on its own into shards of near or under `pagesPerShard` pages, by a stable hash
 * of the URL, so a page stays put as pages are added until its section gains a shard (then that
 * section's pages move once: a full re-index of it). Sections apart, because Astro writes one
 * section's pages after another's: the report pages, written in shard order, can each be indexed as
 * soon as its shard's pages are all written (index-while-writing.ts), without waiting for the
 * documents written at the end. A site of at most `pagesPerShard` pages is one shard.
 */
export interface ShardPlan {
  /** Shards, numbered 0 … count−1 section after section (sections in name order). */
  readonly count: number;
  shardOf(url: string): number;
  /** What names a shard's cached bundle: its section, the section's shard count and its place there. */
  keyOf(shard: number): string;
}

/** The section of a page: its URL's first segment ('/bao-cao/x/y/' → 'bao-cao'). */
function sectionOf(url: string): string {
  return url.split('/', 2)[1] ?? '';
}

export function planShards(urls: Iterable<string>, pagesPerShard = DEFAULT_PAGES_PER_SHARD): ShardPlan {
  // A shard holds at least one page, whatever it is given.
  const perShard = Math.max(1, Math.floor(pagesPerShard));
  const sizes = new Map<string, number>();
  for (const url of urls) sizes.set(sectionOf(url), (sizes.get(sectionOf(url)) ?? 0) + 1);
  const total = [...sizes.values()].reduce((sum, n) => sum + n, 0);
  if (total <= perShard) return { count: 1, shardOf: () => 0, keyOf: () => 'all' };
  const sections = new Map<string, { first: number; count: number }>();
  const keys: string[] = [];
  for (const section of [...sizes.keys()].sort()) {
    const count = Math.ceil(sizes.get(section)! / perShard);
    sections.set(section, { first: keys.length, count });
    for (let n = 0; n < count; n++) keys.push(`${section}-${count}-${n}`);
  }
  return {
    count: keys.length,
    shardOf(url) {
      const section = sections.get(sectionOf(url));
      if (!section) throw new Error(`Chỉ mục tìm kiếm: trang ${url} không có trong các trang đã chia phần`);
      return section.first + (section.count === 1 ? 0 : fnv1a(url) % section.count);
    },
    keyOf: (shard) => keys[shard],
  };
}

/**
 * The pages the search indexes, as the content foretells them (every report's and every document's
 * page: the two that carry data-pagefind-body), and their plan. The report pages are written in
 * this plan's shard order and the shards indexed while pages are written follow it; the index made
 * once the site is written plans from the pages it finds, which are these.
 */
export function planSite(kb: { reports: readonly { id: string }[]; documents: readonly { id: string }[] }, pagesPerShard?: number): { urls: string[]; plan: ShardPlan } {
  const pages = [...kb.reports.map((report) => urls.report(report.id)), ...kb.documents.map((doc) => urls.document(doc.id))];
  return { urls: pages, plan: planShards(pages, pagesPerShard) };
}

/** A shard with pages, and whether it is the first such (the bundle that keeps the browser's files, shardDir). */
export interface ShardGroup<P> {
  shard: number;
  pages: P[];
  primary: boolean;
}

/** `pages` by shard, the shards with pages only, in shard order; one empty first shard for no pages at all. */
export function groupByShard<P extends { url: string }>(pages: readonly P[], plan: ShardPlan): ShardGroup<P>[] {
  const shards = Array.from({ length: plan.count }, () => [] as P[]);
  for (const page of pages) shards[plan.shardOf(page.url)].push(page);
  const groups = shards.map((shardPages, shard) => ({ shard, pages: shardPages })).filter((group) => group.pages.length);
  return (groups.length ? groups : [{ shard: 0, pages: [] }]).map((group, n) => ({ ...group, primary: n === 0 }));
}

/** `items` in the order of their pages' shards (stable: in their own order within a shard). */
export function inShardOrder<T>(items: readonly T[], urlOf: (item: T) => string, plan: ShardPlan): T[] {
  if (plan.count === 1) return [...items];
  const shards = items.map((item) => plan.shardOf(urlOf(item)));
  return items.map((item, n) => ({ item, n })).sort((a, b) => shards[a.n] - shards[b.n] || a.n - b.n).map(({ item }) => item);
}

/** The page URL of a built file: bao-cao/x/index.html → /bao-cao/x/. */
export function urlOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** A built page's file: /bao-cao/x/ → bao-cao/x/index.html (the inverse of urlOfFile). */
export function fileOfUrl(url: string): string {
  return `${url.slice(1)}index.html`;
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
 * What a shard's index depends on: how pages are handed to Pagefind (`format`), the shard's key,
 * and every page's URL and text as indexed. Equal digests mean an identical index.
 */
export function shardDigest(format: string, key: string, pages: { url: string; hash: string }[]): string {
  const lines = pages.map((p) => `${p.url}\t${p.hash}`).sort();
  return contentHash(`${format}\n${key}\n${lines.join('\n')}`);
}
