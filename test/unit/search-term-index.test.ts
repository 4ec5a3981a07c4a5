import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeTermIndex, type IndexedDoc } from '../../src/lib/search/terms/build.ts';
import type { Manifest } from '../../src/lib/search/terms/format.ts';
import { TermIndex } from '../../src/lib/search/terms/query.ts';

/**
 * The term index as the search page reads it, written for real into a folder: every term of a query
 * is looked up in the one file the manifest names for it, and that file is always there, so a word
 * in no document costs no failed request (a 404 is an error in the browser's console).
 */
const DOCS = 150;
const docs: IndexedDoc[] = Array.from({ length: DOCS }, (_, id) => ({
  id,
  fragment: `fragment/${id}.pf_fragment`,
  url: `/bao-cao/r${id}/`,
  // Every report speaks of đối ngoại; one in ten of viện trợ; one alone names Champasak.
  content: `Báo cáo công tác đối ngoại năm ${2015 + (id % 10)}. ${id % 10 === 0 ? 'Tiếp nhận viện trợ phi chính phủ nước ngoài.' : ''} ${id === 7 ? 'Hợp tác với tỉnh Champasak.' : ''}`,
  meta: { title: `Báo cáo số ${id}` },
  filters: { unit: [`don-vi-${id % 5}`] },
}));

let dir: string;
let requested: string[];
let missing: string[];
let index: TermIndex;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kb-terms-'));
  writeTermIndex(dir, DOCS, DOCS, docs);
  const manifest = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as Manifest;
  index = new TermIndex(manifest, async <T,>(path: string) => {
    requested.push(path);
    if (!existsSync(join(dir, path))) {
      missing.push(path);
      return undefined;
    }
    return JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;
  });
});

const search = async (text: string, filters: Record<string, string> = {}) => {
  requested = [];
  missing = [];
  return (await index.search(text, filters)).ids;
};

describe('the term index as the page reads it', () => {
  it('finds common and rare words, and counts exactly', async () => {
    expect(await search('doi ngoai')).toHaveLength(DOCS);
    expect((await search('vien tro')).sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i * 10));
    expect(await search('champasak')).toEqual([7]);
    expect(missing).toEqual([]);
  });

  it.each(['xyzkhongco', 'constructor', 'ddoois ngoaij', 'toString', 'doi xyzkhongco'])('finds nothing for %j without asking for a file that is not there', async (text) => {
    const ids = await search(text);
    if (text !== 'ddoois ngoaij') expect(ids).toEqual([]);
    else expect(ids).toHaveLength(DOCS);
    expect(missing).toEqual([]);
  });

  it('asks for each file once, whatever the number of terms in it', async () => {
    await search('bao cao cong tac doi ngoai nam');
    expect(new Set(requested).size).toBe(requested.length);
  });

  it('filters by unit exactly', async () => {
    expect((await search('doi ngoai', { unit: 'don-vi-2' })).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i * 5 + 2));
    expect(await search('doi ngoai', { unit: 'khong-co' })).toEqual([]);
  });

  it('loads the words typed so far while the reader types, never a word still being typed', async () => {
    const fresh = new TermIndex(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as Manifest, async <T,>(path: string) => {
      requested.push(path);
      return JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;
    });
    const fileOf = async (text: string) => {
      requested = [];
      await fresh.search(text, {});
      return requested;
    };
    requested = [];
    fresh.prefetch('Champasak vie');
    fresh.prefetch('Champasak vie');
    const typedSoFar = [...requested];
    expect(typedSoFar).toHaveLength(1);
    expect(await fileOf('champasak')).toEqual([]);
    // "vie" was still being typed: its file is fetched by the search, not before.
    expect(await fileOf('vie')).toHaveLength(1);
    requested = [];
    fresh.prefetch('Champasak viện ');
    expect(requested.length).toBeGreaterThan(0);
    expect(await fileOf('champasak vien')).toEqual([]);
  });
});
