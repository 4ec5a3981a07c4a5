/**
 * Whether a query is a unit's name, as staff type it: "so ngoai vu bac my" for "Sở Ngoại vụ tỉnh
 * Bắc Mỹ", "binh son" for "Huyện Bình Sơn". The search page then ranks that unit's own pages
 * first (query.ts). Without it, reports from other departments that answer the unit's requests,
 * and so repeat its full name in their bodies, outranked its own: on 10,000 generated reports the
 * name without "tỉnh" put two of the Sở's reports in the first ten.
 */
import { syllablesOf } from './syllables.ts';

/** Words naming a unit's level, which staff leave out when they type its name (folded, as syllablesOf gives them). */
const LEVEL_WORDS = new Set(['tinh', 'huyen', 'quan', 'thi', 'xa', 'tran', 'thanh', 'pho', 'phuong']);

export interface NamedUnit {
  id: string;
  name: string;
}

/**
 * A function giving the units whose name a query is: every word of the query, in order, and every
 * other word of the name a level word. A query of one word names no unit (too loose: "son" is half
 * the place names). The names are cut into words once, at the first query.
 */
export function unitNameMatcher(units: readonly NamedUnit[]): (query: string) => string[] {
  let named: { id: string; words: string[] }[] | undefined;
  return (query) => {
    const typed = syllablesOf(query);
    if (typed.length < 2) return [];
    named ??= units.map((unit) => ({ id: unit.id, words: syllablesOf(unit.name) }));
    return named.filter((unit) => isNameOf(typed, unit.words)).map((unit) => unit.id);
  };
}

function isNameOf(typed: string[], name: string[]): boolean {
  let next = 0;
  for (const word of name) {
    if (next < typed.length && word === typed[next]) next++;
    else if (!LEVEL_WORDS.has(word)) return false;
  }
  return next === typed.length;
}
