import { describe, expect, it } from 'vitest';
import { markStrokes, normalizeQuery, unmarkStrokes } from '../../src/lib/search/fold.ts';

/**
 * Pagefind 1.6's own folding of a query word (pagefind.js `normalizeDiacritics`, after lower-casing
 * and dropping punctuation), and what its indexer does alike: decompose, drop every mark.
 */
const pagefindFold = (text: string) =>
  text
    .toLocaleLowerCase()
    .replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');

const nfd = (text: string) => text.normalize('NFD');

describe('a query as typed reaches the index in the form the page text has there', () => {
  it.each([
    ['đối ngoại nhân dân', 'doi ngoai nhan dan'],
    ['ĐỐI NGOẠI NHÂN DÂN', 'doi ngoai nhan dan'],
    ['Đối ngoại', 'doi ngoai'],
    [nfd('đối ngoại nhân dân'), 'doi ngoai nhan dan'],
    ['doi ngoai nhan dan', 'doi ngoai nhan dan'],
    ['80/2020/NĐ-CP', '802020ndcp'],
    ['80/2020/ND-CP', '802020ndcp'],
    ['80/2020/nđ-cp', '802020ndcp'],
    ['NÐ-CP', 'ndcp'], // U+00D0, the Icelandic look-alike old converters left in texts
    ['1353/SNgV-ĐN', '1353sngvdn'],
    ['  hội   nhập  ', 'hoi nhap'],
  ])('%j folds like the page text', (typed, folded) => {
    expect(pagefindFold(normalizeQuery(typed))).toBe(folded);
  });

  it('matches the indexed form of the same words written with đ', () => {
    for (const text of ['đối ngoại', 'Nghị định 80/2020/NĐ-CP', 'Đảng', 'địa bàn']) {
      expect(pagefindFold(normalizeQuery(text))).toBe(pagefindFold(markStrokes(text)));
      expect(pagefindFold(normalizeQuery(text.toUpperCase()))).toBe(pagefindFold(markStrokes(text)));
    }
  });

  it('keeps đ apart from d before folding, so "đối" ranks above "dối" by diacritic similarity', () => {
    expect(normalizeQuery('đối')).not.toBe(normalizeQuery('dối'));
    expect(normalizeQuery('đối')).toBe(markStrokes('đối'));
  });
});

describe('marking đ for the index and reading it back', () => {
  it.each(['Nghị định 80/2020/NĐ-CP', 'Đối ngoại nhân dân; Đảng; đ) mục đ', 'không có chữ nào', 'dđDĐ'])('%j round-trips', (text) => {
    const marked = markStrokes(text);
    expect(marked).not.toMatch(/[đĐ]/);
    expect(unmarkStrokes(marked)).toBe(text);
  });

  it('leaves a plain d alone', () => {
    expect(unmarkStrokes('dân dụng')).toBe('dân dụng');
  });
});
