import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

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

const filesIn = (dir: string, ext: string) => readdirSync(dir).filter((name) => name.endsWith(ext)).map((name) => join(dir, name));

/** Every page in the search index of a built site, read back from its fragment files. */
export function storedPages(outDir: string): StoredPage[] {
  return filesIn(join(outDir, 'pagefind', 'fragment'), '.pf_fragment').map((file) => JSON.parse(unpack(file).toString('utf8')) as StoredPage);
}

/** The word index of a built site as text (its chunks are CBOR; words sit in them as UTF-8). */
export function indexedWords(outDir: string): string {
  return filesIn(join(outDir, 'pagefind', 'index'), '.pf_index').map((file) => unpack(file).toString('utf8')).join('\n');
}
