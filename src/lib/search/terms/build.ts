/**
 * Builds the term index (format.ts) from the documents Pagefind indexed: the same text (its
 * fragments), so both tiers read every page alike. Postings are gathered in flat typed arrays
 * (term, document, packed counts: 12 bytes each) and grouped by term at the end, so memory grows
 * with the corpus's distinct (term, document) pairs, not with JavaScript objects per posting.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bucketOf, encodeSet, filterFile, FORMAT_VERSION, HEAD, RECORD_CHUNK, slotOf, SLOTS_PER_COMMON_TERM, type Bucket, type DocRecord, type Manifest, type TermEntry } from './format.ts';
import { addOccurrence, idf, termScore, type FieldGroup } from './score.ts';
import { syllablesOf, termsOf } from './syllables.ts';

/** One indexed page, as Pagefind stored it, with its id (date order) and fragment file. */
export interface IndexedDoc {
  id: number;
  fragment: string;
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** A term in more documents than this is common: it marks its slot, so it sits in a small file of its own (format.ts). */
const INLINE_IDS = 48;
/** Terms per bucket, on average. */
const TERMS_PER_BUCKET = 200;

/** Meta fields and the group each counts in. */
const metaGroups: Record<string, FieldGroup> = { title: 'title', number: 'number', 'number-forms': 'number', cites: 'cites', signer: 'signer', unit: 'unit' };

class Postings {
  terms = new Uint32Array(1 << 20);
  docs = new Uint32Array(1 << 20);
  counts = new Uint32Array(1 << 20);
  size = 0;
  push(term: number, doc: number, count: number) {
    if (this.size === this.terms.length) {
      const grow = (a: Uint32Array) => { const b = new Uint32Array(a.length * 2); b.set(a); return b; };
      this.terms = grow(this.terms);
      this.docs = grow(this.docs);
      this.counts = grow(this.counts);
    }
    this.terms[this.size] = term;
    this.docs[this.size] = doc;
    this.counts[this.size++] = count;
  }
}

export interface TermIndexSummary { docs: number; terms: number; files: number; bytes: number }

/** Writes the term index of `docs` (ids 0…n−1) into `outDir` (emptied first). */
export function writeTermIndex(outDir: string, docCount: number, dated: number, docs: Iterable<IndexedDoc>): TermIndexSummary {
  const dictionary = new Map<string, number>();
  const names: string[] = [];
  const postings = new Postings();
  const lengths = new Uint32Array(docCount);
  const records: DocRecord[] = new Array(docCount);
  const filters = new Map<string, number[]>();
  for (const doc of docs) {
    const local = new Map<number, number>();
    const add = (text: string, group: FieldGroup) => {
      const { words, pairs } = termsOf(syllablesOf(text));
      if (group === 'body') lengths[doc.id] = words.length;
      for (const term of [...words, ...pairs]) {
        let id = dictionary.get(term);
        if (id === undefined) dictionary.set(term, (id = names.push(term) - 1));
        local.set(id, addOccurrence(local.get(id) ?? 0, group));
      }
    };
    add(doc.content, 'body');
    for (const [name, group] of Object.entries(metaGroups)) if (doc.meta[name]) add(doc.meta[name], group);
    for (const [term, count] of local) postings.push(term, doc.id, count);
    for (const [key, values] of Object.entries(doc.filters)) {
      for (const value of values) {
        const ids = filters.get(`${key}=${value}`) ?? filters.set(`${key}=${value}`, []).get(`${key}=${value}`)!;
        ids.push(doc.id);
      }
    }
    const meta = doc.meta;
    records[doc.id] = { url: doc.url, title: meta.title || doc.url, kind: meta.kind ?? '', unit: meta.unit, period: meta.period, date: meta.date, signer: meta.signer, fragment: doc.fragment };
  }

  rmSync(outDir, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  const write = (path: string, value: unknown) => {
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    const text = JSON.stringify(value);
    writeFileSync(file, text);
    files++;
    bytes += text.length;
  };

  // Group postings by term (a counting sort), then score and write each term.
  const termCount = names.length;
  const starts = new Uint32Array(termCount + 1);
  for (let i = 0; i < postings.size; i++) starts[postings.terms[i] + 1]++;
  for (let t = 0; t < termCount; t++) starts[t + 1] += starts[t];
  const order = new Uint32Array(postings.size);
  const next = starts.slice(0, termCount);
  for (let i = 0; i < postings.size; i++) order[next[postings.terms[i]]++] = i;
  let total = 0;
  for (let d = 0; d < docCount; d++) total += lengths[d];
  const meanLength = total / Math.max(1, docCount) || 1;
  const buckets = Math.max(16, 2 ** Math.ceil(Math.log2(termCount / TERMS_PER_BUCKET)));
  const bucketEntries: Bucket[] = Array.from({ length: buckets }, () => ({}));
  // Common terms mark their slots; every term in a marked slot goes to that slot's file (format.ts).
  let commonTerms = 0;
  for (let t = 0; t < termCount; t++) if (starts[t + 1] - starts[t] > INLINE_IDS) commonTerms++;
  const slots = Math.max(64, 2 ** Math.ceil(Math.log2(commonTerms * SLOTS_PER_COMMON_TERM)));
  const marked = new Uint8Array(slots / 8);
  for (let t = 0; t < termCount; t++) {
    if (starts[t + 1] - starts[t] <= INLINE_IDS) continue;
    const slot = slotOf(names[t], slots);
    marked[slot >> 3] |= 1 << (slot & 7);
  }
  const slotEntries = new Map<number, Bucket>();
  for (let t = 0; t < termCount; t++) {
    const df = starts[t + 1] - starts[t];
    const termIdf = idf(docCount, df);
    const ids = new Uint32Array(df);
    const scores = new Float64Array(df);
    for (let j = 0; j < df; j++) {
      const p = order[starts[t] + j];
      ids[j] = postings.docs[p];
      scores[j] = termScore(postings.counts[p], lengths[ids[j]], meanLength, termIdf);
    }
    const byScore = Array.from(ids.keys()).sort((a, b) => scores[b] - scores[a] || ids[a] - ids[b]).slice(0, HEAD);
    const sorted = ids.slice().sort();
    const entry: TermEntry = [df, byScore.map((j) => ids[j]), byScore.map((j) => Math.round(scores[j] * 100)), encodeSet(sorted, docCount)];
    const slot = slotOf(names[t], slots);
    if (marked[slot >> 3] & (1 << (slot & 7))) (slotEntries.get(slot) ?? slotEntries.set(slot, {}).get(slot)!)[names[t]] = entry;
    else bucketEntries[bucketOf(names[t], buckets)][names[t]] = entry;
  }
  for (const [slot, entries] of slotEntries) write(`s/${slot}.json`, entries);
  bucketEntries.forEach((entries, n) => write(`b/${n}.json`, entries));
  for (const [keyValue, ids] of filters) {
    const at = keyValue.indexOf('=');
    write(filterFile(keyValue.slice(0, at), keyValue.slice(at + 1)), encodeSet(ids.sort((a, b) => a - b), docCount));
  }
  for (let n = 0; n * RECORD_CHUNK < docCount; n++) write(`r/${n}.json`, records.slice(n * RECORD_CHUNK, (n + 1) * RECORD_CHUNK));
  const markedSlots = Array.from({ length: slots }, (_, slot) => slot).filter((slot) => marked[slot >> 3] & (1 << (slot & 7)));
  const manifest: Manifest = { version: FORMAT_VERSION, docs: docCount, dated, buckets, slots, marked: encodeSet(markedSlots, slots), recordChunk: RECORD_CHUNK };
  write('index.json', manifest);
  return { docs: docCount, terms: termCount, files, bytes };
}
