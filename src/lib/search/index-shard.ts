import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { contentHash } from '../cache/json-cache.ts';
import { markStrokes } from './fold.ts';
import { bundleOf, clearShard, dropBrowserFiles, readDigest, sealShard, termsFileOf } from './shard-store.ts';
import { shardDigest } from './shards.ts';
import { tokeniseBundle } from './terms/from-pagefind.ts';

/** How the site's pages are indexed: Vietnamese, whatever a page's lang says. Part of the shard cache's key (indexFormat). */
export const INDEX_OPTIONS = { forceLanguage: 'vi' } as const;

/** Everything besides the pages that decides an index: a cached shard from another format is not reused. */
export function indexFormat(): string {
  let version = 'unknown';
  try {
    version = JSON.parse(readFileSync(join(process.cwd(), 'node_modules/pagefind/package.json'), 'utf8')).version;
  } catch {
    // an unknown version only means no reuse across Pagefind upgrades is detected by version
  }
  return `pagefind ${version} ${JSON.stringify(INDEX_OPTIONS)} ${markStrokes.toString()} ${byUrl.toString()}`;
}

/**
 * The order pages are handed to Pagefind in, which numbers them in its files: by URL, so a shard
 * indexed while the site was written and one indexed afterwards are the same file for file.
 */
function byUrl(a: { url: string }, b: { url: string }): number {
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

/** Pages in flight to the Pagefind service at once: enough to keep it busy, little memory. */
const BATCH = 32;

/** One shard to index: its built pages (file under distDir, URL) and where its bundle goes. */
export interface ShardJob {
  distDir: string;
  pages: { file: string; url: string }[];
  outputPath: string;
}

/**
 * One Pagefind index over pages, written to `outputPath`, then deleted from the service so its
 * memory is freed. `read` gives a page's HTML, asked for a batch at a time. Every đ/Đ is handed to
 * Pagefind marked (fold.ts). Throws with Pagefind's own message, naming the page, when it refuses one.
 */
async function indexPages<P extends { url: string; file: string }>(unordered: readonly P[], read: (page: P) => string, outputPath: string): Promise<void> {
  const pages = [...unordered].sort(byUrl);
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    for (let i = 0; i < pages.length; i += BATCH) {
      const batch = pages.slice(i, i + BATCH);
      const added = await Promise.all(batch.map((page) => index.addHTMLFile({ url: page.url, content: markStrokes(read(page)) })));
      added.forEach((response, n) => {
        if (response.errors.length) throw new Error(`Pagefind không lập chỉ mục được ${batch[n].file}: ${response.errors.join('; ')}`);
      });
    }
    mkdirSync(outputPath, { recursive: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await index.deleteIndex();
  }
}

/** One shard's pages indexed from the built site into `outputPath`. */
export async function indexShard({ distDir, pages, outputPath }: ShardJob): Promise<void> {
  await indexPages(pages, ({ file }) => readFileSync(join(distDir, file), 'utf8'), outputPath);
}

/** A shard to put in the cache (shard-store.ts) from the pages as they are now. */
export interface CacheShardJob {
  distDir: string;
  pages: { file: string; url: string }[];
  /** The shard's cache folder, its key (shards.ts) and format (indexFormat) for the digest. */
  cached: string;
  key: string;
  format: string;
  /** Its folder under pagefind/ ('' for the first shard, which keeps the browser's files; 'shard-<n>/'). */
  dir: string;
}

/**
 * Makes a shard's cache folder hold the index of its pages as they are on disk now, with their
 * tokenised terms: 'unchanged' when it already did. Each page is read once, and the bytes hashed
 * for the digest are the bytes indexed, so the digest vouches for the bundle even if a page is
 * rewritten meanwhile (the build then finds another digest and indexes that shard again).
 */
export async function cacheShard({ distDir, pages, cached, key, format, dir }: CacheShardJob): Promise<'indexed' | 'unchanged'> {
  const read = pages.map((page) => ({ ...page, bytes: readFileSync(join(distDir, page.file)) }));
  const digest = shardDigest(format, key, read.map(({ url, bytes }) => ({ url, hash: contentHash(bytes) })));
  if (readDigest(cached) === digest) return 'unchanged';
  clearShard(cached);
  // Written as the site's pagefind/ folder would hold it, so the fragments' paths are the site's.
  const staging = `${cached}.new`;
  rmSync(staging, { recursive: true, force: true });
  try {
    const bundle = join(staging, dir);
    await indexPages(read, ({ bytes }) => bytes.toString('utf8'), bundle);
    if (dir) dropBrowserFiles(bundle);
    mkdirSync(cached, { recursive: true });
    tokeniseBundle(staging, dir, termsFileOf(cached));
    renameSync(bundle, bundleOf(cached));
    sealShard(cached, digest);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return 'indexed';
}
