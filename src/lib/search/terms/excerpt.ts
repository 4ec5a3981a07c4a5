/**
 * The excerpt under a result: the stretch of the page's text (as Pagefind stored it) that holds the
 * most query words, the phrase as typed best of all, with those words marked. Cut here rather than
 * by Pagefind, so the page loads no WebAssembly and no word positions: only each shown result's
 * fragment. The scan stops at the first window holding every query word side by side, so a common
 * phrase costs a few hundred words of a long report, not all of it.
 */
import { WordReader } from './word-reader.ts';

export interface ExcerptPiece { text: string; marked: boolean }

/** Words in an excerpt. */
export const EXCERPT_WORDS = 30;
/** Words shown before the first match, for context. */
const LEAD = 3;

/** Reads tokens as word ids, its words remembered: the fold is a table lookup per character (word-reader.ts). */
const reader = new WordReader();

/** The query syllables a token holds ("đối," → ["doi"]). */
function hitsOf(token: string, wanted: Set<number>): string[] {
  const hits: string[] = [];
  reader.read(token, (id) => {
    if (wanted.has(id)) hits.push(reader.names[id]);
  });
  return hits;
}

/** The best window of `text` for `words` (folded syllables), as pieces; the text's start when none matches. */
export function excerptOf(text: string, words: string[], length = EXCERPT_WORDS): ExcerptPiece[] {
  const wanted = new Set(words);
  const wantedIds = new Set(reader.ids(words.join(' ')));
  // A report repeats its syllables ("của", "và", "các"): each distinct token is read once.
  const known = new Map<string, string[]>();
  const hitsOfToken = (token: string) => known.get(token) ?? known.set(token, hitsOf(token, wantedIds)).get(token)!;
  const perfect = wanted.size * 100 + Math.max(0, wanted.size - 1);
  const tokens: string[] = [];
  const hits: string[][] = [];
  const inWindow = new Map<string, number>();
  let adjacent = 0;
  let best = 0;
  let bestScore = -1;
  const tokenPattern = /\S+/g;
  for (let match = tokenPattern.exec(text); match; match = tokenPattern.exec(text)) {
    const i = tokens.push(match[0]) - 1;
    hits.push(hitsOfToken(match[0]));
    for (const s of hits[i]) inWindow.set(s, (inWindow.get(s) ?? 0) + 1);
    if (i > 0 && hits[i].length && hits[i - 1].length) adjacent++;
    const start = i - length + 1;
    if (start > 0) {
      // The token leaving the window takes its words and its link to the next one with it.
      for (const s of hits[start - 1]) inWindow.set(s, inWindow.get(s)! - 1 || 0);
      for (const s of hits[start - 1]) if (!inWindow.get(s)) inWindow.delete(s);
      if (hits[start - 1].length && hits[start].length) adjacent--;
    }
    const score = inWindow.size * 100 + adjacent;
    if (score > bestScore) [best, bestScore] = [Math.max(0, start), score];
    if (score >= perfect && wanted.size) break;
  }
  // Start a little before the first match in the window, as far as the text allows.
  const firstHit = hits.findIndex((h, i) => i >= best && h.length > 0);
  let from = firstHit >= 0 ? Math.max(0, firstHit - LEAD) : best;
  while (tokens.length < from + length) {
    const match = tokenPattern.exec(text);
    if (!match) break;
    tokens.push(match[0]);
    hits.push(hitsOfToken(match[0]));
  }
  from = Math.max(0, Math.min(from, tokens.length - length));
  const pieces: ExcerptPiece[] = [];
  for (let i = from; i < Math.min(tokens.length, from + length); i++) {
    const space = i > from ? ' ' : '';
    const last = pieces.at(-1);
    if (hits[i].length) {
      if (space) (last && !last.marked ? (last.text += space) : pieces.push({ text: space, marked: false }));
      pieces.push({ text: tokens[i], marked: true });
    } else if (last && !last.marked) last.text += space + tokens[i];
    else pieces.push({ text: space + tokens[i], marked: false });
  }
  return pieces;
}
