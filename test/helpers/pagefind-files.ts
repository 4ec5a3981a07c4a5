import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SHARD_LIST } from '../../src/lib/search/shards.ts';

/** A page as Pagefind stored it (one fragment file): URL, text, meta fields and filters. */
export interface StoredPage {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Pagefind's files are gzip with a 12-byte signature in front of the payload. */
function unpack(file: string): Buffer {
  const data = gunzipSync(readFileSync(file));
  if (data.subarray(0, 12).toString() !== 'pagefind_dcd') throw new Error(`${file}: not a Pagefind file`);
  return data.subarray(12);
}

/** The files of one kind in every bundle of a built site: Pagefind's own and each extra shard's (src/lib/search/shards.ts). */
function filesIn(outDir: string, folder: string, ext: string): string[] {
  const root = join(outDir, 'pagefind');
  const { shards } = JSON.parse(readFileSync(join(root, SHARD_LIST), 'utf8')) as { shards: string[] };
  return ['', ...shards].flatMap((bundle) => {
    const dir = join(root, bundle, folder);
    return readdirSync(dir).filter((name) => name.endsWith(ext)).map((name) => join(dir, name));
  });
}

/** Every page in the search index of a built site, read back from its fragment files. */
export function storedPages(outDir: string): StoredPage[] {
  return filesIn(outDir, 'fragment', '.pf_fragment').map((file) => JSON.parse(unpack(file).toString('utf8')) as StoredPage);
}

/** The word index of a built site as text (its chunks are CBOR; words sit in them as UTF-8). */
export function indexedWords(outDir: string): string {
  return filesIn(outDir, 'index', '.pf_index').map((file) => unpack(file).toString('utf8')).join('\n');
}
