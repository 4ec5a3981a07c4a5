/**
 * Reading Pagefind's fragment files back: each holds a page's URL, the text Pagefind indexed (đ
 * marked, see fold.ts), its meta fields and filters.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unmarkStrokes } from '../fold.ts';
import type { IndexedPage } from './shard-terms.ts';

interface Fragment { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }

/** Pagefind's files are gzip with a 12-byte signature in front of the JSON. */
function readFragment(file: string): Fragment {
  const data = gunzipSync(readFileSync(file));
  return JSON.parse(data.subarray(12).toString('utf8')) as Fragment;
}

/** The bundle folders under pagefindDir, relative to it: Pagefind's own ('') and every shard-<n>/. */
export function bundleDirs(pagefindDir: string): string[] {
  return ['', ...readdirSync(pagefindDir).filter((name) => /^shard-\d+$/.test(name)).map((name) => `${name}/`)];
}

/** The pages of one bundle folder, in fragment file order; fragment paths are relative to pagefindDir. */
export function* bundlePages(pagefindDir: string, dir: string): Generator<IndexedPage> {
  const folder = join(pagefindDir, dir, 'fragment');
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder).filter((name) => name.endsWith('.pf_fragment'))) {
    const fragment = `${dir}fragment/${name}`;
    const page = readFragment(join(pagefindDir, fragment));
    const meta = Object.fromEntries(Object.entries(page.meta).map(([k, v]) => [k, unmarkStrokes(v)]));
    // The content is only cut into words, which fold a marked d and a đ alike: no need to unmark it.
    yield { fragment, url: page.url, content: page.content, meta, filters: page.filters };
  }
}
