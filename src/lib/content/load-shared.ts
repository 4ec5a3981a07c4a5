import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash, openJsonCache } from '../cache/json-cache.ts';
import type { Citation } from '../citations/types.ts';
import { BODY_KEY_VERSION } from './identity.ts';
import { loadKnowledgeBase, type LoadOptions } from './load.ts';
import type { CheckedEntry } from './read-entry.ts';

type Loaded = ReturnType<typeof loadKnowledgeBase>;

/** Loads and checks the whole content root with the frontmatter, citation and body-identity caches kept in `cacheDir` (settings.cacheDir). */
export function loadWithCache(root: string, cacheDir: string, options: Pick<LoadOptions, 'checkedCache'> = {}): Loaded {
  return loadKnowledgeBase(root, {
    ...options,
    yamlCache: openJsonCache(cacheDir, 'frontmatter.json'),
    citationCache: openJsonCache<Citation[]>(cacheDir, 'citations.json'),
    bodyKeyCache: openJsonCache<string>(cacheDir, `body-keys-v${BODY_KEY_VERSION}.json`),
  });
}

/**
 * What `kb check` reads with. A check of everything uses the caches above and refills the
 * checked-frontmatter cache; a check of some files (--changed, paths) takes the files it does not
 * report on from that cache, by size and modification time (a file missing from it is read and
 * parsed afresh, once), so the first --changed after a full check is quick.
 */
export function loadForCheck(root: string, cacheDir: string, onlyFiles?: ReadonlySet<string>): Loaded {
  const checkedCache = openCheckedCache(cacheDir);
  if (!onlyFiles) return loadWithCache(root, cacheDir, { checkedCache });
  // A partial check opens neither cache of texts: the frontmatter cache of 10,000 reports takes
  // longer to load than the few files checked take to parse, and their citations are read afresh.
  return loadKnowledgeBase(root, { onlyFiles, checkedCache });
}

/**
 * The checked-frontmatter cache of the schemas as they are now: a checked value is what the schemas
 * in src/schemas made of a file, so its name carries their fingerprint and one made under other
 * schemas is deleted rather than trusted.
 */
function openCheckedCache(cacheDir: string) {
  const schemas = join(import.meta.dirname, '../../schemas');
  const name = `checked-frontmatter-${contentHash(readdirSync(schemas).sort().map((file) => readFileSync(join(schemas, file), 'utf8')).join('\n')).slice(0, 12)}.json`;
  try {
    for (const file of readdirSync(cacheDir)) if (file.startsWith('checked-frontmatter-') && file !== name) rmSync(join(cacheDir, file), { force: true });
  } catch {
    // no cache folder yet
  }
  return openJsonCache<CheckedEntry>(cacheDir, name);
}

const STORE = Symbol.for('kb.content.loaded');

/**
 * The whole content root, read and checked once per build. The build-start check and the pages'
 * catalog run in one process but in different module instances (the config loader's and the
 * page bundle's), so the result is kept on globalThis, keyed by root: at 10,000 reports each
 * extra load cost tens of seconds.
 */
export function loadOncePerProcess(root: string, cacheDir: string): Loaded {
  const global = globalThis as { [STORE]?: Map<string, Loaded> };
  const loaded = (global[STORE] ??= new Map());
  let result = loaded.get(root);
  if (!result) {
    result = loadWithCache(root, cacheDir);
    loaded.set(root, result);
  }
  return result;
}
