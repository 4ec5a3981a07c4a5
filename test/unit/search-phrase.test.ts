import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeTermIndex, type IndexedDoc } from '../../src/lib/search/terms/build.ts';
import type { Manifest } from '../../src/lib/search/terms/format.ts';
import { confirmPhrase } from '../../src/lib/search/terms/phrase.ts';
import { TermIndex, type Loader } from '../../src/lib/search/terms/query.ts';

/** Without positions, a page holding a quotation's pairs apart ties with the quoted page; their text settles it. */
const quote = 'đoàn công tác sang thăm tỉnh bạn';
const texts = [
  // The pairs of the quotation, each more than once, in separate places.
  'Đoàn công tác của huyện. Công tác sang năm. Sang thăm các nước. Thăm tỉnh kết nghĩa. Tỉnh bạn giúp đỡ. '.repeat(3),
  `Trong kỳ, ${quote} và ký biên bản ghi nhớ về hợp tác.`,
  'Huyện tổ chức hội nghị về công tác đối ngoại.',
  'Công tác đối ngoại được tổ chức tốt.',
  'Tổ chức các đoàn công tác.',
];

let index: TermIndex;
beforeAll(() => {
  const kb = join(mkdtempSync(join(tmpdir(), 'kb-phrase-')), 'kb');
  const docs: IndexedDoc[] = texts.map((content, id) => ({ id, url: `/p/${id}/`, fragment: `f/${id}`, content, meta: { title: `Báo cáo ${id}` }, filters: {} }));
  writeTermIndex(kb, docs.length, docs.length, docs);
  const load: Loader = async <T,>(path: string) => (existsSync(join(kb, path)) ? (JSON.parse(readFileSync(join(kb, path), 'utf8')) as T) : undefined);
  index = new TermIndex(JSON.parse(readFileSync(join(kb, 'index.json'), 'utf8')) as Manifest, load);
});

const textOf = async (id: number) => ({ text: texts[id] });

describe('a quotation puts the page holding it in a row first', () => {
  it('the index alone cannot tell the two apart (the page with more of the pairs leads)', async () => {
    const { ids } = await index.search(quote, {});
    expect(ids).toEqual([0, 1]);
  });

  it('reading the leading results’ text moves the quoted page first, and keeps keys in order for merging', async () => {
    const ranked = await confirmPhrase(await index.search(quote, {}), textOf);
    expect(ranked.ids).toEqual([1, 0]);
    expect(ranked.keys![0]).toBeGreaterThan(ranked.keys![1]);
  });

  it('leaves two-word queries and a single match as the index ranked them, reading no text', async () => {
    const two = await index.search('cong tac', {});
    expect((await confirmPhrase(two, textOf)).ids).toEqual(two.ids);
    const reads: number[] = [];
    await confirmPhrase(await index.search('ky bien ban', {}), async (id) => (reads.push(id), { text: texts[id] }));
    expect(reads).toEqual([]);
  });

  it('reads no text when no page holds every pair of the words: none can hold them in a row', async () => {
    // Three pages hold "công tác" and "tổ chức"; none holds "tác tổ", so none holds the four words in a row.
    const words = await index.search('cong tac to chuc', {});
    expect(words.ids.length).toBe(3);
    const reads: number[] = [];
    const ranked = await confirmPhrase(words, async (id) => (reads.push(id), { text: texts[id] }));
    expect(reads).toEqual([]);
    expect(ranked.ids).toEqual(words.ids);
  });
});

describe('a number typed with its words', () => {
  // Three leading results tied on the pairs they hold, as the index ranked them: the decree itself
  // (its number written without "số"), a report writing "Nghị định số 80/2020/NĐ-CP" in a row, a third.
  const ranked = { ids: [0, 1, 2], words: ['nghi', 'dinh', 'so', '80', '2020', 'nd', 'cp'], keys: Float64Array.from([6e7 + 900, 6e7 + 500, 6e7 + 400]) };
  const pages = [
    { text: 'Nghị định 80/2020/NĐ-CP về quản lý và sử dụng viện trợ không hoàn lại', number: 'Nghị định 80/2020/NĐ-CP' },
    { text: 'Huyện triển khai Nghị định số 80/2020/NĐ-CP của Chính phủ', number: '12/BC-UBND' },
    { text: 'Nghị định về viện trợ, số liệu năm 2020', number: '' },
  ];

  it('keeps the document whose own number it is ahead of a page quoting it the same way', async () => {
    expect((await confirmPhrase(ranked, async (id) => pages[id])).ids).toEqual([0, 1, 2]);
  });

  it('without its number, the decree would fall behind the page quoting the words in a row', async () => {
    expect((await confirmPhrase(ranked, async (id) => ({ text: pages[id].text }))).ids).toEqual([1, 0, 2]);
  });
});
