/**
 * Feeds the term index from Pagefind's own output: each fragment file holds a page's URL, the text
 * Pagefind indexed (đ marked, see fold.ts), its meta fields and filters. Reading them back means the
 * two tiers index exactly the same text, and the result shown can point at its fragment for the
 * excerpt. Ids follow the pages' sort dates (oldest first, undated last, then URL).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unmarkStrokes } from '../fold.ts';
import { writeTermIndex, type IndexedDoc, type TermIndexSummary } from './build.ts';
import { linkDocumentFiles } from './document-files.ts';
import { writeDayTable } from './days.ts';

interface Fragment { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }

/** Pagefind's files are gzip with a 12-byte signature in front of the JSON. */
function readFragment(file: string): Fragment {
  const data = gunzipSync(readFileSync(file));
  return JSON.parse(data.subarray(12).toString('utf8')) as Fragment;
}

/** Every fragment file of a Pagefind bundle and its shards, relative to the bundle's folder. */
function fragmentFiles(pagefindDir: string): string[] {
  const dirs = ['', ...readdirSync(pagefindDir).filter((name) => /^shard-\d+$/.test(name)).map((name) => `${name}/`)];
  return dirs.flatMap((dir) => {
    const folder = join(pagefindDir, dir, 'fragment');
    return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.pf_fragment')).map((name) => `${dir}fragment/${name}`) : [];
  });
}

/** Document ids in date order: `dates` maps a page URL to its ISO sort date ('' when undated). */
export function idsByDate(dates: Map<string, string>): Map<string, number> {
  const urls = [...dates.keys()].sort((a, b) => {
    const [da, db] = [dates.get(a)!, dates.get(b)!];
    if (!da !== !db) return da ? -1 : 1;
    return da < db ? -1 : da > db ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });
  return new Map(urls.map((url, id) => [url, id]));
}

/** Builds <pagefindDir>/kb/ from the Pagefind bundle in `pagefindDir`. */
export function termIndexFromPagefind(pagefindDir: string, dates: Map<string, string>): TermIndexSummary {
  const ids = idsByDate(dates);
  const files = fragmentFiles(pagefindDir);
  const fragments: [number, string][] = [];
  function* docs(): Generator<IndexedDoc> {
    for (const fragment of files) {
      const page = readFragment(join(pagefindDir, fragment));
      const id = ids.get(page.url);
      if (id === undefined) throw new Error(`Chỉ mục tìm kiếm: trang ${page.url} có trong Pagefind nhưng không có trong các trang đã dựng`);
      fragments.push([id, fragment]);
      const meta = Object.fromEntries(Object.entries(page.meta).map(([k, v]) => [k, unmarkStrokes(v)]));
      yield { id, fragment, url: page.url, content: unmarkStrokes(page.content), meta, filters: page.filters };
    }
  }
  const termDir = join(pagefindDir, 'kb');
  const summary = writeTermIndex(termDir, ids.size, [...dates.values()].filter(Boolean).length, docs());
  linkDocumentFiles(pagefindDir, termDir, fragments);
  // After the index: writing it empties the folder first.
  writeDayTable(termDir, dates, ids);
  return summary;
}
