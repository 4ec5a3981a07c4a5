/**
 * Answers a query from the term index (format.ts), fetching only the files it needs: the one file of
 * each of its terms (a bucket or a slot file), the sets of its filters. Pure apart from `load`, so
 * the search page and the tests run the same code.
 *
 * Every query word must match (exact syllables, no prefixes: "xyzkhongco" finds nothing); pairs of
 * adjacent words only rank. A word typed in Telex ("ddoois") is read as Telex when the word as typed
 * is not in the index. Scores: exact for a term's top documents, its head's last score for the rest
 * of its set (a bound, lowered a little), summed over words and pairs.
 */
import { decodeSet, filterFile, termFile, type Bucket, type EncodedSet, type Manifest, type TermEntry } from './format.ts';
import { pairTerm, syllablesOf } from './syllables.ts';
import { telexSyllable } from './telex.ts';

/** Fetches one JSON file of the index (a path under kb/); undefined when it is not there. */
export type Loader = <T>(path: string) => Promise<T | undefined>;

/** Syllables read from a query at most: a pasted page is cut here, not searched whole. */
export const MAX_QUERY_SYLLABLES = 12;

/** What a document outside a term's head is assumed to score, as a share of the head's last score. */
const TAIL_SHARE = 0.7;

export type SortOrder = 'relevance' | 'newest' | 'oldest';

export interface Ranked {
  /** Matching ids, best (or by date) first. */
  ids: number[];
  /** The query's syllables as read (Telex resolved), for excerpts and highlighting. */
  words: string[];
  /** With relevance order: each result's relevance key (pairs held, then score), for merging indexes. */
  keys?: Float64Array;
  /** The query is a unit's name whose pages lead (their keys raised above any count of pairs): no quotation to confirm (phrase.ts). */
  named?: boolean;
}

/** The syllables of a query, at most MAX_QUERY_SYLLABLES. */
export function querySyllables(text: string): string[] {
  return syllablesOf(text.slice(0, 2000)).slice(0, MAX_QUERY_SYLLABLES);
}

export class TermIndex {
  /** Bucket and slot files, by path. */
  private files = new Map<string, Promise<Bucket | undefined>>();
  private entries = new Map<string, Promise<TermEntry | undefined>>();
  private sets = new Map<string, Promise<Uint8Array | undefined>>();

  readonly manifest: Manifest;
  private readonly load: Loader;
  /** The manifest's marked slots, as a bitmap. */
  private readonly marked: Uint8Array;

  constructor(manifest: Manifest, load: Loader) {
    this.manifest = manifest;
    this.load = load;
    this.marked = decodeSet(manifest.marked, manifest.slots);
  }

  /**
   * A term's entry, or undefined when no document has it. The manifest's slot map names the one
   * file that would hold it (format.ts), so every term of a query is fetched at once.
   */
  entry(term: string): Promise<TermEntry | undefined> {
    let found = this.entries.get(term);
    if (!found) {
      const path = termFile(term, this.manifest, this.marked);
      let file = this.files.get(path);
      if (!file) {
        this.files.set(path, (file = this.load<Bucket>(path)));
        file.catch(() => this.files.delete(path));
      }
      found = file.then((entries) => (entries && Object.hasOwn(entries, term) ? entries[term] : undefined));
      this.entries.set(term, found);
      found.catch(() => this.entries.delete(term));
    }
    return found;
  }

  /** The documents of one filter value (a bitmap), or undefined when none has it. */
  filter(key: string, value: string): Promise<Uint8Array | undefined> {
    const path = filterFile(key, value);
    let found = this.sets.get(path);
    if (!found) this.sets.set(path, (found = this.load<EncodedSet>(path).then((set) => set && decodeSet(set, this.manifest.docs))));
    return found;
  }

  /**
   * Starts loading the files of the words typed so far, all but a last word still being typed
   * ("hoi nhap q" loads "hoi", "nhap" and "hoi nhap"), so the search that follows (on Enter or
   * after the typing pause) finds most of its terms loaded. A word is loaded once, whole words only.
   */
  prefetch(text: string): void {
    const typed = querySyllables(text);
    if (/[\p{L}\p{N}\p{M}]$/u.test(text) && typed.length < MAX_QUERY_SYLLABLES) typed.pop();
    this.requestTerms(typed);
  }

  /** Asks for the files of the query's words, their Telex readings and the pairs of both readings, all at once. */
  private requestTerms(typed: string[]): (string | undefined)[] {
    const telex = typed.map((word) => telexSyllable(word));
    for (const word of typed) void this.entry(word);
    for (const word of telex) if (word) void this.entry(word);
    for (const pair of new Set([...pairsOf(typed), ...pairsOf(typed.map((word, i) => telex[i] ?? word))])) void this.entry(pair);
    return telex;
  }

