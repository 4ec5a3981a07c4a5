/**
 * What the first query on a cold /tim-kiem/ page transfers, worked out from the index's files
 * instead of a browser: the page's own bytes (HTML, CSS, scripts: measured once in Chromium and
 * passed in), the manifest, every file the query's TermIndex.search loads, and the fragments of the
 * ten results shown (kb/d/<id>.frag: title, details and the excerpt's text) and, for a query of
 * three words or more, of the leading results the phrase check reads (phrase.ts).
 * Index files count as the static server sends them, gzipped (src/cli/static-server.ts); a
 * fragment is already gzip, and each is counted once however often the query reads it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { filterParams, sortChoices } from '../../src/lib/search/fields.ts';
import type { Manifest } from '../../src/lib/search/terms/format.ts';
import { confirmPhrase } from '../../src/lib/search/terms/phrase.ts';
import { TermIndex, type Loader, type SortOrder } from '../../src/lib/search/terms/query.ts';
import type { ProbeQuery } from '../search-probe.ts';

/** Results the page shows at first. */
const SHOWN = 10;

export interface ColdBytes {
  query: string;
  /** All bytes: page + index files + fragments. */
  bytes: number;
  /** Of those, the bytes under /pagefind/ (what the probe in Chromium calls searchBytes). */
  searchBytes: number;
  /** Index files the query itself loaded (buckets, slot files, filters), not counting the manifest. */
  files: number;
  results: number;
}

/** The query's filters and order, as the page reads them from its address. */
function fromAddress({ params = {} }: ProbeQuery): { filters: Record<string, string>; sort: SortOrder } {
  const filters: Record<string, string> = {};
  for (const [key, param] of Object.entries(filterParams)) if (params[param]) filters[key] = params[param];
  const sort = (sortChoices as Record<string, SortOrder>)[params['sap-xep'] ?? ''] ?? 'relevance';
  return { filters, sort };
}

/**
 * Measures one query on a cold page over the term index in `kbDir`. `fragmentBytes[id]` is the
 * size of document id's fragment file; `pageBytes` what the page itself costs; `textOf` a
 * document's text as far as the phrase check needs it.
 */
export async function coldQueryBytes(kbDir: string, query: ProbeQuery, fragmentBytes: ArrayLike<number>, pageBytes: number, textOf: (id: number) => string): Promise<ColdBytes> {
  const loaded = new Map<string, number>();
  const load: Loader = async <T,>(path: string) => {
    const file = join(kbDir, path);
    if (!existsSync(file)) {
      loaded.set(path, 0);
      return undefined;
    }
    const data = readFileSync(file);
    loaded.set(path, gzipSync(data).length);
    return JSON.parse(data.toString('utf8')) as T;
  };
  const manifest = (await load<Manifest>('index.json'))!;
  const index = new TermIndex(manifest, load);
  const { filters, sort } = fromAddress(query);
  const ranked = await index.search(query.q, filters, sort);
  const files = loaded.size - 1;
  const fragmentsRead = new Set<number>();
  const { ids } = await confirmPhrase(ranked, async (id) => (fragmentsRead.add(id), { text: textOf(id) }));
  for (const id of ids.slice(0, SHOWN)) fragmentsRead.add(id);
  const indexBytes = [...loaded.values()].reduce((sum, n) => sum + n, 0);
  const fragments = [...fragmentsRead].reduce((sum, id) => sum + fragmentBytes[id], 0);
  const label = query.params ? `${query.q} (${new URLSearchParams(query.params)})` : query.q;
  return { query: label, bytes: pageBytes + indexBytes + fragments, searchBytes: indexBytes + fragments, files, results: ids.length };
}
