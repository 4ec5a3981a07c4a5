/**
 * The browser side of search: the term index (src/lib/search/terms/) answers the query and counts;
 * each result shown then loads its Pagefind fragment by its id (title, details and the text for
 * the excerpt, in one request). No WebAssembly, no word positions: a query costs its terms' files and
 * the ten results' fragments. Text from the index is never parsed as HTML.
 */
import { syllablesOf } from '../../lib/search/terms/syllables.ts';
import { excerptOf, type ExcerptPiece } from '../../lib/search/terms/excerpt.ts';
import { documentFile, type Manifest } from '../../lib/search/terms/format.ts';
import { TermIndex, type SortOrder } from '../../lib/search/terms/query.ts';
import { confirmPhrase, type ResultText } from '../../lib/search/terms/phrase.ts';
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
  /** The units whose name the text is (unit-names.ts): their pages rank first. */
  namedUnits?: string[];
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

/** Loads the files of the words typed so far, while the reader types (TermIndex.prefetch); nothing before the manifest is in. */
export function prefetchTerms(text: string): void {
  void loading?.then((index) => index.prefetch(text.normalize('NFC')), () => undefined);
}

/** A document as its Pagefind fragment holds it: URL, meta fields and text, đ restored once on arrival (fold.ts). */
interface StoredDocument { url: string; text: string; meta: Record<string, string> }

/** Documents kept for "xem thêm" and for a query typed again; a long report's text is tens of kilobytes. */
const KEPT_DOCUMENTS = 60;
const documents = new Map<number, Promise<StoredDocument>>();

/** Document `id`: one request (kb/d/<id>.frag, see document-files.ts), gzip, a 12-byte signature, then JSON. */
function storedDocument(id: number): Promise<StoredDocument> {
  let found = documents.get(id);
  if (!found) {
    found = fetch(`${base}kb/${documentFile(id)}`).then(async (response) => {
      if (!response.ok || !response.body) throw new Error(`${documentFile(id)}: HTTP ${response.status}`);
      const data = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
      const page = JSON.parse(new TextDecoder().decode(new Uint8Array(data).subarray(12))) as { url: string; content?: string; meta?: Record<string, string> };
      const meta = Object.fromEntries(Object.entries(page.meta ?? {}).map(([name, value]) => [name, unmarkStrokes(value)]));
      return { url: page.url, text: unmarkStrokes(page.content ?? ''), meta };
    });
    found.catch(() => documents.delete(id));
    documents.set(id, found);
    if (documents.size > KEPT_DOCUMENTS) documents.delete(documents.keys().next().value!);
  }
  return found;
}

/** Runs a query; null when there is nothing to search for (no words and no filter). */
export async function runSearch(query: SearchQuery): Promise<SearchOutcome | null> {
  const text = query.text.normalize('NFC').trim();
  if (!text && Object.keys(query.filters).length === 0) return null;
  const index = await loadIndex();
  const started = performance.now();
  const ranked = await index.search(text, query.filters, query.sort ?? 'relevance', query.namedUnits);
  // The index's own share of a search (no fragments, no excerpts), for the benchmark beside `kb-search`.
  performance.measure('kb-search-index', { start: started });
  // A quotation: the leading results' own text says which hold its words in a row (phrase.ts).
  // Their fragments are the ones the first results' excerpts need anyway.
  const { ids, words } = await confirmPhrase(ranked, async (id) => textOfDocument(await storedDocument(id)));
  return {
    total: ids.length,
    hits: (from, to) => Promise.all(ids.slice(from, to).map(async (id) => toHit(await storedDocument(id), words))),
  };
}

/** What a quotation may be found in: the page's text and its meta fields, and its own number. */
function textOfDocument(doc: StoredDocument): ResultText {
  return { text: `${doc.text} ${Object.values(doc.meta).join(' ')}`, number: doc.meta.number };
}

function toHit(doc: StoredDocument, words: string[]): SearchHit {
  const meta = (name: string) => doc.meta[name] ?? '';
  const signer = meta('signer');
  const signerWords = new Set(syllablesOf(signer));
  const inSigner = words.filter((word) => signerWords.has(word)).length;
  return {
    url: doc.url,
    title: meta('title') || doc.url,
    // A report dated only by its year shows "năm 2023" once, not as period and again as date.
    details: [...new Set([meta('kind'), meta('unit'), meta('period'), meta('date')].filter(Boolean))],
    excerpt: words.length ? excerptOf(doc.text, words) : [],
    signer: signer && inSigner >= Math.min(2, words.length) && inSigner > 0 ? signer : undefined,
  };
}
