import { describe, expect, it } from 'vitest';
import { EXCERPT_WORDS, excerptOf } from '../../src/lib/search/terms/excerpt.ts';
import { decodeSet, encodeSet } from '../../src/lib/search/terms/format.ts';
import { querySyllables } from '../../src/lib/search/terms/query.ts';
import { syllablesOf } from '../../src/lib/search/terms/syllables.ts';
import { telexSyllable } from '../../src/lib/search/terms/telex.ts';

describe('syllables: one folded form however the text is written', () => {
  it.each([
    ['Đối ngoại NHÂN DÂN', 'doi ngoai nhan dan'],
    ['Đối ngoại'.normalize('NFD'), 'doi ngoai'],
    ['80/2020/NĐ-CP', '80 2020 nd cp'],
    ['80-2020-ND-CP', '80 2020 nd cp'],
    ['  80 2020 ND CP ', '80 2020 nd cp'],
    ['d\u0335ối', 'doi'],
    ['<img src=x> 🙂 !!!', 'img src x'],
  ])('%j', (text, folded) => expect(syllablesOf(text).join(' ')).toBe(folded));

  it('reads at most twelve syllables of a pasted page', () => {
    expect(querySyllables('đối ngoại '.repeat(1000))).toHaveLength(12);
  });
});

describe('Telex typed with the keyboard off', () => {
  it.each([
    ['ddoois', 'doi'], ['ngoaij', 'ngoai'], ['nhaan', 'nhan'], ['daan', 'dan'],
    ['hooij', 'hoi'], ['nhaapj', 'nhap'], ['quoocs', 'quoc'], ['tees', 'te'], ['nguwowif', 'nguoi'],
  ])('%s → %s', (typed, folded) => expect(telexSyllable(typed)).toBe(folded));

  it.each(['doi', 'ngoai', '80', 'nd', 'hthq'])('leaves %s as it is', (word) => expect(telexSyllable(word)).toBeUndefined());
});

describe('document sets', () => {
  it.each([[[0, 3, 4, 9999]], [Array.from({ length: 6000 }, (_, i) => i * 1 + (i > 3000 ? 1000 : 0))]])('round-trip exactly', (ids) => {
    const bits = decodeSet(encodeSet(ids, 10000), 10000);
    const back = Array.from({ length: 10000 }, (_, id) => id).filter((id) => bits[id >> 3] & (1 << (id & 7)));
    expect(back).toEqual(ids);
  });

  it('picks a bitmap when it is smaller than the id gaps', () => {
    expect('bits' in encodeSet(Array.from({ length: 5000 }, (_, i) => i * 2), 10000)).toBe(true);
    expect('gaps' in encodeSet([5, 500], 10000)).toBe(true);
  });
});

describe('excerpts', () => {
  const text = `${'Mở đầu báo cáo. '.repeat(40)}Huyện đã tuyên truyền về đối ngoại nhân dân trong năm. ${'Kết thúc. '.repeat(40)}`;
  it('shows the stretch holding the phrase, its words marked with their đ', () => {
    const pieces = excerptOf(text, ['doi', 'ngoai', 'nhan', 'dan']);
    expect(pieces.map((p) => p.text).join('')).toContain('đối ngoại nhân dân');
    expect(pieces.filter((p) => p.marked).map((p) => p.text)).toEqual(['đối', 'ngoại', 'nhân', 'dân']);
  });

  it('finds a document number written as one token, and marks it', () => {
    const long = `${'Nội dung khác của báo cáo năm nay. '.repeat(200)}Thực hiện Nghị định 80/2020/NĐ-CP về viện trợ. ${'Phần cuối. '.repeat(200)}`;
    const pieces = excerptOf(long, ['80', '2020', 'nd', 'cp']);
    expect(pieces.filter((p) => p.marked).map((p) => p.text)).toEqual(['80/2020/NĐ-CP']);
    expect(pieces.map((p) => p.text).join('')).toMatch(/^hiện Nghị định 80\/2020\/NĐ-CP về viện trợ\./);
  });

  it('prefers the stretch holding the words side by side to one holding them apart', () => {
    const apart = 'đối thoại với nhân dân về ngoại giao. ';
    const pieces = excerptOf(`${apart.repeat(10)}${'x '.repeat(40)}công tác đối ngoại nhân dân tỉnh. ${'y '.repeat(40)}`, ['doi', 'ngoai', 'nhan', 'dan']);
    expect(pieces.map((p) => p.text).join('')).toContain('công tác đối ngoại nhân dân tỉnh.');
  });

  it('shows thirty words even when the match is at the very end, and the start when nothing matches', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    const atEnd = excerptOf(`${words.join(' ')} đối ngoại`, ['doi', 'ngoai']);
    expect(atEnd.map((p) => p.text).join('').split(' ')).toHaveLength(EXCERPT_WORDS);
    expect(atEnd.at(-1)).toEqual({ text: 'ngoại', marked: true });
    const none = excerptOf(words.join('\n'), ['doi']);
    expect(none).toEqual([{ text: words.slice(0, EXCERPT_WORDS).join(' '), marked: false }]);
  });

  it('keeps markup in the text as text', () => {
    const pieces = excerptOf('a <b>đối</b> ngoại', ['doi']);
    expect(pieces.map((p) => p.text).join('')).toBe('a <b>đối</b> ngoại');
  });
});
