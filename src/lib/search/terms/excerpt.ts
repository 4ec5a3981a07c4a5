/**
 * The excerpt under a result: the stretch of the page's text (as Pagefind stored it) that holds the
 * most query words, the phrase as typed best of all, with those words marked. Cut here rather than
 * by Pagefind, so the page loads no WebAssembly and no word positions: only each shown result's
 * fragment.
 *
 * The word reader (a table lookup per character) reads the text once and the window is chosen over
 * the places of the query's words alone; only the thirty tokens shown are cut out of the text. The
 * phrase found (or a document number: "80/2020/NĐ-CP" is one token and four words side by side)
 * stops the reading at once; otherwise a long report costs one pass, never a word list of it.
 */
import { pageReader as reader } from './word-reader.ts';

export interface ExcerptPiece { text: string; marked: boolean }

/** Tokens (runs of non-space) in an excerpt. */
export const EXCERPT_WORDS = 30;
/** Tokens shown before the first match, for context. */
const LEAD = 3;


/**
 * Where the best window of `length` words starts: the index just past its first query word, or -1
 * when the text has none. Best is the most distinct query words, then the most kinds of them side by
 * side (in one token or in neighbouring ones). The reading stops at the first window holding them
 * all in a row.
 */
function bestWindow(text: string, wanted: Set<number>, length: number): number {
  if (!wanted.size) return -1;
  const perfect = wanted.size * 100 + wanted.size - 1;
  // The query words in the window, oldest first: word number, id and where each ends.
  const at: number[] = [];
  const ids: number[] = [];
  const ends: number[] = [];
  const inWindow = new Map<number, number>();
  // Kinds of neighbouring query words in the window ("nhân dân" said ten times is one kind).
  const pairs = new Map<number, number>();
  const pairOf = (i: number) => ids[i] * 2 ** 26 + ids[i + 1];
  let left = 0;
  let best = -1;
  let bestScore = -1;
  let count = 0;
  reader.read(text, (id, end) => {
    const word = count++;
    if (!wanted.has(id)) return;
    const right = at.push(word) - 1;
    ids.push(id);
    ends.push(end);
    countIn(inWindow, id, 1);
    if (right > left && at[right - 1] === word - 1) countIn(pairs, pairOf(right - 1), 1);
    // The words leaving the window take their link to the next one with them.
    while (at[left] <= word - length) {
      countIn(inWindow, ids[left], -1);
      if (at[left + 1] === at[left] + 1) countIn(pairs, pairOf(left), -1);
      left++;
    }
    const score = inWindow.size * 100 + pairs.size;
    if (score > bestScore) [best, bestScore] = [ends[left], score];
    return score >= perfect;
  });
  return best;
}

/** Adds `step` to `key`'s count, dropping the key at zero. */
function countIn(counts: Map<number, number>, key: number, step: number): void {
  const count = (counts.get(key) ?? 0) + step;
  if (count) counts.set(key, count);
  else counts.delete(key);
}

const isSpace = (c: string) => /\s/.test(c);

/** Where the token holding `position` starts, then `before` tokens further back, as far as the text allows. */
function tokenStart(text: string, position: number, before: number): number {
  let at = Math.max(0, Math.min(position, text.length));
  while (at > 0 && !isSpace(text[at - 1])) at--;
  for (let i = 0; i < before && at > 0; i++) {
    while (at > 0 && isSpace(text[at - 1])) at--;
    while (at > 0 && !isSpace(text[at - 1])) at--;
  }
  return at;
}

/** Up to `count` tokens of `text` from `from`. */
function tokensFrom(text: string, from: number, count: number): string[] {
  const pattern = /\S+/g;
  pattern.lastIndex = from;
  const tokens: string[] = [];
  for (let match = pattern.exec(text); match && tokens.length < count; match = pattern.exec(text)) tokens.push(match[0]);
  return tokens;
}

/** Whether a token holds a query word ("đối," holds "doi"). */
function holdsWanted(token: string, wanted: Set<number>): boolean {
  let held = false;
  reader.read(token, (id) => {
    if (wanted.has(id)) held = true;
  });
  return held;
}

/** The best window of `text` for `words` (folded syllables), as pieces; the text's start when none matches. */
export function excerptOf(text: string, words: string[], length = EXCERPT_WORDS): ExcerptPiece[] {
  const wanted = new Set(reader.ids(words.join(' ')));
  const firstEnd = bestWindow(text, wanted, length);
  let from = firstEnd < 0 ? 0 : tokenStart(text, firstEnd - 1, LEAD);
  let tokens = tokensFrom(text, from, length);
  // Near the end of the text, the window reaches back so it still shows `length` tokens.
  if (tokens.length < length && from > 0) {
    from = tokenStart(text, from, length - tokens.length);
    tokens = tokensFrom(text, from, length);
  }
  const pieces: ExcerptPiece[] = [];
  tokens.forEach((token, i) => {
    const space = i > 0 ? ' ' : '';
    const last = pieces.at(-1);
    if (holdsWanted(token, wanted)) {
      if (space) (last && !last.marked ? (last.text += space) : pieces.push({ text: space, marked: false }));
      pieces.push({ text: token, marked: true });
    } else if (last && !last.marked) last.text += space + token;
    else pieces.push({ text: space + token, marked: false });
  });
  return pieces;
}
