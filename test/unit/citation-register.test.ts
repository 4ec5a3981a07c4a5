import { describe, expect, it } from 'vitest';
import type { CitedDocument } from '../../src/lib/citations/cited-index.ts';
import { buildRegister, citedDocumentUrl, registerPageId, registerPageTitle } from '../../src/lib/citations/register.ts';

const cited = (kind: string, number: string, year: string | null, id = `${kind}-${number}-${year}`): CitedDocument => ({
  id, kind, number, year, dates: [], issuers: [], citing: [],
});

describe('the register of cited documents we do not describe', () => {
  it('puts a document on the page of its kind, year and hundred of numbers, whatever else is cited', () => {
    expect(registerPageId(cited('cong-van', '1000/UBND-KT', '2021'))).toBe('cong-van-2021-1000');
    expect(registerPageId(cited('cong-van', '1099/UBND-VX', '2021'))).toBe('cong-van-2021-1000');
    expect(registerPageId(cited('quyet-dinh', '609/QĐ-UBND', '2022'))).toBe('quyet-dinh-2022-600');
    expect(registerPageId(cited('nghi-quyet', '22-NQ/TW', null))).toBe('nghi-quyet-khong-ro-nam-0');
    expect(registerPageId(cited('cong-van', 'KH/UBND', '2020'))).toBe('cong-van-2020-khac');
  });

  it('names a page as an office register would', () => {
    expect(registerPageTitle({ kind: 'cong-van', year: '2021', range: [1000, 1099] })).toBe('Công văn năm 2021, số 1000–1099');
    expect(registerPageTitle({ kind: 'quyet-dinh', year: null, range: [0, 99] })).toBe('Quyết định không rõ năm, số 1–99');
  });

  it('groups the undescribed documents, leaves the described out, and orders pages and entries', () => {
    const described = { ...cited('nghi-quyet', '22-NQ/TW', '2013', 'nq-22-2013'), described: {} as CitedDocument['described'] };
    const pages = buildRegister([
      cited('quyet-dinh', '650/QĐ-UBND', '2022'),
      cited('cong-van', '1020/UBND-KT', '2021'),
      described,
      cited('quyet-dinh', '609/QĐ-UBND', '2022'),
      cited('cong-van', '35/UBND', '2023'),
      cited('cong-van', '1005/UBND-KT', '2021'),
    ]);
    expect(pages.map((p) => [p.id, p.entries.map((e) => e.number)])).toEqual([
      ['cong-van-2023-0', ['35/UBND']],
      ['cong-van-2021-1000', ['1005/UBND-KT', '1020/UBND-KT']],
      ['quyet-dinh-2022-600', ['609/QĐ-UBND', '650/QĐ-UBND']],
    ]);
  });

  it('links a described document to its page and any other to its entry in the register', () => {
    expect(citedDocumentUrl({ ...cited('nghi-quyet', '22-NQ/TW', '2013', 'nq-22-2013'), described: {} as CitedDocument['described'] })).toBe('/van-ban/nq-22-2013/');
    expect(citedDocumentUrl(cited('quyet-dinh', '609/QĐ-UBND', '2022', 'quyet-dinh-609-qd-ubnd-2022'))).toBe('/van-ban/dan-chieu/quyet-dinh-2022-600/#quyet-dinh-609-qd-ubnd-2022');
  });
});
