import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Files under `dir` whose names end with one of `extensions` (every file when none are given), as
 * paths relative to `root`, sorted. Hidden entries (.git, .DS_Store) and symbolic links are skipped,
 * never followed: a link could lead out of the content root, make a second copy of a report or loop.
 * boundary.ts names each one skipped under the content root.
 */
export function listFiles(root: string, dir: string, extensions?: readonly string[]): string[] {
  const start = join(root, dir);
  const found: string[] = [];
  if (isSymbolicLink(start)) return found;
  const visit = (path: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.') || entry.isSymbolicLink()) continue;
      const full = join(path, name);
      if (entry.isDirectory()) visit(full);
      else if (!extensions || extensions.some((ext) => name.endsWith(ext))) found.push(relative(root, full).split(sep).join('/'));
    }
  };
  visit(start);
  return found.sort();
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
