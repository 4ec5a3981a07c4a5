/**
 * The excerpt under a result: the stretch of the page's text (as Pagefind stored it) that holds the
 * most query words, with those words marked. Cut here rather than by Pagefind so the page loads no
 * WebAssembly and no word positions: only the fragment of each result shown.
 */
import { syllablesOf } from './syllables.ts';

export interface ExcerptPiece { text: string; marked: boolean }

/** Words in an excerpt. */
export const EXCERPT_WORDS = 30;

/** The best window of `text` for `words` (folded syllables), as pieces; the text's start when none matches. */
export function excerptOf(text: string, words: string[], length = EXCERPT_WORDS): ExcerptPiece[] {
  const tokens = text.split(/\s+/).filter(Boolean);
  const wanted = new Set(words);
  const hits = tokens.map((token) => syllablesOf(token).filter((s) => wanted.has(s)));
  // A window's worth: distinct query words in it, then marked neighbours (the phrase as typed).
  let best = 0;
  let bestScore = -1;
  for (let start = 0; start < Math.max(1, tokens.length - length + 1); start++) {
    if (start > 0 && !hits[start].length) continue;
    const seen = new Set<string>();
    let adjacent = 0;
    for (let i = start; i < Math.min(tokens.length, start + length); i++) {
      for (const s of hits[i]) seen.add(s);
      if (i > start && hits[i].length && hits[i - 1].length) adjacent++;
    }
    const score = seen.size * 100 + adjacent;
    if (score > bestScore) [best, bestScore] = [start, score];
  }
  const from = Math.max(0, Math.min(best - 3, tokens.length - length));
  const pieces: ExcerptPiece[] = [];
  for (let i = from; i < Math.min(tokens.length, from + length); i++) {
    const marked = hits[i].length > 0;
    const text = (i > from ? ' ' : '') + tokens[i];
    const last = pieces.at(-1);
    if (marked) {
      if (i > from) (last && !last.marked ? (last.text += ' ') : pieces.push({ text: ' ', marked: false }));
      pieces.push({ text: tokens[i], marked: true });
    } else if (last && !last.marked) last.text += text;
    else pieces.push({ text, marked: false });
  }
  return pieces;
}
