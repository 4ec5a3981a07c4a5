import { Worker } from 'node:worker_threads';

/**
 * Compresses `files` on a thread of its own (precompress-worker.ts) and resolves to how many were
 * given copies. Never rejects: what the thread did not do, the last pass does. The thread does not
 * keep the process alive, so a build that fails elsewhere still ends.
 */
export function compressInBackground(files: string[]): Promise<number> {
  if (!files.length) return Promise.resolve(0);
  return new Promise((resolve) => {
    try {
      const worker = new Worker(new URL('./precompress-worker.ts', import.meta.url), { workerData: files });
      worker.unref();
      worker.once('message', (compressed: number) => resolve(compressed));
      worker.once('error', () => resolve(0));
      worker.once('exit', () => resolve(0));
    } catch {
      resolve(0);
    }
  });
}
