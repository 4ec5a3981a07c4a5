/**
 * Keeps a shard's tokenised form (shard-terms.ts) in a file, so a rebuild that reuses the shard's
 * Pagefind bundle reuses its terms too. The file sits in the shard's cache folder, which is emptied
 * whenever the shard is indexed again, so it always belongs to the bundle beside it. A file from
 * another version of the tokeniser, or one that cannot be read, is ignored (the shard is read again).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { ShardTerms } from './shard-terms.ts';

/** Raise when tokenising or ShardTerms changes: older cache files are then not used. */
const TOKENISER_VERSION = 2;

export function readShardTerms(file: string): ShardTerms | undefined {
  try {
    const kept = deserialize(readFileSync(file)) as { version: number; terms: ShardTerms };
    return kept.version === TOKENISER_VERSION ? kept.terms : undefined;
  } catch {
    return undefined;
  }
}

export function writeShardTerms(file: string, terms: ShardTerms): void {
  // Written aside and renamed, so a build killed midway leaves no half file to be read later.
  writeFileSync(`${file}.tmp`, serialize({ version: TOKENISER_VERSION, terms }));
  renameSync(`${file}.tmp`, file);
}
