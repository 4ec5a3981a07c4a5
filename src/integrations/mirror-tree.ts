import { copyFileSync, lstatSync, mkdirSync, readdirSync, readlinkSync, rmSync, symlinkSync, utimesSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/**
 * Makes folder `to` hold exactly the files of folder `from`, copying only those whose size or
 * modification time differ (the copy takes the source's times, so an unchanged file is never
 * copied twice) and removing what `from` does not have. Returns how many files were copied.
 *
 * A file is removed before it is copied over, never written in place: files in the site may be
 * hard links into the search-index cache (src/lib/cache/link-tree.ts), which a write in place
 * would change too. Copy-on-write is not available here; after a rebuild only the pages that
 * changed differ, so this costs a stat per file and a copy per changed page. Top-level names in
 * `skip` are neither copied nor removed.
 */
export function mirrorTree(from: string, to: string, skip: ReadonlySet<string> = new Set()): number {
  const target = statOrNull(to);
  if (target && !target.isDirectory()) rmSync(to, { force: true });
  mkdirSync(to, { recursive: true });
  let copied = 0;
  const present = new Set<string>();
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    present.add(entry.name);
    if (skip.has(entry.name)) continue;
    const source = join(from, entry.name);
    const dest = join(to, entry.name);
    if (entry.isDirectory()) {
      copied += mirrorTree(source, dest);
    } else if (entry.isSymbolicLink()) {
      rmSync(dest, { recursive: true, force: true });
      symlinkSync(readlinkSync(source), dest);
    } else if (differs(lstatSync(source), statOrNull(dest))) {
      rmSync(dest, { recursive: true, force: true });
      copyFileSync(source, dest);
      const { atimeMs, mtimeMs } = lstatSync(source);
      utimesSync(dest, atimeMs / 1000, mtimeMs / 1000);
      copied++;
    }
  }
  for (const name of readdirSync(to)) if (!present.has(name)) rmSync(join(to, name), { recursive: true, force: true });
  return copied;
}

function differs(source: Stats, dest: Stats | null): boolean {
  return !dest || !dest.isFile() || dest.size !== source.size || Math.abs(dest.mtimeMs - source.mtimeMs) >= 1;
}

function statOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}
