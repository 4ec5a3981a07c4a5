import { parentPort, workerData } from 'node:worker_threads';
import { prepareStaging, restoreInterruptedSwap } from './staged-output.ts';

/**
 * Prepares the staging folder on a thread of its own (staged-output.ts), while the main thread
 * reads and checks the content. Posts what was copied and linked, or the message of what failed.
 */
const { finalDir, stagingDir } = workerData as { finalDir: string; stagingDir: string };
try {
  restoreInterruptedSwap(finalDir);
  parentPort?.postMessage({ mirrored: prepareStaging(finalDir, stagingDir) });
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
