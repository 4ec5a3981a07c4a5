/**
 * One query over several term indexes (a national view merging provinces' sites): each root
 * answers it alone with its own files, and the answers are merged, so the index format needs
 * nothing shared between sites. Results carry their root and their id within it.
 *
 * By relevance, results interleave by their relevance keys (query.ts: adjacent query pairs held,
 * then the summed score). The pair count compares exactly across roots; the score is each root's
 * own BM25, whose idf comes from that root's corpus, so it compares closely, not exactly, between
 * provinces of similar content. By date, each root's ids map to days through its day table
 * (days.json, loaded once per root and only here); undated results come last, root by root.
 */
import { DAY_TABLE_FILE, type DayTable } from './format.ts';
import type { Loader, SortOrder, TermIndex } from './query.ts';

export interface MergeRoot {
  index: TermIndex;
  /** The root's own loader (the same one its TermIndex uses): for its day table. */
  load: Loader;
}

/** A result of a merged search: which root, and the document's id in that root. */
export interface MergedHit {
  root: number;
  id: number;
}

export interface MergedResults {
  total: number;
  /** The query's syllables as read (from the first root: every root reads a query alike but for Telex). */
  words: string[];
  /** Results from `from` (inclusive) to `to` (exclusive), merged only as far as asked. */
  hits(from: number, to: number): MergedHit[];
}

/** Each root's answer, as a list already in the wanted order, with a sort key per position. */
interface RootAnswer {
  ids: number[];
  /** Larger first; equal keys keep root order. */
  key: (position: number) => number;
}

const dayTables = new WeakMap<TermIndex, Promise<DayTable>>();

function dayTableOf(root: MergeRoot): Promise<DayTable> {
  let table = dayTables.get(root.index);
  if (!table) dayTables.set(root.index, (table = root.load<DayTable>(DAY_TABLE_FILE).then((t) => t ?? [])));
  return table;
}

/** The day of a dated id as a number (20230605) from its root's table; 0 when the table does not place it. */
function dayNumber(table: DayTable, id: number): number {
  let low = 0;
  let high = table.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (table[mid][1] <= id) (found = mid), (low = mid + 1);
    else high = mid - 1;
  }
  return found < 0 ? 0 : Number(table[found][0].replaceAll('-', ''));
}

export async function searchMerged(roots: MergeRoot[], text: string, filters: Record<string, string>, sort: SortOrder = 'relevance'): Promise<MergedResults> {
  const ranked = await Promise.all(roots.map((root) => root.index.search(text, filters, sort)));
  let answers: RootAnswer[];
  // A root answers with keys when it ranked by relevance; one that matched nothing has no keys and no ids.
  if (ranked.some((r) => r.keys)) {
    answers = ranked.map((r) => ({ ids: r.ids, key: (i) => r.keys?.[i] ?? 0 }));
  } else {
    // By date (or a query with no words, which each root lists by date). Undated ids sort below
    // every day; newest first means larger days first, oldest first smaller.
    const tables = await Promise.all(roots.map(dayTableOf));
    const sign = sort === 'oldest' ? -1 : 1;
    answers = ranked.map((r, n) => {
      const { dated } = roots[n].index.manifest;
      return { ids: r.ids, key: (i) => (r.ids[i] < dated ? sign * dayNumber(tables[n], r.ids[i]) : -Infinity) };
    });
  }
  return mergeAnswers(answers, ranked[0]?.words ?? []);
}

/** A k-way merge of the roots' lists, advanced only as far as a page asks (a common word matches most of every province). */
function mergeAnswers(answers: RootAnswer[], words: string[]): MergedResults {
  const merged: MergedHit[] = [];
  const next = answers.map(() => 0);
  const total = answers.reduce((sum, a) => sum + a.ids.length, 0);
  const advanceTo = (count: number) => {
    while (merged.length < Math.min(count, total)) {
      let best = -1;
      for (let root = 0; root < answers.length; root++) {
        if (next[root] >= answers[root].ids.length) continue;
        if (best < 0 || answers[root].key(next[root]) > answers[best].key(next[best])) best = root;
      }
      merged.push({ root: best, id: answers[best].ids[next[best]++] });
    }
  };
  return {
    total,
    words,
    hits(from, to) {
      advanceTo(to);
      return merged.slice(from, to);
    },
  };
}
