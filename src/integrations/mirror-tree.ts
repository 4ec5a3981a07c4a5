import { copyFileSync, lstatSync, mkdirSync, readdirSync, readlinkSync, rmSync, symlinkSync, utimesSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { linkOrCopy } from '../lib/cache/link-tree.ts';

/** What mirrorTree did: files copied, and files hard-linked instead (see `shared`). */
export interface Mirrored {
  copied: number;
  linked: number;
}

/**
 * Makes folder `to` hold exactly the files of folder `from`, copying only those whose size or
 * modification time differ (the copy takes the source's times, so an unchanged file is never
 * copied twice) and removing what `from` does not have. Top-level names in `skip` are neither
 * copied nor removed.
 *
 * A file is removed before it is copied over, never written in place: files in the site may be
 * hard links into the search-index cache (src/lib/cache/link-tree.ts), which a write in place
 * would change too. Copy-on-write is not available here; after a rebuild only the pages that
 * changed differ, so this costs a stat per file and a copy per changed page.
 *
 * Files for which `shared` holds (given the path relative to `from`) are hard-linked instead of
 * copied: only for files that nothing ever writes in place (replaced by rename or removed), for a
 * write through the link would change `from` too.
 */
export function mirrorTree(from: string, to: string, skip: ReadonlySet<string> = new Set(), shared: (file: string) => boolean = () => false): Mirrored {
  const done: Mirrored = { copied: 0, linked: 0 };
  mirrorFolder(from, to, '', skip, shared, done);
  return done;
}

function mirrorFolder(from: string, to: string, relative: string, skip: ReadonlySet<string>, shared: (file: string) => boolean, done: Mirrored): void {
  const target = statOrNull(to);
  if (target && !target.isDirectory()) rmSync(to, { force: true });
  mkdirSync(to, { recursive: true });
  const present = new Set<string>();
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    present.add(entry.name);
    if (skip.has(entry.name)) continue;
    const source = join(from, entry.name);
    const dest = join(to, entry.name);
    const file = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      mirrorFolder(source, dest, file, new Set(), shared, done);
    } else if (entry.isSymbolicLink()) {
      rmSync(dest, { recursive: true, force: true });
      symlinkSync(readlinkSync(source), dest);
    } else if (differs(lstatSync(source), statOrNull(dest))) {
      rmSync(dest, { recursive: true, force: true });
      if (shared(file)) {
        linkOrCopy(source, dest);
        done.linked++;
      } else {
        copyFileSync(source, dest);
        const { atimeMs, mtimeMs } = lstatSync(source);
        utimesSync(dest, atimeMs / 1000, mtimeMs / 1000);
        done.copied++;
      }
    }
  }
  for (const name of readdirSync(to)) if (!present.has(name)) rmSync(join(to, name), { recursive: true, force: true });
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
