import { openJsonCache } from '../cache/json-cache.ts';
import type { Citation } from '../citations/types.ts';
import { loadKnowledgeBase, type LoadOptions } from './load.ts';

type Loaded = ReturnType<typeof loadKnowledgeBase>;

/** Loads the content root with the frontmatter and citation caches (node_modules/.cache/kb/). */
export function loadWithCache(root: string, options: Omit<LoadOptions, 'yamlCache' | 'citationCache'> = {}): Loaded {
  // Checking a few files reads only their bodies: opening every report's cached citations would
  // cost more than reading theirs afresh.
  const citationCache = options.onlyFiles ? undefined : openJsonCache<Citation[]>('citations.json');
  return loadKnowledgeBase(root, { ...options, yamlCache: openJsonCache('frontmatter.json'), citationCache });
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
