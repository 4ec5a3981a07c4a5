import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { OpenSite } from '../helpers/browser.ts';
import { readResults, searchFor, searchForAll, waitForResults, useRealSearchPage } from '../helpers/search-page.ts';

/** What the term index adds, on the real content in Chromium: Telex, numbers written any way, exact words, bad input. */
const nd80 = '/van-ban/nd-80-2020/';

let site: OpenSite;
let tab: Page;

useRealSearchPage((opened) => {
  site = opened;
  tab = opened.page;
});

const all = async (query: string) => (await searchForAll(tab, query)).map((r) => r.path);
const status = () => tab.locator('[role="status"]').innerText();

describe('Telex typed with the Vietnamese keyboard off finds what the words find', () => {
  it.each([
    ['ddoois ngoaij nhaan daan', 'đối ngoại nhân dân'],
    ['hooij nhaapj quoocs tees', 'hội nhập quốc tế'],
  ])('%s', async (telex, words) => {
    const expected = await all(words);
    expect(expected.length).toBeGreaterThan(1);
    expect(await all(telex)).toEqual(expected);
    const [first] = await readResults(tab);
    expect(first.marks.length).toBeGreaterThan(0);
  });
});

describe('a document number written any way staff write it puts the document first', () => {
  it.each(['80-2020-ND-CP', '80 2020 ND CP', 'NĐ 80', 'nd 80', 'nghi dinh 80/2020', 'Nghị định số 80/2020/NĐ-CP'])('%s', async (query) => {
    expect((await searchFor(tab, query))[0]?.path, query).toBe(nd80);
  });
});

describe('a query that matches nothing says so', () => {
  it.each(['xyzkhongco', 'doi ngoai xyzkhongco', 'doi'.padEnd(3, 'x') + 'zzq'])('%s', async (query) => {
    expect(await searchFor(tab, query)).toEqual([]);
    expect(await status()).toBe(`Không tìm thấy kết quả nào cho “${query}”. Thử bớt từ hoặc bỏ bộ lọc.`);
    expect(await tab.locator('#xem-them').isVisible()).toBe(false);
  });

  it('matches whole words only: "ngoa" is not "ngoai"', async () => {
    expect(await searchFor(tab, 'ngoa')).toEqual([]);
  });
});

describe('bad queries never break the page and never run as markup', () => {
  const attack = '<img src=x onerror="window.__hit=1"><script>window.__hit=2</script>';
  it.each([
    ['10,000 characters pasted', 'đối ngoại nhân dân '.repeat(600).slice(0, 10000)],
    ['only punctuation', '!!! ??? ... /// ---'],
    ['HTML', attack],
    ['emoji', '🇻🇳🙂👍 đối ngoại 🙂'],
  ])('%s', async (_, query) => {
    await tab.fill('#tu-khoa', query);
    await tab.press('#tu-khoa', 'Enter');
    await waitForResults(tab, query);
    expect(await status()).toMatch(/^(Tìm thấy \d+ kết quả|Không tìm thấy kết quả nào)/);
    expect(await tab.evaluate(() => (window as unknown as { __hit?: number }).__hit)).toBeUndefined();
    expect(await tab.locator('#ket-qua img, #ket-qua script').count()).toBe(0);
    expect(await status()).not.toContain('Không tải được');
    // The page still answers the next query.
    expect((await searchFor(tab, '80/2020/ND-CP'))[0].path).toBe(nd80);
  });

  it('shows a pasted page’s words as text in the status line, not as HTML', async () => {
    await searchFor(tab, attack);
    expect(await status()).toContain('<img src=x');
  });
});

describe('counts, paging and filters', () => {
  it('"Xem thêm" pages through every match, each once, as many as the count says', async () => {
    const paths = await all('doi ngoai');
    expect(paths.length).toBeGreaterThan(10);
    expect(new Set(paths).size).toBe(paths.length);
    expect(await status()).toBe(`Tìm thấy ${paths.length} kết quả cho “doi ngoai”.`);
  });

  it('a filter keeps exactly the matches that carry it, and counts them', async () => {
    const unfiltered = await all('hoi nhap');
    await tab.selectOption('select[name="don-vi"]', 'binh-son');
    await waitForResults(tab, 'hoi nhap');
    const more = tab.locator('#xem-them');
    while (await more.isVisible()) await more.click();
    const filtered = (await readResults(tab)).map((r) => r.path);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((p) => p.startsWith('/bao-cao/quang-ngai/binh-son/'))).toBe(true);
    expect(filtered.sort()).toEqual(unfiltered.filter((p) => p.startsWith('/bao-cao/quang-ngai/binh-son/')).sort());
    expect(await status()).toBe(`Tìm thấy ${filtered.length} kết quả cho “hoi nhap” (đang lọc).`);
    await tab.selectOption('select[name="don-vi"]', '');
  });
});
