import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Files under `dir` whose names end with one of `extensions`, as paths relative to `root`, sorted. */
export function listFiles(root: string, dir: string, extensions: readonly string[]): string[] {
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
      if (entry.isDirectory() || (entry.isSymbolicLink() && statSync(full).isDirectory())) visit(full);
      else if (extensions.some((ext) => name.endsWith(ext))) found.push(relative(root, full).split(sep).join('/'));
    }
  };
  visit(start);
  return found.sort();
}
