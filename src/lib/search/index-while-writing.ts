/**
 * Indexes search shards while Astro is still writing the site. Astro writes pages on one core; at
 * 10,000 reports that is a minute in which the other core has nothing to do, followed by a minute
 * of Pagefind on both. The report pages are written in the order of their shards (their route's
 * getStaticPaths, shards.ts inShardOrder), so shard after shard has all its pages on disk long
 * before the site is done. Each such shard is indexed then, on a thread of its own, into the shard
 * cache (shard-store.ts), exactly as a shard reused from an earlier build would be; the index made
 * once the site is written (index-site.ts) finds it there and indexes only the rest.
 *
 * Nothing here can make the index wrong. A page counts as written when its file was modified since
 * this build started and ends its HTML; the thread hashes the very bytes it indexes, and the index
 * made afterwards uses the cached shard only if the pages it finds now have that digest. A page
 * caught half-written, a plan the content foretold wrongly or a failure here costs only the work:
 * that shard is indexed again afterwards, where a failure is reported.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { indexFormat } from './index-shard.ts';
import { shardCacheName } from './shard-store.ts';
import { onShardThread } from './shard-thread.ts';
import { fileOfUrl, groupByShard, shardDir, type ShardGroup, type ShardPlan } from './shards.ts';

export interface WhileWritingOptions {
  /** The folder Astro writes the site to. */
  distDir: string;
  /** The indexed pages' URLs as the content foretells them, and their plan (shards.ts planSite). */
  urls: readonly string[];
  plan: ShardPlan;
  /** The shard cache (index-site.ts IndexOptions.cacheDir). */
  cacheDir: string;
  /** When this build started writing (ms since the epoch): older files are an earlier build's. */
  since: number;
}

export interface WhileWriting {
  /**
   * Astro has written every page (astro:build:generated): the shards left that hold a page this
   * build wrote are indexed now, one after another, while the other integrations run, from their
   * pages whatever their age (a rebuild rewrites only the changed pages; the others are already
   * what this build would write). A shard with a page missing is left to the index made afterwards.
   */
  allWritten(): void;
  /** Stops looking for written shards, waits for the one being indexed, and names the cache folders filled. */
  stop(): Promise<Set<string>>;
}

/** How often the folder is looked at for the next shard's pages. */
const POLL_MS = 200;
/** With no new page for this long the build has stopped writing (a failed build): stop looking. */
const IDLE_MS = 120_000;

/**
 * Starts indexing shards as their pages are written, one at a time, in shard order (the order the
 * report pages are written in). Only for a plan of several shards; a one-shard site is indexed
 * once written.
 */
export function indexWhileWriting({ distDir, urls, plan, cacheDir, since }: WhileWritingOptions): WhileWriting {
  const queue = groupByShard(urls.map((url) => ({ file: fileOfUrl(url), url })), plan);
  const format = indexFormat();
  const filled = new Set<string>();
  let next = 0;
  let written = 0;
  let lastProgress = Date.now();
  let busy: Promise<void> | undefined;
  let thread: Worker | undefined;
  let after = since;
  let stopped = false;

  const look = () => {
    if (busy || stopped) return;
    while (next < queue.length) {
      const { pages } = queue[next];
      while (written < pages.length && isWrittenSince(join(distDir, pages[written].file), after)) {
        written++;
        lastProgress = Date.now();
      }
      if (written === pages.length) return start(queue[next]);
      if (after !== ANY_TIME) {
        if (Date.now() - lastProgress > IDLE_MS) clearInterval(timer);
        return;
      }
      // A page missing once all are written: that shard is left to the index made afterwards.
      next++;
      written = 0;
    }
    clearInterval(timer);
  };
  const start = ({ shard, pages, primary }: ShardGroup<{ file: string; url: string }>) => {
    const name = shardCacheName(plan, shard, primary);
    const job = { distDir, pages, cached: join(cacheDir, name), key: plan.keyOf(shard), format, dir: shardDir(shard, primary) };
    busy = onShardThread({ kind: 'cache', job }, (worker) => {
      thread = worker;
      // A build that fails midway never calls stop(): the thread must not keep Node alive.
      worker.unref();
    })
      .then((result) => {
        if (result === 'indexed') filled.add(name);
      })
      // The index made once the site is written meets the same failure and reports it.
      .catch(() => undefined)
      .finally(() => {
        busy = undefined;
        thread = undefined;
        next++;
        written = 0;
        lastProgress = Date.now();
        if (after === ANY_TIME) look();
      });
  };
  const timer = setInterval(look, POLL_MS);
  timer.unref();

  return {
    allWritten() {
      // Only a shard with a page this build wrote can differ from its cache (a rebuild rewrites the
      // changed reports' pages alone): those are indexed now; the index made once the site is done
      // checks the others against their digests, as always.
      const kept = busy ? next + 1 : next;
      queue.splice(kept, Infinity, ...queue.slice(kept).filter(({ pages }) => pages.some(({ file }) => modifiedSince(join(distDir, file), since))));
      if (!busy) written = 0;
      after = ANY_TIME;
      look();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      thread?.ref();
      await busy;
      return filled;
    },
  };
}

/** Whatever its age: every page is written. */
const ANY_TIME = -Infinity;

/**
 * File times come from the kernel's coarse clock, which lags the one Date.now() reads by up to a
 * few milliseconds (measured 3.4 ms): a page written just after `since` can bear a time just before.
 */
const CLOCK_SLACK_MS = 1000;

function modifiedSince(file: string, since: number): boolean {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat !== undefined && stat.mtimeMs >= since - CLOCK_SLACK_MS;
}

/** Whether a page was written since `since` and to its end: modified since, and its last bytes close the HTML. */
function isWrittenSince(file: string, since: number): boolean {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat || stat.mtimeMs < since - CLOCK_SLACK_MS || stat.size < '</html>'.length) return false;
  const tail = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    const length = readSync(fd, tail, 0, tail.length, Math.max(0, stat.size - tail.length));
    return tail.subarray(0, length).toString('latin1').trimEnd().endsWith('</html>');
  } finally {
    closeSync(fd);
  }
}
