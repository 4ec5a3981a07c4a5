import { Worker } from 'node:worker_threads';
import type { CacheShardJob, ShardJob } from './index-shard.ts';

/** What a shard thread does: index a shard into the site, or refresh its cache folder (index-shard.ts). */
export type ShardTask = { kind: 'index'; job: ShardJob } | { kind: 'cache'; job: CacheShardJob };

type Result<T extends ShardTask> = T extends { kind: 'cache' } ? 'indexed' | 'unchanged' : void;

/**
 * Runs a shard task on a thread of its own (index-shard-worker.ts), which starts and stops its own
 * Pagefind service. A failure comes back with its message; a thread that dies without answering
 * is a failure too. `onStart` receives the thread, for a caller that unrefs it (index-while-writing.ts).
 */
export function onShardThread<T extends ShardTask>(task: T, onStart?: (worker: Worker) => void): Promise<Result<T>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./index-shard-worker.ts', import.meta.url), { workerData: task });
    onStart?.(worker);
    let answered = false;
    worker.once('message', (answer: { result?: Result<T>; error?: string }) => {
      answered = true;
      if (answer.error !== undefined) reject(new Error(answer.error));
      else resolve(answer.result as Result<T>);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`Pagefind: luồng lập chỉ mục dừng giữa chừng (mã ${code})`));
    });
  });
}
