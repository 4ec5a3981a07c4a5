import { parentPort, workerData } from 'node:worker_threads';
import { compressWhileUnchanged } from './precompress-files.ts';

/**
 * One thread compressing the pages while the search index is built (precompress-background.ts):
 * Pagefind and the term index keep one core busy, this uses the other. Posts how many files it
 * gave copies.
 */
const files = workerData as string[];
let compressed = 0;
for (const file of files) if (compressWhileUnchanged(file)) compressed++;
parentPort?.postMessage(compressed);
