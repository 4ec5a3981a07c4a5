import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { indexShard, type ShardJob } from './index-shard.ts';

/**
 * One shard indexed on a thread of its own (index-site.ts): this thread's Pagefind service is its
 * own process, so two shards are indexed on two cores. Posts null when the shard is written, or
 * the message of what went wrong.
 */
try {
  await indexShard(workerData as ShardJob);
  parentPort?.postMessage(null);
} catch (error) {
  parentPort?.postMessage(error instanceof Error ? error.message : String(error));
} finally {
  await pagefind.close();
}
