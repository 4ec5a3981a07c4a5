/**
 * The build's fast path to the syllables of syllables.ts: the same words as syllablesOf, read
 * character by character and handed out as numbers (word ids), so indexing ten thousand reports
 * makes no string per word occurrence and normalises no text.
 *
 * Why a per-character table gives the same words: foldText is NFC, đ/Đ/ð/Ð → d, NFD, marks dropped,
 * lower case. NFD after NFC is NFD of the original text (they are canonically equivalent), and no
 * composition makes or eats a đ (it has no decomposition), so the whole pipeline is each
 * character's own fold, concatenated: canonical reordering only moves marks, which are dropped,
 * and lower case differs by context only for Greek sigma, never a letter a–z. So each UTF-16 unit
 * (or surrogate pair) is folded once, by foldText itself, the first time it is met, and remembered
 * as: dropped (a mark: the letters around it stay one word), a letter a–z or digit, a separator, or
 * (rarely) a string of several characters. The unit test compares this with syllablesOf on hostile
 * text (NFD, đ look-alikes, d + U+0335, emoji, markup, other scripts).
 */
import { foldText } from './syllables.ts';

const UNKNOWN = 0;
const DROPPED = 1;
const SEPARATOR = 2;
const SEVERAL = 3;

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** A folded character's class: its char code when it is one letter or digit, else one of the constants. */
function classOf(folded: string): number {
  if (folded === '') return DROPPED;
  if (folded.length === 1 && isWordChar(folded.charCodeAt(0))) return folded.charCodeAt(0);
  for (let i = 0; i < folded.length; i++) if (isWordChar(folded.charCodeAt(i))) return SEVERAL;
  return SEPARATOR;
}

/** Called with each word's id and the index just past it; returning true stops the reading. */
export type WordCallback = (id: number, end: number) => boolean | void;

/**
 * Reads texts into word ids. Words are interned in an open-addressing table over their bytes (a
 * folded word is ASCII), so a word seen before costs a hash and a compare; its string is made once.
 */
export class WordReader {
  /** Word strings by id. */
  readonly names: string[] = [];
  private readonly unitClass = new Uint8Array(0x10000);
  private readonly severalOf = new Map<number, string>();
  private slots = new Int32Array(1 << 14);
  private wordStart = new Int32Array(1 << 12);
  private wordLength = new Int32Array(1 << 12);
  private wordHash = new Int32Array(1 << 12);
  private pool = new Uint8Array(1 << 16);
  private poolSize = 0;
  private word = new Uint8Array(64);
  private wordSize = 0;
  private hash = 0;

