import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A short content hash for cache keys (of a text, or of a file's bytes: the same for the same text in UTF-8). */
export function contentHash(text: string | Buffer): string {
  return createHash('sha1').update(text).digest('base64url');
}

/** A key → JSON value store kept in one file, read on first use and written by `flush`. */
export interface JsonCache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  /** Writes the entries used since opening (and recent unused ones, up to a bound); no-op when nothing changed. */
  flush(): void;
}

interface Stored<T> {
  version: number;
  entries: Record<string, T>;
}

// 2: frontmatter entries hold { data, warnings }.
const VERSION = 2;

/**
 * Opens the cache file `name` in `dir`, the kb cache folder (settings.cacheDir: KB_CACHE_DIR, or
 * node_modules/.cache/kb, the place build tools conventionally use; deleting it only makes the next
 * run slower). Entries not used in a run are kept while the file
 * stays under `keep` entries, so alternating between two content folders does not thrash it.
 * A missing, unreadable or older-version file is an empty cache, never an error.
 */
export function openJsonCache<T>(dir: string, name: string, keep = 30_000): JsonCache<T> {
  const file = join(dir, name);
  let stored: Map<string, T> | undefined;
  const used = new Map<string, T>();
  let dirty = false;
  const load = () => {
    if (stored) return stored;
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as Stored<T>;
      stored = new Map(parsed.version === VERSION ? Object.entries(parsed.entries) : []);
    } catch {
      stored = new Map();
    }
    return stored;
  };
  return {
    get(key) {
      const value = used.get(key) ?? load().get(key);
      if (value !== undefined) used.set(key, value);
      return value;
    },
    set(key, value) {
      used.set(key, value);
      dirty = true;
    },
    flush() {
      if (!dirty) return;
      const entries: Record<string, T> = Object.fromEntries(used);
      let room = keep - used.size;
      for (const [key, value] of load()) {
        if (room-- <= 0) break;
        if (!used.has(key)) entries[key] = value;
      }
      try {
        mkdirSync(dirname(file), { recursive: true });
        // Written aside and renamed, so a concurrent reader never sees half a file.
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify({ version: VERSION, entries } satisfies Stored<T>));
        renameSync(temporary, file);
        dirty = false;
      } catch {
        // A read-only or full disk only costs speed next time.
      }
    },
  };
}
