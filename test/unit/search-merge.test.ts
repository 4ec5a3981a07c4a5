import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeTermIndex, type IndexedDoc } from '../../src/lib/search/terms/build.ts';
import { writeDayTable } from '../../src/lib/search/terms/days.ts';
import type { Manifest } from '../../src/lib/search/terms/format.ts';
import { idsByDate } from '../../src/lib/search/terms/from-pagefind.ts';
import { searchMerged, type MergeRoot } from '../../src/lib/search/terms/merge.ts';
import { TermIndex, type Loader, type SortOrder } from '../../src/lib/search/terms/query.ts';

/**
 * A national view over two provinces' term indexes, each written by the build's own writer into
 * its own folder and searched through its own loader, as two sites would be.
 */
interface Page { url: string; date: string; text: string; title?: string }

const filler = 'Ủy ban nhân dân đã triển khai các nhiệm vụ được giao trong kỳ báo cáo theo kế hoạch của tỉnh.';
const phrase = 'tổ chức đoàn công tác sang thăm tỉnh kết nghĩa Xiêng Khoảng';

const provinces: Record<string, Page[]> = {
  'lao-cai': [
    { url: '/bao-cao/lao-cai/a1/', date: '2023-06-10', text: `${filler} Công tác đối ngoại nhân dân được đẩy mạnh.` },
    { url: '/bao-cao/lao-cai/a2/', date: '2024-06-12', text: `${filler} Đối ngoại nhân dân; hội nhập quốc tế.`, title: 'Đối ngoại nhân dân năm 2024' },
    // The phrase's words, but apart: many times, in the title too.
    { url: '/bao-cao/lao-cai/a3/', date: '2024-12-01', text: `${filler} Đoàn công tác của tỉnh; tổ chức thăm; kết nghĩa với Xiêng Khoảng; sang năm. `.repeat(5), title: 'Đoàn công tác thăm tỉnh kết nghĩa Xiêng Khoảng' },
    { url: '/bao-cao/lao-cai/a4/', date: '', text: `${filler} Bản chưa ghi ngày về đối ngoại nhân dân.` },
  ],
  'dien-bien': [
    { url: '/bao-cao/dien-bien/b1/', date: '2023-12-05', text: `${filler} Đối ngoại nhân dân tiếp tục được quan tâm.` },
    { url: '/bao-cao/dien-bien/b2/', date: '2024-06-12', text: `${filler} Trong kỳ, tỉnh đã ${phrase} và ký biên bản ghi nhớ.` },
    { url: '/bao-cao/dien-bien/b3/', date: '2025-06-20', text: `${filler} Hội nhập quốc tế và đối ngoại nhân dân.` },
  ],
};

const roots: MergeRoot[] = [];
/** Each root's page URLs by id, as its build numbered them. */
const urls: string[][] = [];

function writeProvince(province: string, pages: Page[]): void {
  const kb = join(mkdtempSync(join(tmpdir(), `kb-merge-${province}-`)), 'kb');
  const dates = new Map(pages.map((p) => [p.url, p.date]));
  const ids = idsByDate(dates);
  const docs: IndexedDoc[] = pages.map((p) => ({
    id: ids.get(p.url)!, url: p.url, fragment: `fragment/${ids.get(p.url)}.pf_fragment`, content: p.text,
    meta: { title: p.title ?? `Báo cáo ${p.url}`, kind: 'Báo cáo', ...(p.date ? { date: p.date } : {}) },
    filters: { kind: ['bao-cao'], province: [province] },
  }));
  writeTermIndex(kb, docs.length, pages.filter((p) => p.date).length, docs);
  writeDayTable(kb, dates, ids);
  const load: Loader = async <T,>(path: string) => (existsSync(join(kb, path)) ? (JSON.parse(readFileSync(join(kb, path), 'utf8')) as T) : undefined);
  const manifest = JSON.parse(readFileSync(join(kb, 'index.json'), 'utf8')) as Manifest;
  roots.push({ index: new TermIndex(manifest, load), load });
  urls.push([...ids].sort((a, b) => a[1] - b[1]).map(([url]) => url));
}

beforeAll(() => {
  for (const [province, pages] of Object.entries(provinces)) writeProvince(province, pages);
});

