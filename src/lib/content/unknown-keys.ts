import type { z } from 'astro/zod';

/** A key the schema does not know, where it sits, and the known keys beside it. */
export interface UnknownKey {
  path: PropertyKey[];
  key: string;
  known: string[];
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Keys in `data` that `schema` has no field for. Zod objects drop unknown keys without a word, so a
 * typo such as `confidental: true` would silently publish a confidential report; every key must be
 * known. Walks objects, arrays, optional/default/nullable wrappers, transforms and unions.
 */
export function findUnknownKeys(schema: z.ZodType, data: unknown, path: PropertyKey[] = []): UnknownKey[] {
  const found: UnknownKey[] = [];
  collectUnknownKeys(schema, data, path, found);
  return found;
}

/**
 * The walk behind findUnknownKeys. It runs on every frontmatter of every build, so it shares one
 * path array (copied only for a key it reports) and one result list instead of allocating per node.
 */
function collectUnknownKeys(schema: z.ZodType, data: unknown, path: PropertyKey[], found: UnknownKey[]): void {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      if (def.innerType) collectUnknownKeys(def.innerType, data, path, found);
      return;
    case 'pipe':
      if (def.in) collectUnknownKeys(def.in, data, path, found);
      return;
    case 'array':
      if (!Array.isArray(data) || !def.element) return;
      for (let i = 0; i < data.length; i++) {
        path.push(i);
        collectUnknownKeys(def.element, data[i], path, found);
        path.pop();
      }
      return;
    case 'union': {
      // Judge by the option that knows the most of the keys given.
      let fewest: UnknownKey[] | undefined;
      for (const option of def.options ?? []) {
        const unknown: UnknownKey[] = [];
        collectUnknownKeys(option, data, path, unknown);
        if (!fewest || unknown.length < fewest.length) fewest = unknown;
        if (fewest.length === 0) break;
      }
      if (fewest) found.push(...fewest);
      return;
    }
    case 'object': {
      if (!isPlainObject(data) || !def.shape) return;
      const shape = def.shape;
      for (const key of Object.keys(data)) {
        path.push(key);
        if (Object.hasOwn(shape, key)) collectUnknownKeys(shape[key], data[key], path, found);
        else found.push({ path: [...path], key, known: Object.keys(shape) });
        path.pop();
      }
      return;
    }
    default:
      return;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The known word closest to `word` (at most two edits, or a prefix), for "did you mean". */
export function closestWord(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  if (best && (bestDistance <= Math.max(1, Math.min(2, Math.floor(word.length / 3))) || best.startsWith(word) || word.startsWith(best))) return best;
  return undefined;
}

/** Levenshtein distance, with a swap of two neighbours counted as one edit (perdio → period). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
