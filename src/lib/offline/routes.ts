/**
 * The patterns are matched against whole addresses by the worker (query included: Pagefind asks
 * for pagefind-entry.json?ts=…), and against the path by cacheFor.
 *
 * What the service worker keeps, and where: the one place that names the site's URL patterns for
 * offline use. The worker's routes (src/integrations/offline.ts, through Workbox) and the page
 * script that saves pages on request (src/client/save-offline.ts) both read these, so a file the
 * page saves lands in the cache the worker reads it back from.
 *
 * Should the search index move (another folder than /pagefind/), change SEARCH_FOLDER and the two
 * patterns below it; nothing else names it.
 */
export const SEARCH_FOLDER = '/pagefind/';

/** Search index files named by their content (Pagefind's *.pf_index, *.pf_fragment, *.pf_meta, *.pf_filter): never change, so read from the cache first. */
export const searchChunkPattern = /\/pagefind\/(?:[^?#]*\/)?[^/?#]+\.pf_(?:index|fragment|meta|filter)(?:[?#].*)?$/;

/**
 * The rest of the search files, named the same every build, so from the network first: the term
 * index the search page answers from (kb/*.json) and each document's fragment under its id
 * (kb/d/<id>.frag, which moves to another document when a report is added), and Pagefind's runtime.
 */
export const searchRuntimePattern = /\/pagefind\/(?:[^?#]*\/)?[^/?#]+\.(?:js|pagefind|json|css|frag)(?:[?#].*)?$/;

/** Vite's assets (/_astro/, named by their content) and the site's icons and manifest. */
export const assetPattern = /\/_astro\/|\/favicon\.svg(?:[?#].*)?$|\/manifest\.webmanifest(?:[?#].*)?$/;

/** Feeds, calendars, CSV and JSON exports: always fresh from the network, never kept. */
export const neverCachedPattern = /\.(?:xml|ics|csv)(?:[?#].*)?$|\/api\//;

export const cacheNames = {
  /** Every page read, and the pages saved on request; the newest copy wins while online. */
  pages: 'kb-trang',
  searchChunks: 'kb-tim-kiem',
  searchRuntime: 'kb-tim-kiem-chay',
  assets: 'kb-tai-nguyen',
} as const;

/** The cache a URL belongs in, as the worker routes it; undefined for what is never kept. */
export function cacheFor(url: URL): string | undefined {
  const path = url.pathname;
  if (neverCachedPattern.test(path)) return undefined;
  if (searchChunkPattern.test(path)) return cacheNames.searchChunks;
  if (searchRuntimePattern.test(path)) return cacheNames.searchRuntime;
  if (assetPattern.test(path)) return cacheNames.assets;
  if (path.endsWith('/') || path.endsWith('.html')) return cacheNames.pages;
  return undefined;
}

/** Pages every visit keeps fresh for offline use: the app's shell. */
export const shellPages = ['/', '/theo-doi/', '/tim-kiem/'];

/** What one "Lưu để dùng khi mất mạng" pack offers (written by the build, sizes in bytes). */
export interface OfflinePack {
  /** What the pack is, in the words the page shows ("Trang đơn vị và 12 báo cáo"). */
  label: string;
  files: { url: string; bytes: number }[];
}

/** Where each page's pack is: beside it, as JSON. */
export const packUrl = (pagePath: string) => `${pagePath}ngoai-tuyen.json`;
/** The search runtime every pack includes, and the whole index as an option. */
export const searchRuntimePackUrl = '/tim-kiem/ngoai-tuyen.json';
export const searchIndexPackUrl = '/tim-kiem/ngoai-tuyen-chi-muc.json';
