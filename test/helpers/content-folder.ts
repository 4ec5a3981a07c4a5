import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

export const fixturesDir = resolve(import.meta.dirname, '../fixtures');

/**
 * A throwaway content folder: a copy of a fixture (default `basic`) with files added or replaced,
 * so each test states only what it changes.
 */
export function contentFolder(files: Record<string, string | Uint8Array> = {}, base = 'basic'): string {
  const root = mkdtempSync(join(tmpdir(), 'kb-content-'));
  cpSync(join(fixturesDir, base), root, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
