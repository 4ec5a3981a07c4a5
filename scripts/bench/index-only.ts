/**
 * The benchmark's index-only run (`npm run bench -- --index-only 100000`): the term index of a
 * generated corpus written straight from kb generate's files (generated-docs.ts: no pages, no
 * Pagefind), then every query of the bench's set measured as a cold page would transfer it
 * (cold-query-bytes.ts). bench.ts runs this file as a child so its memory is measured alone:
 *
 *   node scripts/bench/index-only.ts REPORTS OUT_DIR SEED PAGE_BYTES
 *
 * prints one JSON line (IndexOnlyRun). Fragments do not exist without pages: each result's
 * fragment is counted as the gzip of the fragment Pagefind would write for its text (a 12-byte
 * signature, then its URL, text, meta and filters as JSON). Texts are not kept: for the phrase
 * check of the set's queries of three words or more, which documents hold each phrase in a row is
 * noted as the records go by.
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeTermIndex, type IndexedDoc } from '../../src/lib/search/terms/build.ts';
import { querySyllables } from '../../src/lib/search/terms/query.ts';
import { syllablesOf } from '../../src/lib/search/terms/syllables.ts';
import { telexSyllable } from '../../src/lib/search/terms/telex.ts';
import { benchQueries } from '../search-probe.ts';
import { coldQueryBytes, type ColdBytes } from './cold-query-bytes.ts';
import { generatedCorpus } from './generated-docs.ts';

export interface IndexOnlyRun {
  reports: number;
  /** Pages indexed (public reports and documents). */
  docs: number;
  terms: number;
  files: number;
  /** Bytes of the index's JSON files on disk. */
  bytes: number;
  /** First generation pass (dates, units, documents). */
  learnSeconds: number;
  /** Second pass: generating the records and their fragments' sizes, inside the index run. */
  recordSeconds: number;
  /** Writing the term index, less the time spent making its records. */
  indexSeconds: number;
  pageBytes: number;
  meanFragmentBytes: number;
  cold: ColdBytes[];
}

const [reports, outDir, seed, pageBytes] = [Number(process.argv[2]), process.argv[3], process.argv[4], Number(process.argv[5])];
const now = () => performance.now() / 1000;

let started = now();
const corpus = generatedCorpus(reports, seed);
const learnSeconds = now() - started;

const fragmentBytes = new Uint32Array(corpus.docs);
/** The set's phrases (three syllables or more, Telex read as the index reads it) and which documents hold each in a row. */
// Both readings: the index reads a word as Telex only when the word as typed is not in it ("tw" stays "tw").
const readings = (q: string) => [querySyllables(q), querySyllables(q).map((w) => telexSyllable(w) ?? w)];
const phrases = [...new Set(benchQueries.flatMap((q) => readings(q.q)).filter((w) => w.length >= 3).map((w) => w.join(' ')))];
const holders = new Map(phrases.map((phrase) => [phrase, new Uint8Array(corpus.docs)]));
let recordSeconds = 0;
function* timedRecords(): Generator<IndexedDoc> {
  const records = corpus.records();
  for (;;) {
    const at = now();
    const next = records.next();
    if (!next.done) {
      const doc = next.value;
      const json = JSON.stringify({ url: doc.url, content: doc.content, word_count: doc.content.split(/\s+/).length, filters: doc.filters, meta: doc.meta, anchors: [] });
      fragmentBytes[doc.id] = gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(json)])).length;
      // The page's text as the phrase check reads it: its fragment's content and meta fields.
      const text = ` ${syllablesOf(`${doc.content} . ${Object.values(doc.meta).join(' . ')}`).join(' ')} `;
      for (const phrase of phrases) if (text.includes(` ${phrase} `)) holders.get(phrase)![doc.id] = 1;
    }
    recordSeconds += now() - at;
    if (next.done) return;
    yield next.value;
  }
}
started = now();
const kbDir = join(outDir, 'kb');
const summary = writeTermIndex(kbDir, corpus.docs, corpus.dated, timedRecords());
const indexSeconds = now() - started - recordSeconds;

const cold: ColdBytes[] = [];
/** A document's text as the phrase check sees it: the set's phrases it holds. */
const textOf = (id: number) => phrases.filter((phrase) => holders.get(phrase)![id]).join(' . ');
for (const query of benchQueries) cold.push(await coldQueryBytes(kbDir, query, fragmentBytes, pageBytes, textOf));
const run: IndexOnlyRun = {
  reports, docs: summary.docs, terms: summary.terms, files: summary.files, bytes: summary.bytes,
  learnSeconds, recordSeconds, indexSeconds, pageBytes,
  meanFragmentBytes: Math.round(fragmentBytes.reduce((sum, n) => sum + n, 0) / Math.max(1, corpus.docs)),
  cold,
};
console.log(JSON.stringify(run));
