import { describe, expect, it } from 'vitest';
import { syllablesOf } from '../../src/lib/search/terms/syllables.ts';
import { WordReader } from '../../src/lib/search/terms/word-reader.ts';

/**
 * The build reads words through WordReader (a per-character table), the search page through
 * syllablesOf: a word folded differently on the two sides could never be found.
 */
describe('the build’s fast word reader', () => {
  const reader = new WordReader();
  const same = (text: string) => expect(reader.syllables(text), JSON.stringify(text.slice(0, 60))).toEqual(syllablesOf(text));

  it.each([
    'Đối ngoại NHÂN DÂN', 'Đối ngoại nhân dân'.normalize('NFD'), 'ĐỐI NGOẠI'.normalize('NFD'),
    '80/2020/NĐ-CP 80-2020-ND-CP', 'ðôi Ðồng đ Đ', 'd\u0335ối D\u0335Ồ d\u0335\u0301', 'a\u0301\u0335b',
    '<p class="x">Kết&nbsp;quả</p> <img src=x onerror=alert(1)>', '🙂 a😀b 👍🏽x\uFE0Fy 🇻🇳', 'a\ud800b \udc00c \ud83d',
    'İstanbul K Å ﬁ ǆ ß ẞ Ⅷ ① ２０２０ Σας ΟΔΟΣ Привет 中文 ภาษาไทย', 'a\u0900b a\u1ab0b a\u20d0b a\ufe20b a\u{1d165}b a\u{e0100}b',
    'x'.repeat(20000), '',
    'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚĂĐĨŨƠàáâãèéêìíòóôõùúăđĩũơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹÝý',
  ])('reads %j as syllablesOf does', same);

  it('agrees on every 16-bit character, between letters and alone', () => {
    for (let c = 0; c < 0x10000; c += 1) same(`a${String.fromCharCode(c)}b ${String.fromCharCode(c)}9`);
  });

  it('agrees on random mixes of Vietnamese letters, marks, đ look-alikes, emoji and punctuation', () => {
    const pieces = [...'aAdDđĐðÐ09 -/.İ\u0335\u0301\u0300\u0303\u0309\u0323\u0306\u0302\u031băâêôơưẠỹ\uFE0F', '😀', '\ud83d', '\udc4d', 'd\u0335'];
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 5000; n++) {
      let text = '';
      for (let i = Math.floor(random() * 24); i > 0; i--) text += pieces[Math.floor(random() * pieces.length)];
      same(text);
    }
  });

  it('gives a word seen again the same id', () => {
    const ids: number[] = [];
    reader.read('Đối ngoại, doi NGOAI', (id) => void ids.push(id));
    expect(ids[0]).toBe(ids[2]);
    expect(ids[1]).toBe(ids[3]);
  });

  it('finds a quotation in a text exactly when syllablesOf puts its words in a row', () => {
    const inRow = (text: string, words: string[]) => ` ${syllablesOf(text).join(' ')} `.includes(` ${words.join(' ')} `);
    const cases: [string, string[]][] = [
      ['Đối ngoại nhân dân', ['doi', 'ngoai', 'nhan', 'dan']],
      ['đối đối ngoại', ['doi', 'ngoai']],
      ['a a a b', ['a', 'a', 'b']],
      ['a b a b a c', ['a', 'b', 'a', 'c']],
      ['nhân dân đối ngoại', ['doi', 'ngoai', 'nhan']],
      ['80/2020/NĐ-CP', ['80', '2020', 'nd', 'cp']],
      ['ngoại', ['ngoai']],
      ['', ['doi']],
    ];
    for (const [text, words] of cases) expect(reader.holdsInRow(text, words), `${text} ∋ ${words.join(' ')}`).toBe(inRow(text, words));
    let seed = 11;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const vocabulary = ['đối', 'doi', 'ngoại', 'a', 'b', 'Nhân', '12'];
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: Math.floor(random() * 12) }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(random() < 0.5 ? ' ' : ', ');
      const words = syllablesOf(Array.from({ length: 1 + Math.floor(random() * 3) }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' '));
      expect(reader.holdsInRow(text, words), `${text} ∋ ${words.join(' ')}`).toBe(inRow(text, words));
    }
  });
});
