import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, contentHash, openJsonCache } from '../cache/json-cache.ts';
import type { Citation } from '../citations/types.ts';
import { loadKnowledgeBase, type LoadOptions } from './load.ts';
import type { CheckedEntry } from './read-entry.ts';

type Loaded = ReturnType<typeof loadKnowledgeBase>;

/** Loads the content root with the frontmatter and citation caches (node_modules/.cache/kb/). */
export function loadWithCache(root: string, options: Omit<LoadOptions, 'yamlCache' | 'citationCache'> = {}): Loaded {
  // Checking a few files reads only their bodies: opening every report's cached citations would
  // cost more than reading theirs afresh.
  const citationCache = options.onlyFiles ? undefined : openJsonCache<Citation[]>('citations.json');
  return loadKnowledgeBase(root, { ...options, yamlCache: openJsonCache('frontmatter.json'), citationCache });
}

/**
 * What `kb check` reads with: the caches above and the checked-frontmatter cache. A check of some
 * files (--changed, paths) takes the files it does not report on from that cache, by size and
 * modification time; a check of everything refills it, so the first --changed after it is quick.
 */
export function loadForCheck(root: string, onlyFiles?: ReadonlySet<string>): Loaded {
  return loadWithCache(root, { onlyFiles, checkedCache: openCheckedCache() });
}

/**
 * The checked-frontmatter cache of the schemas as they are now: a checked value is what the schemas
 * in src/schemas made of a file, so its name carries their fingerprint and one made under other
 * schemas is deleted rather than trusted.
 */
function openCheckedCache() {
  const schemas = join(import.meta.dirname, '../../schemas');
  const name = `checked-frontmatter-${contentHash(readdirSync(schemas).sort().map((file) => readFileSync(join(schemas, file), 'utf8')).join('\n')).slice(0, 12)}.json`;
  try {
    for (const file of readdirSync(cacheDir())) if (file.startsWith('checked-frontmatter-') && file !== name) rmSync(join(cacheDir(), file), { force: true });
  } catch {
    // no cache folder yet
  }
  return openJsonCache<CheckedEntry>(name);
}

const STORE = Symbol.for('kb.content.loaded');

/**
 * The whole content root, read and checked once per build. The build-start check and the pages'
 * catalog run in one process but in different module instances (the config loader's and the
 * page bundle's), so the result is kept on globalThis, keyed by root: at 10,000 reports each
 * extra load cost tens of seconds.
 */
export function loadOncePerProcess(root: string): Loaded {
  const global = globalThis as { [STORE]?: Map<string, Loaded> };
  const loaded = (global[STORE] ??= new Map());
  let result = loaded.get(root);
  if (!result) {
    result = loadWithCache(root);
    loaded.set(root, result);
  }
  return result;
}
