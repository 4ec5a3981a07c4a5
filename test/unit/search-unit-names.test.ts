import { mkdtempSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTermIndex, type IndexedDoc } from '../../src/lib/search/terms/build.ts';
import type { Manifest } from '../../src/lib/search/terms/format.ts';
import { confirmPhrase } from '../../src/lib/search/terms/phrase.ts';
import { TermIndex } from '../../src/lib/search/terms/query.ts';
import { unitNameMatcher } from '../../src/lib/search/terms/unit-names.ts';

const units = [
  { id: 'so-ngoai-vu-bac-my', name: 'Sở Ngoại vụ tỉnh Bắc Mỹ' },
  { id: 'so-van-hoa-bac-my', name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Mỹ' },
  { id: 'binh-son', name: 'Huyện Bình Sơn' },
  { id: 'bac-my', name: 'Tỉnh Bắc Mỹ' },
  { id: 'son-tinh', name: 'Huyện Sơn Tịnh' },
];
const named = unitNameMatcher(units);

describe('a query that is a unit’s name', () => {
  it.each([
    ['so ngoai vu bac my', ['so-ngoai-vu-bac-my']],
    ['Sở Ngoại vụ tỉnh Bắc Mỹ', ['so-ngoai-vu-bac-my']],
    ['SỞ NGOẠI VỤ BẮC MỸ', ['so-ngoai-vu-bac-my']],
    ['binh son', ['binh-son']],
    ['huyen binh son', ['binh-son']],
    ['bac my', ['bac-my']],
    // "tịnh" is a word of the name, not the level word "tỉnh": both fold to "tinh", and it is typed.
    ['son tinh', ['son-tinh']],
  ])('%j names %j', (query, ids) => {
    expect(named(query)).toEqual(ids);
  });

  it.each(['ngoai vu', 'so ngoai vu', 'bao cao so ngoai vu bac my', 'son', 'bac my so ngoai vu', '', 'so van hoa bac my du lich'])('%j names no unit', (query) => {
    expect(named(query)).toEqual([]);
  });
});

/**
 * The case that asked for it, in a real term index: the Sở's own report, and another department's
 * report answering the Sở's request, which carries the Sở's full name in its title and ten times in
 * its body, and so outranks the Sở's own on the words alone.
 */
describe('ranking a named unit’s pages first', () => {
  const sentence = 'Thực hiện Công văn của Sở Ngoại vụ tỉnh Bắc Mỹ về công tác đối ngoại nhân dân. ';
  const docs: IndexedDoc[] = [
    { id: 0, fragment: 'f/0', url: '/bao-cao/so-van-hoa/', content: sentence.repeat(10), meta: { title: 'Báo cáo thực hiện Công văn của Sở Ngoại vụ tỉnh Bắc Mỹ', unit: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Mỹ' }, filters: { unit: ['so-van-hoa-bac-my'] } },
    { id: 1, fragment: 'f/1', url: '/bao-cao/so-ngoai-vu/', content: 'Kết quả công tác đối ngoại nhân dân năm 2024 trên địa bàn tỉnh. '.repeat(20), meta: { title: 'Báo cáo đối ngoại nhân dân', unit: 'Sở Ngoại vụ tỉnh Bắc Mỹ' }, filters: { unit: ['so-ngoai-vu-bac-my'] } },
    ...Array.from({ length: 30 }, (_, n): IndexedDoc => ({ id: n + 2, fragment: `f/${n + 2}`, url: `/bao-cao/khac-${n}/`, content: `Báo cáo công tác đối ngoại số ${n} của huyện.`, meta: { title: `Báo cáo ${n}` }, filters: { unit: ['huyen-khac'] } })),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'kb-unit-names-'));
  writeTermIndex(dir, docs.length, 0, docs);
  const index = new TermIndex(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as Manifest, async <T,>(path: string) => (existsSync(join(dir, path)) ? (JSON.parse(readFileSync(join(dir, path), 'utf8')) as T) : undefined));

  it('puts the unit’s own report before one that only speaks of it', async () => {
    const query = 'so ngoai vu bac my';
    expect((await index.search(query, {})).ids.slice(0, 2)).toEqual([0, 1]);
    expect((await index.search(query, {}, 'relevance', named(query))).ids.slice(0, 2)).toEqual([1, 0]);
  });

  it('finds the same pages, and leaves the order by date alone', async () => {
    const query = 'so ngoai vu bac my';
    const plain = await index.search(query, {});
    const favoured = await index.search(query, {}, 'relevance', named(query));
    expect([...favoured.ids].sort((a, b) => a - b)).toEqual([...plain.ids].sort((a, b) => a - b));
    expect((await index.search(query, {}, 'newest', named(query))).ids).toEqual((await index.search(query, {}, 'newest')).ids);
  });

  it('is not checked as a quotation: no text is read for it', async () => {
    const query = 'so ngoai vu bac my';
    const reads: number[] = [];
    const favoured = await index.search(query, {}, 'relevance', named(query));
    expect((await confirmPhrase(favoured, async (id) => (reads.push(id), { text: '' }))).ids).toEqual(favoured.ids);
    expect(reads).toEqual([]);
  });
});