  /**
   * Calls `onWord` with the id of every word of `text`, in order (the words of syllablesOf(text)),
   * and the index in `text` just past the word (where the character ending it is). Reading stops
   * when `onWord` returns true.
   */
  read(text: string, onWord: WordCallback): void {
    this.wordSize = 0;
    this.hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          if (this.feedSeveral(this.foldedPoint((unit << 10) + low - 0x35fdc00), onWord, i)) return;
          i++;
          continue;
        }
      }
      let cls = this.unitClass[unit];
      if (cls === UNKNOWN) cls = this.learn(unit);
      if (cls > SEVERAL) this.push(cls);
      else if (cls === SEPARATOR) {
        if (this.end(onWord, i)) return;
      } else if (cls === SEVERAL && this.feedSeveral(this.severalOf.get(unit)!, onWord, i)) return;
      // DROPPED: nothing, the word goes on
    }
    this.end(onWord, text.length);
  }

  /** The ids of `text`'s words, in order. */
  ids(text: string): number[] {
    const out: number[] = [];
    this.read(text, (id) => void out.push(id));
    return out;
  }

  /**
   * Whether `text`'s words hold `words` (folded syllables) in a row: syllablesOf(text) has them
   * consecutively. The search page's quotation check, with no word list of the text made: the last
   * few ids read are kept in a ring and compared when the quotation's last word comes by.
   */
  holdsInRow(text: string, words: readonly string[]): boolean {
    const wanted = this.ids(words.join(' '));
    const n = wanted.length;
    if (n === 0) return true;
    const last = wanted[n - 1];
    const recent = new Int32Array(n);
    let count = 0;
    let found = false;
    this.read(text, (id) => {
      recent[count++ % n] = id;
      if (found || id !== last || count < n) return;
      for (let k = 0; k < n; k++) if (recent[(count - n + k) % n] !== wanted[k]) return;
      return (found = true);
    });
    return found;
  }

  /** The words of `text` as strings: syllablesOf(text), by this reader. */
  syllables(text: string): string[] {
    const out: string[] = [];
    this.read(text, (id) => void out.push(this.names[id]));
    return out;
  }

  private learn(unit: number): number {
    const folded = foldText(String.fromCharCode(unit));
    const cls = classOf(folded);
    if (cls === SEVERAL) this.severalOf.set(unit, folded);
    this.unitClass[unit] = cls;
    return cls;
  }

  /** The fold of a code point beyond the 16-bit range (emoji and the like), remembered by code point. */
  private foldedPoint(point: number): string {
    let folded = this.severalOf.get(point);
    if (folded === undefined) this.severalOf.set(point, (folded = foldText(String.fromCodePoint(point))));
    return folded;
  }

  /** Feeds a character folded to several; true when `onWord` asked to stop. */
  private feedSeveral(folded: string, onWord: WordCallback, at: number): boolean {
    for (let j = 0; j < folded.length; j++) {
      const c = folded.charCodeAt(j);
      if (isWordChar(c)) this.push(c);
      else if (this.end(onWord, at)) return true;
    }
    return false;
  }

  private push(c: number): void {
    if (this.wordSize === this.word.length) this.word = grow(this.word, this.word.length * 2);
    this.word[this.wordSize++] = c;
    this.hash = Math.imul(this.hash ^ c, 0x01000193);
  }

  /** Hands out the word read so far, if any; true when `onWord` asked to stop. */
  private end(onWord: WordCallback, at: number): boolean {
    if (this.wordSize === 0) return false;
    const id = this.intern();
    this.wordSize = 0;
    this.hash = 0x811c9dc5;
    return onWord(id, at) === true;
  }

  /** The id of the word in `this.word`, added when new. */
  private intern(): number {
    const { word, wordSize: size, hash } = this;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot];
      if (held === 0) break;
      const id = held - 1;
      if (this.wordHash[id] !== hash || this.wordLength[id] !== size) continue;
      const start = this.wordStart[id];
      let same = true;
      for (let k = 0; k < size && same; k++) same = this.pool[start + k] === word[k];
      if (same) return id;
    }
    return this.add();
  }

  private add(): number {
    const { word, wordSize: size, hash } = this;
    const id = this.names.length;
    if (id === this.wordStart.length) {
      this.wordStart = grow(this.wordStart, id * 2);
      this.wordLength = grow(this.wordLength, id * 2);
      this.wordHash = grow(this.wordHash, id * 2);
    }
    if (this.poolSize + size > this.pool.length) this.pool = grow(this.pool, Math.max(this.pool.length * 2, this.poolSize + size));
    this.pool.set(word.subarray(0, size), this.poolSize);
    this.wordStart[id] = this.poolSize;
    this.wordLength[id] = size;
    this.wordHash[id] = hash;
    this.poolSize += size;
    this.names.push(asciiString(word, size));
    if ((id + 1) * 2 > this.slots.length) this.rehash();
    else this.place(id);
    return id;
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let slot = this.wordHash[id] & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = id + 1;
  }

  /** Doubles the table (kept at most half full) and places every word again. */
  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let id = 0; id < this.names.length; id++) this.place(id);
  }
}

/**
 * The search page's reader (excerpts and the quotation check share it, so each word of the results
 * read is interned once). Reading is synchronous, so one reader serves both without overlap.
 */
export const pageReader = new WordReader();

/** The first `size` bytes of `bytes` as a string (in slices: a spread of a huge word would overflow the stack). */
function asciiString(bytes: Uint8Array, size: number): string {
  let text = '';
  for (let at = 0; at < size; at += 4096) text += String.fromCharCode(...bytes.subarray(at, Math.min(size, at + 4096)));
  return text;
}

/** A typed array of `length` holding `array`'s contents first. */
export function grow<T extends Int32Array | Uint32Array | Uint8Array | Float64Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(length);
  bigger.set(array);
  return bigger;
}