/** Every result of a merged search, as URLs, in order. */
async function find(text: string, filters: Record<string, string> = {}, sort?: SortOrder): Promise<string[]> {
  const results = await searchMerged(roots, text, filters, sort);
  return results.hits(0, results.total).map(({ root, id }) => urls[root][id]);
}

const allPages = Object.values(provinces).flat();
const dated = allPages.filter((p) => p.date);

describe('one query over two provinces’ indexes', () => {
  it('finds the matches of both, each once', async () => {
    const expected = allPages.filter((p) => /đối ngoại nhân dân/i.test(p.text)).map((p) => p.url);
    expect((await find('doi ngoai nhan dan')).sort()).toEqual(expected.sort());
  });

  it('by relevance: six words copied from one province’s report put it first, above the other’s page holding the words apart', async () => {
    const results = await find(phrase.split(' ').slice(0, 6).join(' '));
    expect(results[0]).toBe('/bao-cao/dien-bien/b2/');
    expect(results).toContain('/bao-cao/lao-cai/a3/');
  });

  it('by relevance: a title holding the words ranks above bodies merely holding them, across provinces', async () => {
    expect((await find('doi ngoai nhan dan'))[0]).toBe('/bao-cao/lao-cai/a2/');
  });

  it('newest first interleaves the provinces by date, the undated last', async () => {
    const results = await find('', { kind: 'bao-cao' }, 'newest');
    const newest = [...dated].sort((a, b) => b.date.localeCompare(a.date)).map((p) => p.url);
    expect(results.slice(0, dated.length).map((url) => dated.find((p) => p.url === url)!.date)).toEqual(newest.map((url) => dated.find((p) => p.url === url)!.date));
    expect(results.at(-1)).toBe('/bao-cao/lao-cai/a4/');
  });

  it('oldest first reverses the dated, the undated still last', async () => {
    const results = await find('doi ngoai', {}, 'oldest');
    expect(results).toEqual(['/bao-cao/lao-cai/a1/', '/bao-cao/dien-bien/b1/', '/bao-cao/lao-cai/a2/', '/bao-cao/dien-bien/b3/', '/bao-cao/lao-cai/a4/']);
  });

  it('a filter keeps only what carries it, whichever root holds it', async () => {
    expect((await find('doi ngoai', { province: 'dien-bien' })).sort()).toEqual(['/bao-cao/dien-bien/b1/', '/bao-cao/dien-bien/b3/']);
  });

  it('pages through every result once, merged only as far as asked', async () => {
    const results = await searchMerged(roots, '', { kind: 'bao-cao' });
    expect(results.total).toBe(allPages.length);
    const paged = [...results.hits(0, 3), ...results.hits(3, 5), ...results.hits(5, 100)].map(({ root, id }) => urls[root][id]);
    expect(paged.sort()).toEqual(allPages.map((p) => p.url).sort());
  });
});

describe('queries that find nothing, or are not queries, in every root', () => {
  it('"xyzkhongco" finds nothing (no prefix matching)', async () => {
    expect(await find('xyzkhongco')).toEqual([]);
    expect(await find('doi ngoai xyzkhongco')).toEqual([]);
    for (const root of roots) expect((await root.index.search('xyzkhongco', {})).ids).toEqual([]);
  });

  it.each([
    ['10,000 characters pasted', 'đối ngoại nhân dân '.repeat(600).slice(0, 10000)],
    ['only punctuation', '!!! ??? ... /// ---'],
    ['HTML', '<img src=x onerror="alert(1)"><script>alert(2)</script>'],
    ['emoji', '🇻🇳🙂👍 đối ngoại 🙂'],
    ['emoji alone', '🙂👍'],
  ])('%s: answers without error', async (_, query) => {
    const results = await searchMerged(roots, query, {});
    expect(results.total).toBeGreaterThanOrEqual(0);
    expect(results.hits(0, 10).length).toBe(Math.min(10, results.total));
    for (const root of roots) await expect(root.index.search(query, {})).resolves.toHaveProperty('ids');
  });

  it('only punctuation or emoji finds nothing rather than everything', async () => {
    expect(await find('!!! ??? ... /// ---')).toEqual([]);
    expect(await find('🙂👍')).toEqual([]);
  });
});
