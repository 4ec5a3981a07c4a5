import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationJson, parseCitations } from '../../src/lib/citations/index.ts';
import { fixturesDir } from '../helpers/content-folder.ts';

const casesDir = join(fixturesDir, 'citations');

// Each case: input.txt (a seed report or forms we wrote) and expected.json, what `kb citations --all
// --json` must print for it, checked by reading the text.
describe.each(readdirSync(casesDir))('citation fixture %s', (name) => {
  it('finds every citation with its kind, number, date, issuer and line', () => {
    const input = readFileSync(join(casesDir, name, 'input.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(casesDir, name, 'expected.json'), 'utf8'));
    const citations = parseCitations(input);
    expect(citations.map((c) => citationJson(c, citations))).toEqual(expected);
  });
});

const first = (text: string) => parseCitations(text)[0];

describe('numbers and dates', () => {
  it.each([
    ['Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị', '22-NQ/TW', '2013-04-10', 'Bộ Chính trị'],
    ['Nghị định số 80/2020/NĐ-CP ngày 08\ntháng 7 năm 2020', '80/2020/NĐ-CP', '2020-07-08', null],
    ['Công văn số 552- CV/TU ngày 13/9/2011', '552- CV/TU', '2011-09-13', null],
    ['Nghị quyết số 22-\n\nNQ/TW ngày 10/4/2013', '22-NQ/TW', '2013-04-10', null],
    ['Quyết định số 1789/2013/QĐ-UBND của UBND tỉnh', '1789/2013/QĐ-UBND', null, 'UBND tỉnh'],
    ['Công văn số 1485/UBND ngày 8-6-2022', '1485/UBND', '2022-06-08', null],
    ['văn bản số 559/SNgV-HTQT ngày 13 tháng 5 năm 2022', '559/SNgV-HTQT', '2022-05-13', null],
    ['Kế hoạch số 92/KH-UBND ngày 03/6/2022 của Ủy ban nhân dân tỉnh Quảng Ngãi về việc', '92/KH-UBND', '2022-06-03', 'Ủy ban nhân dân tỉnh Quảng Ngãi'],
    ['Quyết định số 609/QĐ-UBND của UBND huyện ban hành ngày 11/5/2022', '609/QĐ-UBND', '2022-05-11', 'UBND huyện'],
  ])('%j', (text, number, date, issuer) => {
    expect(first(text)).toMatchObject({ number, date, issuer });
  });

  it('keeps "năm 2020" alone and impossible days out of the date', () => {
    expect(first('Quyết định số 12/QĐ-UBND năm 2020').date).toBeNull();
    expect(first('Quyết định số 12/QĐ-UBND ngày 31/02/2020').date).toBeNull();
    expect(first('Báo cáo số 12/BC-UBND ngày   tháng 6 năm 2021').date).toBeNull();
  });

  it('normalises the number: no inner spaces, hyphens, upper case, đ kept', () => {
    expect(first('Công văn số 552- CV/TU').normalized).toBe('552-CV/TU');
    expect(first('Kế hoạch số 92/KH–UBND').normalized).toBe('92/KH-UBND');
    expect(first('Quyết định số 1968/QĐ-TTg').normalized).toBe('1968/QĐ-TTG');
  });

  it('reads the kind from the symbol when no kind word is printed', () => {
    expect(parseCitations('theo 435/SNgV-HTHQ và 80/2020/NĐ-CP, 12-CT/TW').map((c) => c.kind)).toEqual(['cong-van', 'nghi-dinh', 'chi-thi']);
  });
});

describe('lists, dates before, short forms', () => {
  it('gives every number of a list the kind word printed once', () => {
    const list = parseCitations('các Quyết định số: 145/QĐ-UBND ngày 26/01/2021, số 402/QĐ-UBND ngày 18/3/2021, số 740/QĐ-UBND ngày 24/5/2021');
    expect(list.map((c) => [c.kindText, c.number, c.date])).toEqual([
      ['Quyết định', '145/QĐ-UBND', '2021-01-26'],
      ['Quyết định', '402/QĐ-UBND', '2021-03-18'],
      ['Quyết định', '740/QĐ-UBND', '2021-05-24'],
    ]);
  });

  it('takes a date printed before the citation, when the issuing verb leads into it', () => {
    expect(first('Ngày 22/3/2021, UBND tỉnh đã ban hành Kế hoạch số 49/KH-UBND về công tác').date).toBe('2021-03-22');
    expect(first('Ngày 15/4/2022, UBND tỉnh ban hành hướng dẫn triển khai Nghị định số 80/2020/NĐ-CP.').date).toBeNull();
  });

  it('gives a list the date printed once after it ("cùng ngày")', () => {
    const list = parseCitations('Quyết định số 10/QĐ-UBND, 11/QĐ-UBND và 12/QĐ-UBND cùng ngày 05/01/2022');
    expect(list.map((c) => c.date)).toEqual(['2022-01-05', '2022-01-05', '2022-01-05']);
  });

  it('resolves a short form to the full citation it abbreviates', () => {
    const all = parseCitations('Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư (sau đây gọi tắt là Chỉ thị 12). Triển khai Chỉ thị 12 và Kế hoạch 12.');
    const shorts = all.filter((c) => c.form === 'short');
    expect(shorts.map((c) => [c.number, c.abbreviates, c.date])).toEqual([['12', 0, '2022-01-05'], ['12', 0, '2022-01-05'], ['12', null, null]]);
  });

  it('keeps same number, different date, as different documents', () => {
    const [a, b] = parseCitations('Chỉ thị số 12-CT/TW ngày 05/01/2017 của Bộ Chính trị và Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư');
    expect([a.normalized, a.date, b.normalized, b.date]).toEqual(['12-CT/TW', '2017-01-05', '12-CT/TW', '2022-01-05']);
  });
});

describe('what is not a citation', () => {
  it.each([
    'Số: 123/BC-UBND',
    'BCĐ 389/ĐP; QCVN 01:2009/BYT; tàu QNg 96417-TS',
    'COVID-19, 01/4-31/3/2022, 2.280m2, 17 đoàn/35 lượt, ISO 9001:2015, giai đoạn 2021-2025, Cụm thi đua số 3 - Ban',
  ])('%j', (text) => {
    expect(parseCitations(text).filter((c) => c.form === 'full')).toEqual([]);
  });
});

describe('positions', () => {
  it('puts a citation at its number\'s line and column, its text from the kind word', () => {
    const text = 'Dòng một.\n  Thực hiện Nghị quyết số 22-NQ/TW ngày 10/4/2013.';
    const c = first(text);
    expect([c.line, c.column]).toEqual([2, 27]);
    expect(first('Quyết định số\n\n609/QĐ-UBND').line).toBe(3);
    expect(text.slice(c.numberOffset, c.numberOffset + c.numberLength)).toBe('22-NQ/TW');
    expect(c.raw).toBe('Nghị quyết số 22-NQ/TW ngày 10/4/2013');
  });

  it('reads decomposed (NFD) text like composed text', () => {
    expect(first('Nghị quyết số 22-NQ/TW'.normalize('NFD'))).toMatchObject({ kind: 'nghi-quyet', number: '22-NQ/TW' });
  });
});
