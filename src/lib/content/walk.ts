import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Files under `dir` whose names end with one of `extensions` (every file when none are given), as
 * paths relative to `root`, sorted. Hidden entries (.git, .DS_Store) are skipped. An entry that
 * cannot be inspected (a broken link) counts as a file, so reading it reports the fault.
 */
export function listFiles(root: string, dir: string, extensions?: readonly string[]): string[] {
  const start = join(root, dir);
  const found: string[] = [];
  const visit = (path: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.')) continue;
      const full = join(path, name);
      if (entry.isDirectory() || (entry.isSymbolicLink() && isDirectory(full))) visit(full);
      else if (!extensions || extensions.some((ext) => name.endsWith(ext))) found.push(relative(root, full).split(sep).join('/'));
    }
  };
  visit(start);
  return found.sort();
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
