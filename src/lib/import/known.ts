import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Files already imported, by the SHA-256 their drafts record (`imported.sha256` in the
 * frontmatter), so running the same folder again skips them and picks up only new files. Drafts
 * are looked for under every root given (the content root, and --out when drafts go elsewhere).
 */
export function importedHashes(roots: readonly string[]): Map<string, string> {
  const known = new Map<string, string>();
  for (const root of roots) {
    for (const sub of ['reports', 'directives']) {
      for (const file of mdxFiles(join(root, sub))) {
        const text = readFileSync(file, 'utf8');
        const end = text.indexOf('\n---', 3);
        const match = /^imported:\n(?:[ \t]+.*\n)*?[ \t]+sha256:\s*["']?([0-9a-f]{64})/m.exec(end > 0 ? text.slice(0, end + 1) : '');
        if (match && !known.has(match[1])) known.set(match[1], relative(root, file).split('\\').join('/'));
      }
    }
  }
  return known;
}

function mdxFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? mdxFiles(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : []));
}
