import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { cacheShard, indexShard } from './index-shard.ts';
import type { ShardTask } from './shard-thread.ts';

/**
 * One shard indexed on a thread of its own (shard-thread.ts): this thread's Pagefind service is
 * its own process, so two shards are indexed on two cores. Posts what the task returned, or the
 * message of what went wrong.
 */
const task = workerData as ShardTask;
try {
  const result = task.kind === 'index' ? await indexShard(task.job) : await cacheShard(task.job);
  parentPort?.postMessage({ result });
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
} finally {
  await pagefind.close();
}
