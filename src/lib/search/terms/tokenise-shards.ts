/**
 * Tokenises several bundle folders at once, one worker thread per core: shards are independent,
 * and reading and cutting 10,000 reports is most of what the term index costs when nothing is
 * cached. One folder alone (a small site, or the one shard a rebuild changed) is read right here,
 * which spares starting a thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { bundlePages } from './fragments.ts';
import { tokenisePages, type ShardTerms } from './shard-terms.ts';

export async function tokeniseShards(pagefindDir: string, dirs: string[], threads = availableParallelism()): Promise<Map<string, ShardTerms>> {
  const done = new Map<string, ShardTerms>();
  const count = Math.min(threads, dirs.length);
  if (count <= 1) {
    for (const dir of dirs) done.set(dir, tokenisePages(bundlePages(pagefindDir, dir)));
    return done;
  }
  const queue = [...dirs];
  const run = (worker: Worker) => new Promise<void>((resolve, reject) => {
    const next = () => {
      const dir = queue.shift();
      if (dir === undefined) return resolve();
      worker.postMessage({ pagefindDir, dir });
    };
    worker.on('message', ({ dir, terms }: { dir: string; terms: ShardTerms }) => {
      done.set(dir, terms);
      next();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (queue.length || code !== 0 ? reject(new Error(`Chỉ mục tìm kiếm: luồng tách từ dừng (mã ${code})`)) : resolve()));
    next();
  });
  const workers = Array.from({ length: count }, () => new Worker(new URL('./tokenise-worker.ts', import.meta.url)));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return done;
}
