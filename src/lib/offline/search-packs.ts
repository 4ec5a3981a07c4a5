import { listFiles } from '../content/walk.ts';
import { builtFileBytes } from './packs.ts';
import { SEARCH_FOLDER, searchChunkPattern, searchRuntimePattern, type OfflinePack } from './routes.ts';

/**
 * The two search packs, from the index folder as the build left it: the runtime search needs to
 * start (pagefind.js, its WebAssembly, the entry and metadata files, in every shard: small) and,
 * offered apart with its size, the whole index (every word's chunk and every result's fragment),
 * which a query for any word needs offline. At 10,000 reports that is some 90 MB, so it is never
 * fetched unless a user asks for it: visited searches keep the chunks they used.
 */
export function searchPacks(outDir: string): { runtime: OfflinePack; index: OfflinePack } {
  const folder = `${outDir}${SEARCH_FOLDER}`;
  let files: string[] = [];
  try {
    files = listFiles(folder, '');
  } catch {
    // A build without a search index offers nothing to save for search.
  }
  const urls = files.map((file) => `${SEARCH_FOLDER}${file}`);
  const sized = (list: string[]) => list.map((url) => ({ url, bytes: builtFileBytes(outDir, url) ?? 0 }));
  // The term index the search page answers from (src/lib/search/terms): its manifest starts a
  // search; its buckets, term files, filter sets and records are the index proper, saved only when
  // asked for (at 10,000 reports they are tens of megabytes).
  const termIndex = (url: string) => url.startsWith(`${SEARCH_FOLDER}kb/`);
  const termStart = (url: string) => url === `${SEARCH_FOLDER}kb/index.json`;
  // What starting a search loads: the runtime files and the metadata chunk (pf_meta) of each shard.
  const start = urls.filter((url) => (termIndex(url) ? termStart(url) : (searchRuntimePattern.test(url) && !/-ui\.|highlight|\.css$/.test(url)) || url.endsWith('.pf_meta')));
  const chunks = urls.filter((url) => (termIndex(url) ? !termStart(url) : searchChunkPattern.test(url) && !url.endsWith('.pf_meta')));
  return {
    runtime: { label: 'Công cụ tìm kiếm', files: sized(start) },
    index: { label: 'Toàn bộ chỉ mục tìm kiếm', files: sized(chunks) },
  };
}
