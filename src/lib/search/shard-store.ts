/**
 * The cache of search shards kept between builds: one folder per shard, holding the shard's
 * Pagefind bundle (`bundle/`), its tokenised terms (`terms.v8`, terms/shard-cache.ts) and the
 * digest of the pages it was made from (`digest`, shards.ts shardDigest), written last. A folder
 * whose digest equals the digest of the pages now in the site is used as it is; any other is
 * replaced whole. Both the index made once the site is written (index-site.ts) and the shards
 * indexed while pages are still being written (index-while-writing.ts) fill it.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShardPlan } from './shards.ts';

/** The cache folder of a shard: its key, and whether it carries the browser's files (the first shard). */
export function shardCacheName(plan: ShardPlan, shard: number, primary: boolean): string {
  return `${plan.keyOf(shard)}-${primary ? 'primary' : 'merged'}`;
}

/** The tokenised terms kept beside a cached bundle. */
export function termsFileOf(cached: string): string {
  return join(cached, 'terms.v8');
}

export function bundleOf(cached: string): string {
  return join(cached, 'bundle');
}

/** The digest a cached shard was made from, or undefined when it is missing or incomplete. */
export function readDigest(cached: string): string | undefined {
  try {
    return existsSync(bundleOf(cached)) ? readFileSync(join(cached, 'digest'), 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** Empties a shard's cache folder before it is filled again: a half-filled one has no digest. */
export function clearShard(cached: string): void {
  rmSync(cached, { recursive: true, force: true });
}

/** Marks a filled cache folder as made from the pages of `digest`: the last write, so a kill before it leaves no valid shard. */
export function sealShard(cached: string, digest: string): void {
  writeFileSync(join(cached, 'digest'), digest);
}

/** Keeps only this build's shards in the cache. */
export function pruneShards(cache: string, keep: Set<string>): void {
  for (const name of readdirSync(cache)) {
    if (!keep.has(name)) rmSync(join(cache, name), { recursive: true, force: true });
  }
}

/** A merged shard needs only its index files: the browser runs the first bundle's script and WebAssembly. */
export function dropBrowserFiles(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (/\.(js|css)$|^wasm\./.test(name)) rmSync(join(dir, name));
  }
}
