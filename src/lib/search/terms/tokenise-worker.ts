/**
 * A worker thread that tokenises bundle folders (shard-terms.ts) for tokenise-shards.ts: asked a
 * folder, it answers with its ShardTerms, the postings' buffers moved rather than copied.
 */
import { parentPort } from 'node:worker_threads';
import { bundlePages } from './fragments.ts';
import { tokenisePages } from './shard-terms.ts';

parentPort!.on('message', ({ pagefindDir, dir }: { pagefindDir: string; dir: string }) => {
  const terms = tokenisePages(bundlePages(pagefindDir, dir));
  parentPort!.postMessage({ dir, terms }, [terms.starts.buffer, terms.terms.buffer, terms.counts.buffer]);
});
