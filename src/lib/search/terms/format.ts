/**
 * The files of the term index (under <site>/pagefind/kb/), shared by the build and the search page.
 *
 *   index.json            Manifest: documents, bucket count, the slot map, format version.
 *   s/<slot>.json         The entries of every term in one marked slot: each common term (in more
 *                         than a few dozen documents) marks its slot, so it sits nearly alone in a
 *                         small file, with the odd rare term that shares its slot.
 *   b/<n>.json            Bucket n: the entries of the rare terms whose slot is not marked.
 *   f/<hash>.json         The document set of one filter value (unit, province, directive…).
 *   d/<id>.frag           Document id's Pagefind fragment (URL, meta, text), linked under its id so
 *                         a result costs one request (document-files.ts).
 *   days.json             Day table (DayTable): read only when several indexes are merged by date.
 *
 * Document ids run in date order (oldest first, undated last), so sorting by date is sorting by id
 * and needs no bytes. Sets are exact, so counts and filters are exact; scores are exact for the
 * top `HEAD` documents of each term and bounded above by the head's last score for the rest.
 * A national view merging provinces searches several such roots and merges their results (merge.ts).
 *
 * Why slots: the page knows from the manifest alone which one file holds a term, so every term of a
 * query (words, their Telex readings, adjacent pairs) is asked for at once, in one round trip, and
 * that file always exists (a term in no document is simply not in it: no 404). A bucket naming a
 * common term's own file cost a second round trip on every common word.
 */

import { fnv1a } from '../fnv.ts';

export const FORMAT_VERSION = 2;

/** Top documents per term kept with their score. */
export const HEAD = 400;


/** Slots per common term: a rare term lands in a marked slot (and its small file) about once in this many. */
export const SLOTS_PER_COMMON_TERM = 8;

export interface Manifest {
  version: number;
  docs: number;
  /** Documents with a date: ids below this; the undated follow. */
  dated: number;
  buckets: number;
  /** How many slots, and which are marked (their terms are in s/<slot>.json; the rest in buckets). */
  slots: number;
  marked: EncodedSet;
}

/**
 * A term: [documents it is in, head ids (best first), head scores (×100, integers), its whole set].
 * A set is either a list of id gaps or a base64 bitmap. A bucket or a slot file maps terms to entries.
 */
export type TermEntry = [number, number[], number[], EncodedSet];
export type Bucket = Record<string, TermEntry>;
export type EncodedSet = { gaps: number[] } | { bits: string };

/** Where document `id`'s fragment is, relative to the term index's folder (see document-files.ts). */
export const documentFile = (id: number) => `d/${id}.frag`;

/**
 * For every day that has documents, in date order: [ISO day, first id dated that day]. An id's day
 * is that of the last entry at or below it (ids below the manifest's `dated` only).
 */
export type DayTable = [day: string, firstId: number][];

export const DAY_TABLE_FILE = 'days.json';

/** 64-bit-ish FNV-1a of a string in base 36: file names for terms and filter values, from the term alone. */
export function termHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36).padStart(7, '0');
}

/** The bucket of a term. */
export function bucketOf(term: string, buckets: number): number {
  return fnv1a(term) % buckets;
}

/** The slot of a term (another hash than the bucket's, so the two spread terms independently). */
export function slotOf(term: string, slots: number): number {
  let hash = 0x9e3779b9;
  for (let i = 0; i < term.length; i++) hash = Math.imul(hash ^ term.charCodeAt(i), 0x85ebca6b) ^ (hash >>> 13);
  return (hash >>> 0) % slots;
}

/** The one file holding a term's entry, if any document has the term. */
export function termFile(term: string, manifest: Pick<Manifest, 'buckets' | 'slots'>, marked: Uint8Array): string {
  const slot = slotOf(term, manifest.slots);
  return marked[slot >> 3] & (1 << (slot & 7)) ? `s/${slot}.json` : `b/${bucketOf(term, manifest.buckets)}.json`;
}

/** The file of a filter value. */
export function filterFile(key: string, value: string): string {
  return `f/${termHash(`${key}=${value}`)}.json`;
}

/** Sorted ids as the smaller of id gaps or a bitmap. */
export function encodeSet(ids: ArrayLike<number>, docs: number): EncodedSet {
  const gaps: number[] = [];
  let last = -1;
  let digits = 0;
  for (let i = 0; i < ids.length; i++) {
    gaps.push(ids[i] - last);
    digits += String(ids[i] - last).length + 1;
    last = ids[i];
  }
  const bitmapBytes = Math.ceil(docs / 8);
  if (digits <= (bitmapBytes * 4) / 3) return { gaps };
  const bytes = new Uint8Array(bitmapBytes);
  for (let i = 0; i < ids.length; i++) bytes[ids[i] >> 3] |= 1 << (ids[i] & 7);
  let binary = '';
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
  return { bits: btoa(binary) };
}

/** An encoded set as a bitmap over `docs` documents. */
export function decodeSet(set: EncodedSet, docs: number): Uint8Array {
  const bytes = new Uint8Array(Math.ceil(docs / 8));
  if ('gaps' in set) {
    let id = -1;
    for (const gap of set.gaps) {
      id += gap;
      bytes[id >> 3] |= 1 << (id & 7);
    }
    return bytes;
  }
  const binary = atob(set.bits);
  for (let i = 0; i < binary.length && i < bytes.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
