/**
 * Quotations found by their text. The index holds words and adjacent pairs, no positions, so a
 * page holding every pair of a quotation in separate places ties with the page that holds it in
 * a row, and the generated reports' stock phrases make such pages common: six words copied from a
 * report left it below the third place in about one case in four (test/build/search-scale.test.ts).
 * The text settles it. Among the leading results that hold the most pairs, their text (the page's
 * Pagefind fragment, which the page fetches for the excerpts of the ten it shows anyway: its
 * content and its meta fields, where a number and the numbers it cites are) is read in tens, and
 * those holding the query's words in a row move ahead. A common phrase is held in a row
 * by the first ten and costs nothing more; a quotation costs up to PHRASE_DEPTH texts.
 */
import { PAIR_WEIGHT, pairsOf, type Ranked } from './query.ts';
import { syllablesOf } from './syllables.ts';
import { pageReader as reader } from './word-reader.ts';

/** Texts read at a time: the ten results a page shows. */
const BATCH = 10;
/** Leading results read at most. */
export const PHRASE_DEPTH = 40;
/** Added to a confirmed result's key: above any count of pairs (at most eleven), so merged indexes keep it first too. */
const PHRASE_WEIGHT = 100 * PAIR_WEIGHT;


/** What the check reads of a result: its text (and meta fields), and its own document number if it has one. */
export interface ResultText {
  text: string;
  number?: string;
}

/**
 * `ranked` (relevance order) with the results whose text holds the query's words in a row first. A
 * result whose own number the query holds in a row counts as holding it too: "Nghị định số
 * 80/2020/NĐ-CP" is a number typed with its words, and the decree's page must stay ahead of a
 * report that happens to write it the same way.
 */
export async function confirmPhrase(ranked: Ranked, textOf: (id: number) => Promise<ResultText>): Promise<Ranked> {
  const { ids, words, keys } = ranked;
  // Two words are one pair: the index already knows whether they stand in a row.
  // A unit's name is no quotation: its pages already lead (unit-names.ts).
  if (words.length < 3 || !keys || ids.length < 2 || ranked.named) return ranked;
  const pairsHeld = (i: number) => Math.floor(keys[i] / PAIR_WEIGHT);
  // A text holding the words in a row holds each pair of neighbours in it, and the keys count the
  // pairs each result holds exactly. When even the first holds fewer, no text can hold the words in
  // a row (reading forty texts to find none cost a five-word query 250 ms): only a document's own
  // number is then left to look for, in a query with a digit, among the ten shown, whose texts the
  // page loads for their excerpts anyway.
  const inRow = pairsHeld(0) >= pairsOf(words).length;
  if (!inRow && !words.some((word) => /\d/.test(word))) return ranked;
  const depth = inRow ? PHRASE_DEPTH : BATCH;
  let tied = 0;
  while (tied < ids.length && tied < depth && pairsHeld(tied) === pairsHeld(0)) tied++;
  const phrase = ` ${words.join(' ')} `;
  const holdsQuery = ({ text, number }: ResultText) => {
    const own = numberProper(number ?? '');
    return reader.holdsInRow(text, words) || (own !== '' && phrase.includes(` ${own} `));
  };
  const holds: boolean[] = [];
  let confirmed = 0;
  for (let from = 0; from < tied && confirmed < BATCH; from += BATCH) {
    const texts = await Promise.all(ids.slice(from, Math.min(tied, from + BATCH)).map(textOf));
    for (const text of texts) {
      const held = holdsQuery(text);
      holds.push(held);
      if (held) confirmed++;
    }
  }
  if (!confirmed || confirmed === holds.length) return ranked;
  // A stable partition of the results read: holders first, each group in its order.
  const read = holds.map((_, i) => i);
  const order = [...read.filter((i) => holds[i]), ...read.filter((i) => !holds[i])];
  const newIds = [...order.map((i) => ids[i]), ...ids.slice(holds.length)];
  const newKeys = Float64Array.from([...order.map((i) => keys[i] + (holds[i] ? PHRASE_WEIGHT : 0)), ...keys.slice(holds.length)]);
  return { ...ranked, ids: newIds, keys: newKeys };
}

/**
 * A document number from its first syllable with a digit: "Nghị định 80/2020/NĐ-CP" is stored with
 * its kind, which a query may word otherwise ("Nghị định số 80/2020/NĐ-CP"); "80 2020 nd cp" is the
 * number itself. Empty when it has no digit.
 */
function numberProper(number: string): string {
  const syllables = syllablesOf(number);
  const first = syllables.findIndex((syllable) => /\d/.test(syllable));
  return first < 0 ? '' : syllables.slice(first).join(' ');
}
