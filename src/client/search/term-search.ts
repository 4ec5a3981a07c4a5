/**
 * The browser side of search: the term index (src/lib/search/terms/) answers the query and counts;
 * each result shown then loads its record and, for the excerpt, its Pagefind fragment (the text
 * Pagefind stored for it). No WebAssembly, no word positions: a query costs its terms' files and
 * the ten results' records and fragments. Text from the index is never parsed as HTML.
 */
import { syllablesOf } from '../../lib/search/terms/syllables.ts';
import { excerptOf, type ExcerptPiece } from '../../lib/search/terms/excerpt.ts';
import { RECORD_CHUNK, type DocRecord, type Manifest } from '../../lib/search/terms/format.ts';
import { TermIndex, type SortOrder } from '../../lib/search/terms/query.ts';
import { unmarkStrokes } from '../../lib/search/fold.ts';

/** A result as the page shows it. */
export interface SearchHit {
  url: string;
  title: string;
  /** Kind, unit, period and date, those present. */
  details: string[];
  /** The excerpt as text pieces, `marked` where the query matched. */
  excerpt: ExcerptPiece[];
  /** The signer, when the query matched the signer's name. */
  signer?: string;
}

export interface SearchQuery {
  text: string;
  filters: Record<string, string>;
  sort?: SortOrder;
}

export interface SearchOutcome {
  total: number;
  /** Loads the hits from `from` (inclusive) to `to` (exclusive). */
  hits(from: number, to: number): Promise<SearchHit[]>;
}

const base = `${import.meta.env.BASE_URL}pagefind/`;

async function loadJson<T>(path: string): Promise<T | undefined> {
  const response = await fetch(`${base}kb/${path}`);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

let loading: Promise<TermIndex> | undefined;

/** Loads the index's manifest once (started as soon as the page opens). */
export function loadIndex(): Promise<TermIndex> {
  loading ??= loadJson<Manifest>('index.json').then((manifest) => {
    if (!manifest) throw new Error('index.json: missing');
    return new TermIndex(manifest, loadJson);
  });
  return loading;
}

const records = new Map<number, Promise<DocRecord[]>>();
function record(id: number): Promise<DocRecord> {
  const chunk = Math.floor(id / RECORD_CHUNK);
  let found = records.get(chunk);
  if (!found) records.set(chunk, (found = loadJson<DocRecord[]>(`r/${chunk}.json`).then((r) => r ?? [])));
  return found.then((list) => list[id % RECORD_CHUNK]);
}

/** The text Pagefind stored for a page: gzip, a 12-byte signature, then JSON. */
async function fragmentText(path: string): Promise<string> {
  const response = await fetch(`${base}${path}`);
  if (!response.ok || !response.body) return '';
  const data = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  const page = JSON.parse(new TextDecoder().decode(new Uint8Array(data).subarray(12))) as { content?: string };
  return unmarkStrokes(page.content ?? '');
}

/** Runs a query; null when there is nothing to search for (no words and no filter). */
export async function runSearch(query: SearchQuery): Promise<SearchOutcome | null> {
  const text = query.text.normalize('NFC').trim();
  if (!text && Object.keys(query.filters).length === 0) return null;
  const index = await loadIndex();
  const started = performance.now();
  const { ids, words } = await index.search(text, query.filters, query.sort ?? 'relevance');
  // The index's own share of a search (no records, no excerpts), for the benchmark beside `kb-search`.
  performance.measure('kb-search-index', { start: started });
  return {
    total: ids.length,
    hits: (from, to) => Promise.all(ids.slice(from, to).map(async (id) => toHit(await record(id), words))),
  };
}

async function toHit(doc: DocRecord, words: string[]): Promise<SearchHit> {
  const signerWords = new Set(syllablesOf(doc.signer ?? ''));
  const inSigner = words.filter((word) => signerWords.has(word)).length;
  return {
    url: doc.url,
    title: doc.title,
    // A report dated only by its year shows "năm 2023" once, not as period and again as date.
    details: [...new Set([doc.kind, doc.unit, doc.period, doc.date].filter((v): v is string => Boolean(v)))],
    excerpt: words.length ? excerptOf(await fragmentText(doc.fragment), words) : [],
    signer: doc.signer && inSigner >= Math.min(2, words.length) && inSigner > 0 ? doc.signer : undefined,
  };
}

