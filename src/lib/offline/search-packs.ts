import { listFiles } from '../content/walk.ts';
import { builtFileBytes } from './packs.ts';
import { SEARCH_FOLDER, type OfflinePack } from './routes.ts';

/**
 * The two search packs, from the index folder as the build left it. The search page answers from
 * the term index alone (src/lib/search/terms: kb/ under the index folder), so that is all either
 * pack holds: its manifest starts a search; the rest (buckets, term files, filter sets, records and
 * every document's fragment) is the index proper, offered apart with its size and never fetched
 * unless a user asks for it (tens of megabytes at 10,000 reports): visited searches keep the files
 * they used. Pagefind's own runtime and chunks are not offered: the page never loads them.
 */
export function searchPacks(outDir: string): { runtime: OfflinePack; index: OfflinePack } {
  const folder = `${outDir}${SEARCH_FOLDER}kb/`;
  let files: string[] = [];
  try {
    files = listFiles(folder, '');
  } catch {
    // A build without a search index offers nothing to save for search.
  }
  const urls = files.filter((file) => !/\.(gz|br)$/.test(file)).map((file) => `${SEARCH_FOLDER}kb/${file}`);
  const sized = (list: string[]) => list.map((url) => ({ url, bytes: builtFileBytes(outDir, url) ?? 0 }));
  const start = `${SEARCH_FOLDER}kb/index.json`;
  return {
    runtime: { label: 'Công cụ tìm kiếm', files: sized(urls.filter((url) => url === start)) },
    index: { label: 'Toàn bộ chỉ mục tìm kiếm', files: sized(urls.filter((url) => url !== start)) },
  };
}
