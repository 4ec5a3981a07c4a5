import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkTree } from '../../src/lib/cache/link-tree.ts';

describe('linkTree (how cached search shards come back into the site)', () => {
  it('puts every file of the folder at the target, linked rather than copied on one disk, leaving out what keep refuses', () => {
    const from = mkdtempSync(join(tmpdir(), 'kb-link-from-'));
    mkdirSync(join(from, 'fragment'));
    mkdirSync(join(from, 'shard-1'));
    writeFileSync(join(from, 'pagefind-entry.json'), '{"version":"1"}');
    writeFileSync(join(from, 'fragment', 'a.pf_fragment'), 'mảnh');
    writeFileSync(join(from, 'shard-1', 'other.pf_index'), 'x');
    const to = join(mkdtempSync(join(tmpdir(), 'kb-link-to-')), 'pagefind');
    linkTree(from, to, (source) => !source.endsWith('/shard-1'));
    expect(readFileSync(join(to, 'fragment', 'a.pf_fragment'), 'utf8')).toBe('mảnh');
    expect(readFileSync(join(to, 'pagefind-entry.json'), 'utf8')).toBe('{"version":"1"}');
    expect(() => statSync(join(to, 'shard-1'))).toThrow();
    expect(statSync(join(to, 'pagefind-entry.json')).ino).toBe(statSync(join(from, 'pagefind-entry.json')).ino);
  });
});