  /**
   * Ranks the documents matching `text` and every filter; sorted by relevance or by date. By
   * relevance, the pages of the `namedUnits` (the units whose name the query is, unit-names.ts)
   * come first, ranked among themselves as the rest.
   */
  async search(text: string, filters: Record<string, string>, sort: SortOrder = 'relevance', namedUnits: readonly string[] = []): Promise<Ranked> {
    const typed = querySyllables(text);
    const telex = this.requestTerms(typed);
    const [plain, alternative, filterSets, unitSets] = await Promise.all([
      Promise.all(typed.map((word) => this.entry(word))),
      Promise.all(telex.map((word) => (word ? this.entry(word) : undefined))),
      Promise.all(Object.entries(filters).map(([key, value]) => this.filter(key, value))),
      Promise.all(sort === 'relevance' ? namedUnits.map((unit) => this.filter('unit', unit)) : []),
    ]);
    const words = typed.map((word, i) => (plain[i] || !alternative[i] ? word : telex[i]!));
    const wordEntries = typed.map((_, i) => plain[i] ?? alternative[i]);
    const pairs = pairsOf(words);
    const pairEntries = await Promise.all(pairs.map((pair) => this.entry(pair)));
    const docs = this.manifest.docs;
    if (filterSets.some((set) => !set) || (typed.length > 0 && wordEntries.some((entry) => !entry))) return { ids: [], words };
    if (!typed.length && !filterSets.length && text.trim()) return { ids: [], words };
    const matching = intersect([...wordEntries.map((entry) => decodeSet(entry![3], docs)), ...(filterSets as Uint8Array[])], docs);
    const matches = idsOf(matching, docs);
    if (sort !== 'relevance' || !typed.length) return { ids: byDate(matches, this.manifest.dated, sort === 'oldest'), words };
    const keys = relevanceKeys(matching, matches, docs, [
      ...words.map((term, i) => ({ term, entry: wordEntries[i]!, isPair: false })),
      ...pairs.flatMap((term, i) => (pairEntries[i] ? [{ term, entry: pairEntries[i]!, isPair: true }] : [])),
    ]);
    // Above any count of pairs held: the unit's own pages before pages that only speak of it.
    const lead = PAIR_WEIGHT * (pairs.length + 1);
    for (const set of unitSets) if (set) for (const id of matches) if (set[id >> 3] & (1 << (id & 7))) keys[id] += lead;
    const order = Uint32Array.from(matches).sort((a, b) => keys[b] - keys[a] || b - a);
    return { ids: Array.from(order), words, keys: Float64Array.from(order, (id) => keys[id]), ...(unitSets.some(Boolean) && { named: true }) };
  }
}

interface QueryTerm { term: string; entry: TermEntry; isPair: boolean }

/** Share of a relevance key that counts adjacent pairs held: any pair held outranks any score. */
export const PAIR_WEIGHT = 1e7;

/**
 * Each matching document's relevance key, indexed by id: the query's adjacent pairs it holds (the
 * phrase as typed, or most of it) times PAIR_WEIGHT, plus its summed score. Documents holding more
 * of the pairs come first: six words copied from a report find it before pages that merely hold the
 * same words apart, however heavily those pages weigh one of them. Typed arrays over ids, no maps:
 * a common word matches most of the corpus and this runs on every keystroke.
 */
function relevanceKeys(matching: Uint8Array, matches: number[], docs: number, terms: QueryTerm[]): Float64Array {
  const keys = new Float64Array(docs);
  const seen = new Set<string>();
  for (const { term, entry, isPair } of terms) {
    if (seen.has(term)) continue;
    seen.add(term);
    const [df, headIds, headScores, set] = entry;
    const tail = df > headIds.length ? (headScores.at(-1) ?? 0) * TAIL_SHARE : 0;
    if (tail || isPair) {
      const members = decodeSet(set, docs);
      const add = tail + (isPair ? PAIR_WEIGHT : 0);
      for (const id of matches) if (members[id >> 3] & (1 << (id & 7))) keys[id] += add;
    }
    // The head's exact scores replace the tail's estimate for the documents they name.
    for (let i = 0; i < headIds.length; i++) {
      const id = headIds[i];
      if (matching[id >> 3] & (1 << (id & 7))) keys[id] += headScores[i] - tail;
    }
  }
  return keys;
}

/** The documents in every one of `sets` (bitmaps over `docs` documents). */
function intersect(sets: Uint8Array[], docs: number): Uint8Array {
  const all = new Uint8Array(Math.ceil(docs / 8)).fill(0xff);
  for (const set of sets) for (let i = 0; i < all.length; i++) all[i] &= set[i];
  return all;
}

/** The ids a bitmap holds, ascending (only ids below `docs`). */
function idsOf(bits: Uint8Array, docs: number): number[] {
  const ids: number[] = [];
  for (let byte = 0; byte < bits.length; byte++) {
    const value = bits[byte];
    if (!value) continue;
    for (let bit = 0; bit < 8; bit++) if (value & (1 << bit) && byte * 8 + bit < docs) ids.push(byte * 8 + bit);
  }
  return ids;
}

export function pairsOf(words: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 1; i < words.length; i++) pairs.push(pairTerm(words[i - 1], words[i]));
  return [...new Set(pairs)];
}

/** Ids in date order: newest first (or oldest), the undated (ids ≥ dated) last either way. */
function byDate(ids: number[], dated: number, oldestFirst: boolean): number[] {
  const withDate = ids.filter((id) => id < dated);
  const undated = ids.filter((id) => id >= dated);
  return [...(oldestFirst ? withDate : withDate.reverse()), ...undated];
}
