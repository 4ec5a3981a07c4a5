/**
 * Builds the term index (format.ts) from the tokenised shards (shard-terms.ts): merges their terms
 * (keeping the order of first appearance), gives pages their ids (date order), scores every term
 * with the corpus-wide idf and mean length, and writes the files. Postings stay in flat typed arrays
 * (term, document, packed counts) and are grouped by term with a counting sort, so memory grows
 * with the corpus's distinct (term, document) pairs, not with JavaScript objects per posting.
 */
import { bucketOf, encodeSet, filterFile, FORMAT_VERSION, HEAD, slotOf, SLOTS_PER_COMMON_TERM, type Bucket, type Manifest, type TermEntry } from './format.ts';
import { bodySaturation, idf, termScore } from './score.ts';
import { tokenisePages, type IndexedPage, type ShardTerms } from './shard-terms.ts';
import { IndexWriter } from './writer.ts';

/** A term in more documents than this is common: it marks its slot, so it sits in a small file of its own (format.ts). */
const INLINE_IDS = 48;
/** Terms per bucket, on average. */
const TERMS_PER_BUCKET = 200;

export interface TermIndexSummary {
  docs: number;
  terms: number;
  files: number;
  bytes: number;
  /** Files whose content changed (written); the others were already there, the same, and kept. */
  written: number;
  /** Each document's Pagefind fragment, by id (for document-files.ts). */
  fragments: string[];
}

/** One indexed page with its id (date order), for writing an index from pages at hand. */
export interface IndexedDoc extends IndexedPage {
  id: number;
}

/** Everything the shards hold, merged: global term numbers, pages by id, postings in id order. */
interface Merged {
  names: string[];
  /** Each id's Pagefind fragment. */
  fragments: string[];
  lengths: Uint32Array;
  filters: Map<string, number[]>;
  /** Postings sorted by term, then by id: term t's are starts[t] … starts[t+1]−1. */
  starts: Uint32Array;
  ids: Uint32Array;
  counts: Uint32Array;
}

function merge(shards: ShardTerms[], idOf: (url: string) => number, docCount: number): Merged {
  const numbers = new Map<string, number>();
  const names: string[] = [];
  const global = shards.map((shard) => {
    const toGlobal = new Uint32Array(shard.names.length);
    for (let local = 0; local < shard.names.length; local++) {
      const name = shard.names[local];
      let term = numbers.get(name);
      if (term === undefined) numbers.set(name, (term = names.push(name) - 1));
      toGlobal[local] = term;
    }
    return toGlobal;
  });
  const fragments: string[] = new Array(docCount).fill('');
  const lengths = new Uint32Array(docCount);
  const filters = new Map<string, number[]>();
  // Where each id's postings are: its shard and its page there.
  const shardOfId = new Int32Array(docCount).fill(-1);
  const pageOfId = new Uint32Array(docCount);
  shards.forEach((shard, s) => shard.pages.forEach((page, p) => {
    const id = idOf(page.url);
    shardOfId[id] = s;
    pageOfId[id] = p;
    fragments[id] = page.fragment;
    lengths[id] = page.length;
    for (const [key, values] of Object.entries(page.filters)) {
      for (const value of values) {
        const ids = filters.get(`${key}=${value}`) ?? filters.set(`${key}=${value}`, []).get(`${key}=${value}`)!;
        ids.push(id);
      }
    }
  }));
  // A counting sort by term over the postings taken in id order: stable, so each term's ids ascend.
  const starts = new Uint32Array(names.length + 1);
  shards.forEach((shard, s) => {
    const toGlobal = global[s];
    for (let i = 0; i < shard.terms.length; i++) starts[toGlobal[shard.terms[i]] + 1]++;
  });
  for (let t = 0; t < names.length; t++) starts[t + 1] += starts[t];
  const next = starts.slice(0, names.length);
  const ids = new Uint32Array(starts[names.length]);
  const counts = new Uint32Array(starts[names.length]);
  for (let id = 0; id < docCount; id++) {
    const s = shardOfId[id];
    if (s < 0) continue;
    const shard = shards[s];
    const toGlobal = global[s];
    for (let i = shard.starts[pageOfId[id]], end = shard.starts[pageOfId[id] + 1]; i < end; i++) {
      const at = next[toGlobal[shard.terms[i]]]++;
      ids[at] = id;
      counts[at] = shard.counts[i];
    }
  }
  return { names, fragments, lengths, filters, starts, ids, counts };
}

/**
 * The `HEAD` best of `df` documents, best first: higher score, then lower id. Only documents
 * scoring at least the HEAD-th best score are sorted, so a common term does not sort thousands.
 */
function bestOf(scores: Float64Array, ids: Uint32Array): number[] {
  const byScore = (a: number, b: number) => scores[b] - scores[a] || ids[a] - ids[b];
  const df = scores.length;
  if (df <= HEAD) return Array.from(ids.keys()).sort(byScore);
  const threshold = nthLargest(scores.slice(), HEAD);
  const candidates: number[] = [];
  for (let j = 0; j < df; j++) if (scores[j] >= threshold) candidates.push(j);
  return candidates.sort(byScore).slice(0, HEAD);
}

