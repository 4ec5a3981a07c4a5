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
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return def.innerType ? findUnknownKeys(def.innerType, data, path) : [];
    case 'pipe':
      return def.in ? findUnknownKeys(def.in, data, path) : [];
    case 'array':
      return Array.isArray(data) && def.element ? data.flatMap((item, i) => findUnknownKeys(def.element!, item, [...path, i])) : [];
    case 'union': {
      // Judge by the option that knows the most of the keys given.
      const results = (def.options ?? []).map((option) => findUnknownKeys(option, data, path));
      return results.sort((a, b) => a.length - b.length)[0] ?? [];
    }
    case 'object': {
      if (!isPlainObject(data) || !def.shape) return [];
      const shape = def.shape;
      const known = Object.keys(shape);
      return Object.keys(data).flatMap((key) =>
        Object.hasOwn(shape, key)
          ? findUnknownKeys(shape[key], data[key], [...path, key])
          : [{ path: [...path, key], key, known }],
      );
    }
    default:
      return [];
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
