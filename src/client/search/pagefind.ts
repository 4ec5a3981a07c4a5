/**
 * The browser side of search: loads the Pagefind bundle the build wrote, runs queries in the index's
 * own form (fold.ts) and hands back results with their text as people read it (đ restored).
 */
import { metaWeights } from '../../lib/search/fields.ts';
import { normalizeQuery, unmarkStrokes } from '../../lib/search/fold.ts';

/** The parts of Pagefind's JS API we use (pagefind.js, 1.6). */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, string> }): Promise<PagefindResponse | null>;
}
interface PagefindResponse {
  results: { id: string; score: number; matchedMetaFields?: string[]; data(): Promise<PagefindData> }[];
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** A result as the page shows it. */
export interface SearchHit {
  url: string;
  title: string;
  /** Kind, unit, period and date, those present. */
  details: string[];
  /** The excerpt as text pieces, `marked` where the query matched. */
  excerpt: { text: string; marked: boolean }[];
  /** The signer, when the query matched the signer's name. */
  signer?: string;
}

export interface SearchQuery {
  text: string;
  filters: Record<string, string>;
  sort?: Record<string, string>;
}

export interface SearchOutcome {
  total: number;
  /** Loads the hits from `from` (inclusive) to `to` (exclusive). */
  hits(from: number, to: number): Promise<SearchHit[]>;
}

let loading: Promise<PagefindApi> | undefined;

/** Loads Pagefind once (started as soon as the page opens, so the first query waits less). */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ excerptLength: 30, ranking: { metaWeights } });
    await api.init();
    return api;
  })();
  return loading;
}

/** Runs a query; null when there is nothing to search for (no words and no filter). */
export async function runSearch(query: SearchQuery): Promise<SearchOutcome | null> {
  const term = normalizeQuery(query.text);
  if (!term && Object.keys(query.filters).length === 0) return null;
  const api = await loadPagefind();
  const started = performance.now();
  const response = await api.search(term || null, { filters: query.filters, sort: query.sort ?? {} });
  // Pagefind's own share of a search (index lookup, no excerpts), for the benchmark beside `kb-search`.
  performance.measure('kb-search-index', { start: started });
  const results = response?.results ?? [];
  return {
    total: results.length,
    hits: (from, to) => Promise.all(results.slice(from, to).map(async (result) => toHit(await result.data(), result.matchedMetaFields ?? []))),
  };
}

function toHit(data: PagefindData, matched: string[]): SearchHit {
  const meta = (name: string) => unmarkStrokes(data.meta[name] ?? '');
  return {
    url: data.url,
    title: meta('title') || data.url,
    // A report dated only by its year shows "năm 2023" once, not as period and again as date.
    details: [...new Set([meta('kind'), meta('unit'), meta('period'), meta('date')].filter(Boolean))],
    excerpt: excerptPieces(data.excerpt),
    signer: matched.includes('signer') ? meta('signer') : undefined,
  };
}

/**
 * Pagefind's excerpt is HTML: the page text with < and > escaped and <mark> around matches. It is
 * split here into plain text pieces, so the page never parses index text as HTML.
 */
export function excerptPieces(excerpt: string): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) pieces.push({ text: unmarkStrokes(part.replace(/&lt;/g, '<').replace(/&gt;/g, '>')), marked });
  }
  return pieces;
}
