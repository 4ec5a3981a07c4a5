/**
 * The tokenised form of one shard's pages: every page's terms (syllables and adjacent pairs) with
 * their packed counts per field group (score.ts), its body length, fragment and filters. It holds
 * nothing that depends on the other shards (ids, idf, mean length are decided when shards are
 * merged, build.ts), so a shard Pagefind did not re-index need not be tokenised again either: its
 * ShardTerms is kept beside its cached bundle (shard-cache.ts).
 *
 * Terms are numbered in the order they first appear (page by page, field by field, a field's words
 * before its pairs), and the merge keeps that order across shards: it decides the key order inside
 * each bucket file, so the files come out the same whichever shards were cached.
 */
import { addOccurrence, type FieldGroup } from './score.ts';
import { pairTerm } from './syllables.ts';
import { PairTable } from './pair-table.ts';
import { grow, WordReader } from './word-reader.ts';

/** One indexed page, as Pagefind stored it, with its fragment file: meta fields with đ restored (fold.ts), the content still marked (words fold both alike). */
export interface IndexedPage {
  fragment: string;
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface ShardPage {
  url: string;
  /** Its Pagefind fragment, relative to pagefind/ (linked under its id, document-files.ts). */
  fragment: string;
  filters: Record<string, string[]>;
  /** Syllables in the body. */
  length: number;
}

export interface ShardTerms {
  /** Term strings by local number, in order of first appearance. */
  names: string[];
  pages: ShardPage[];
  /** The postings of page i are entries starts[i] … starts[i+1]−1 of `terms` and `counts`. */
  starts: Uint32Array;
  terms: Uint32Array;
  /** Packed counts per field group (score.ts). */
  counts: Uint32Array;
}

/** Meta fields and the group each counts in (the body is `content`). */
const metaGroups: [string, FieldGroup][] = Object.entries({ title: 'title', number: 'number', 'number-forms': 'number', cites: 'cites', signer: 'signer', unit: 'unit' });

/** Numbers terms: a word by its word id, a pair by the two word ids (no string per occurrence). */
class TermNumbering {
  readonly names: string[] = [];
  private ofWord = new Int32Array(1 << 12).fill(-1);
  private readonly ofPair = new PairTable();
  private readonly words: WordReader;
  constructor(words: WordReader) {
    this.words = words;
  }

  word(word: number): number {
    if (word >= this.ofWord.length) this.ofWord = grow(this.ofWord, Math.max(word + 1, this.ofWord.length * 2)).fill(-1, this.ofWord.length);
    let term = this.ofWord[word];
    if (term < 0) this.ofWord[word] = term = this.names.push(this.words.names[word]) - 1;
    return term;
  }

  pair(first: number, second: number): number {
    let term = this.ofPair.get(first, second);
    if (term < 0) this.ofPair.set(first, second, (term = this.names.push(pairTerm(this.words.names[first], this.words.names[second])) - 1));
    return term;
  }
}

/** Counts per term for the page being read, reset by a stamp instead of a new map per page. */
class PageCounts {
  private stamp = new Int32Array(1 << 14).fill(-1);
  private count = new Uint32Array(1 << 14);
  readonly touched: number[] = [];
  private page = -1;

  start(page: number): void {
    this.page = page;
    this.touched.length = 0;
  }

  add(term: number, group: FieldGroup): void {
    if (term >= this.stamp.length) {
      const size = Math.max(term + 1, this.stamp.length * 2);
      this.stamp = grow(this.stamp, size).fill(-1, this.stamp.length);
      this.count = grow(this.count, size);
    }
    if (this.stamp[term] !== this.page) {
      this.stamp[term] = this.page;
      this.count[term] = 0;
      this.touched.push(term);
    }
    this.count[term] = addOccurrence(this.count[term], group);
  }

  of(term: number): number {
    return this.count[term];
  }
}

/** Tokenises a shard's pages (in the order given, which fixes the term order). */
export function tokenisePages(pages: Iterable<IndexedPage>): ShardTerms {
  const words = new WordReader();
  const numbering = new TermNumbering(words);
  const counts = new PageCounts();
  const out: ShardPage[] = [];
  const starts = [0];
  let termsOut = new Uint32Array(1 << 16);
  let countsOut = new Uint32Array(1 << 16);
  let size = 0;
  let fieldWords = new Int32Array(1 << 12);
  let fieldSize = 0;
  const collect = (id: number) => {
    if (fieldSize === fieldWords.length) fieldWords = grow(fieldWords, fieldSize * 2);
    fieldWords[fieldSize++] = id;
  };
  /** A field's words, then its pairs (the order the terms are numbered in); returns its word count. */
  const addField = (text: string, group: FieldGroup) => {
    fieldSize = 0;
    words.read(text, collect);
    for (let i = 0; i < fieldSize; i++) counts.add(numbering.word(fieldWords[i]), group);
    for (let i = 1; i < fieldSize; i++) counts.add(numbering.pair(fieldWords[i - 1], fieldWords[i]), group);
    return fieldSize;
  };
  for (const page of pages) {
    counts.start(out.length);
    const length = addField(page.content, 'body');
    for (const [name, group] of metaGroups) if (page.meta[name]) addField(page.meta[name], group);
    if (size + counts.touched.length > termsOut.length) {
      const bigger = Math.max(termsOut.length * 2, size + counts.touched.length);
      termsOut = grow(termsOut, bigger);
      countsOut = grow(countsOut, bigger);
    }
    for (const term of counts.touched) {
      termsOut[size] = term;
      countsOut[size++] = counts.of(term);
    }
    starts.push(size);
    out.push({ url: page.url, fragment: page.fragment, filters: page.filters, length });
  }
  return { names: numbering.names, pages: out, starts: Uint32Array.from(starts), terms: termsOut.slice(0, size), counts: countsOut.slice(0, size) };
}