/** The n-th largest value of `values` (reordered in place): a quickselect, linear on average. */
function nthLargest(values: Float64Array, n: number): number {
  const k = values.length - n;
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const swap = values[i];
        values[i++] = values[j];
        values[j--] = swap;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return values[k];
}

/**
 * Writes the term index of the pages in `shards` into `outDir`. `idOf` gives each page URL its id
 * (0 … docCount−1, date order); `dated` of them have a date. Files already in `outDir` with the
 * same content are kept as they are (see writer.ts); files of an older index are removed. A file
 * with the same content in `previous` (the live site's term index) is linked from there.
 */
export function writeTermIndexOfShards(outDir: string, docCount: number, dated: number, shards: ShardTerms[], idOf: (url: string) => number, previous?: string): TermIndexSummary {
  const { names, fragments, lengths, filters, starts, ids: allIds, counts } = merge(shards, idOf, docCount);
  const writer = new IndexWriter(outDir, previous);
  const termCount = names.length;
  let total = 0;
  for (let d = 0; d < docCount; d++) total += lengths[d];
  const meanLength = total / Math.max(1, docCount) || 1;
  const bodyK = Float64Array.from(lengths, (length) => bodySaturation(length, meanLength));
  const buckets = Math.max(16, 2 ** Math.ceil(Math.log2(termCount / TERMS_PER_BUCKET)));
  const bucketEntries: Bucket[] = Array.from({ length: buckets }, () => ({}));
  const { slots, marked } = markSlots(names, starts);
  const slotEntries = new Map<number, Bucket>();
  for (let t = 0; t < termCount; t++) {
    const df = starts[t + 1] - starts[t];
    const termIdf = idf(docCount, df);
    const ids = allIds.subarray(starts[t], starts[t + 1]);
    const scores = new Float64Array(df);
    for (let j = 0; j < df; j++) scores[j] = termScore(counts[starts[t] + j], bodyK[ids[j]], termIdf);
    const best = bestOf(scores, ids);
    const entry: TermEntry = [df, best.map((j) => ids[j]), best.map((j) => Math.round(scores[j] * 100)), encodeSet(ids, docCount)];
    const slot = slotOf(names[t], slots);
    if (marked[slot >> 3] & (1 << (slot & 7))) (slotEntries.get(slot) ?? slotEntries.set(slot, {}).get(slot)!)[names[t]] = entry;
    else bucketEntries[bucketOf(names[t], buckets)][names[t]] = entry;
  }
  for (const [slot, entries] of slotEntries) writer.write(`s/${slot}.json`, entries);
  bucketEntries.forEach((entries, n) => writer.write(`b/${n}.json`, entries));
  for (const [keyValue, ids] of filters) {
    const at = keyValue.indexOf('=');
    writer.write(filterFile(keyValue.slice(0, at), keyValue.slice(at + 1)), encodeSet(ids.sort((a, b) => a - b), docCount));
  }
  const markedSlots = Array.from({ length: slots }, (_, slot) => slot).filter((slot) => marked[slot >> 3] & (1 << (slot & 7)));
  const manifest: Manifest = { version: FORMAT_VERSION, docs: docCount, dated, buckets, slots, marked: encodeSet(markedSlots, slots) };
  writer.write('index.json', manifest);
  writer.removeOthers();
  return { docs: docCount, terms: termCount, files: writer.files, bytes: writer.bytes, written: writer.written, fragments };
}

/** Common terms mark their slots; every term in a marked slot goes to that slot's file (format.ts). */
function markSlots(names: string[], starts: Uint32Array): { slots: number; marked: Uint8Array } {
  let common = 0;
  for (let t = 0; t < names.length; t++) if (starts[t + 1] - starts[t] > INLINE_IDS) common++;
  const slots = Math.max(64, 2 ** Math.ceil(Math.log2(common * SLOTS_PER_COMMON_TERM)));
  const marked = new Uint8Array(slots / 8);
  for (let t = 0; t < names.length; t++) {
    if (starts[t + 1] - starts[t] <= INLINE_IDS) continue;
    const slot = slotOf(names[t], slots);
    marked[slot >> 3] |= 1 << (slot & 7);
  }
  return { slots, marked };
}

/** The term index of pages at hand, each with its id (tests, the index-only benchmark): one shard. */
export function writeTermIndex(outDir: string, docCount: number, dated: number, docs: Iterable<IndexedDoc>, previous?: string): TermIndexSummary {
  const ids = new Map<string, number>();
  function* pages(): Generator<IndexedPage> {
    for (const doc of docs) {
      ids.set(doc.url, doc.id);
      yield doc;
    }
  }
  const shard = tokenisePages(pages());
  return writeTermIndexOfShards(outDir, docCount, dated, [shard], (url) => ids.get(url)!, previous);
}
