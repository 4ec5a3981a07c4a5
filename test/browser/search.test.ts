import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { OpenSite } from '../helpers/browser.ts';
import { readResults, searchFor, searchForAll, waitForResults, useRealSearchPage } from '../helpers/search-page.ts';

/** Real queries staff type, against the real content, in Chromium over the built index. */
const page = {
  binhSon2022: '/bao-cao/quang-ngai/binh-son/2022-h1-hoi-nhap/',
  binhSon2023: '/bao-cao/quang-ngai/binh-son/2023-doi-ngoai-nhan-dan/',
  bcd2021: '/bao-cao/quang-ngai/bcd-hnqt-quang-ngai/2021-h1-hoi-nhap/',
  congThuong: '/bao-cao/quang-ngai/so-cong-thuong-quang-ngai/2011-2021-chi-thi-04/',
  trieuSon: '/bao-cao/thanh-hoa/trieu-son/2022-h1-doi-ngoai/',
  nd80: '/van-ban/nd-80-2020/',
  nq22: '/van-ban/nq-22-2013/',
  ct12: '/van-ban/ct-12-2022/',
  ct04: '/van-ban/ct-04-2011/',
  cv435: '/van-ban/cv-435-2022/',
  cv1353: '/van-ban/cv-1353-2023/',
};

let site: OpenSite;
let tab: Page;

useRealSearchPage((opened) => {
  site = opened;
  tab = opened.page;
});

const paths = async (query: string) => (await searchFor(tab, query)).map((r) => r.path);

describe('a query finds what the same query with full diacritics finds', () => {
  const nfd = (text: string) => text.normalize('NFD');
  it.each([
    ['đối ngoại nhân dân', ['doi ngoai nhan dan', 'đoi ngoai nhan dan', 'ĐỐI NGOẠI NHÂN DÂN', 'DOI NGOAI NHAN DAN', nfd('đối ngoại nhân dân'), nfd('ĐỐI NGOẠI NHÂN DÂN'), 'Doi Ngoai Nhan Dan']],
    ['Đảng bộ', ['dang bo', 'DANG BO', nfd('Đảng bộ')]],
    ['địa bàn huyện Bình Sơn', ['dia ban huyen binh son', 'ĐỊA BÀN HUYỆN BÌNH SƠN']],
  ])('%s', async (full, variants) => {
    // The same pages; the order may differ, as exact diacritics rank a little higher.
    const all = async (query: string) => (await searchForAll(tab, query)).map((r) => r.path).sort();
    const expected = await all(full);
    expect(expected.length).toBeGreaterThan(1);
    for (const variant of variants) {
      expect(await all(variant), variant).toEqual(expected);
      expect(await tab.inputValue('#tu-khoa')).toBe(variant); // typed as given, NFD included
    }
  });

  it('shows the excerpt and title in proper Vietnamese, with đ, and highlights the words', async () => {
    const [first] = await searchFor(tab, 'doi ngoai nhan dan');
    expect(first.marks.map((m) => m.replace(/[.,;:]$/, '').toLowerCase())).toEqual(expect.arrayContaining(['đối', 'ngoại', 'nhân', 'dân']));
    expect(first.excerpt).toMatch(/đối ngoại nhân dân/i);
    const screen = await tab.locator('#ket-qua').innerText();
    expect(screen).not.toContain('\u0335');
    expect(screen).toContain('Đảng');
  });
});

describe('held-out queries find their pages in the first ten results', () => {
  it.each([
    ['doi ngoai nhan dan', [page.binhSon2023, page.congThuong, page.ct12]],
    ['hoi nhap quoc te', [page.bcd2021, page.binhSon2022, page.nq22]],
    ['Pham Quang Su', [page.binhSon2022, page.binhSon2023]],
    ['Le Quang Trung', [page.trieuSon]],
    ['binh son', [page.binhSon2022, page.binhSon2023]],
    ['trieu son', [page.trieuSon]],
    ['champasak', [page.congThuong, page.bcd2021]],
    ['Champasak', [page.congThuong, page.bcd2021]],
    ['vien tro khong hoan lai', [page.nd80]],
    ['Nguyen Viet Vy', [page.bcd2021]],
  ])('%s', async (query, expected) => {
    const found = (await paths(query)).slice(0, 10);
    for (const path of expected) expect(found, `${query} → ${path}`).toContain(path);
  });
});

describe('document numbers put the document’s page first, then the reports that cite it', () => {
  it.each([
    ['80/2020/NĐ-CP', page.nd80, [page.binhSon2023]],
    ['80/2020/ND-CP', page.nd80, [page.binhSon2023]],
    ['80/2020/nd-cp', page.nd80, [page.binhSon2023]],
    ['nghi dinh 80/2020', page.nd80, [page.binhSon2023]],
    ['Nghị định 80', page.nd80, []],
    ['22-NQ/TW', page.nq22, [page.binhSon2022, page.bcd2021]],
    ['nghi quyet 22', page.nq22, [page.binhSon2022, page.bcd2021]],
    ['435/SNgV-HTHQ', page.cv435, [page.binhSon2022]],
    ['SNgV-HTHQ', page.cv435, [page.binhSon2022]],
    ['sngv hthq', page.cv435, [page.binhSon2022]],
    ['1353/SNgV-ĐN', page.cv1353, [page.binhSon2023]],
    ['1353/SNgV-DN', page.cv1353, [page.binhSon2023]],
    ['chi thi 12', page.ct12, [page.binhSon2023]],
    ['Chỉ thị 12-CT/TW', page.ct12, [page.binhSon2023]],
    ['chi thi 04', page.ct04, [page.congThuong]],
  ])('%s', async (query, first, citing) => {
    const found = await paths(query);
    expect(found[0], query).toBe(first);
    for (const path of citing) expect(found.slice(0, 10), `${query} → ${path}`).toContain(path);
  });
});

describe('the search page', () => {
  it('shows kind, unit, period and date beside each title, and counts results aloud', async () => {
    const results = await searchFor(tab, 'Pham Quang Su');
    const row = results.find((r) => r.path === page.binhSon2022)!;
    expect(row.details).toBe('Báo cáo UBND huyện Bình Sơn · 6 tháng đầu năm 2022 · năm 2022');
    expect(results.find((r) => r.path === page.binhSon2023)!.details).toBe('Báo cáo UBND huyện Bình Sơn · năm 2023');
    expect(await tab.locator('#ket-qua').innerText()).toContain('Người ký: Phạm Quang Sự');
    const status = tab.locator('[role="status"]');
    expect(await status.innerText()).toBe(`Tìm thấy ${results.length} kết quả cho “Pham Quang Su”.`);
    expect(await tab.locator('label[for="tu-khoa"]').innerText()).toBe('Từ khóa');
  });

  it('shows ten results, then more from the keyboard, moving focus to the first new one', async () => {
    await searchFor(tab, 'doi ngoai nhan dan');
    expect(await tab.locator('#ket-qua > li').count()).toBe(10);
    await tab.focus('#xem-them');
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => document.querySelectorAll('#ket-qua > li').length > 10);
    const focused = await tab.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#ket-qua > li')[10]);
    expect(focused).toBe(true);
    const total = Number(/Tìm thấy (\d+) kết quả/.exec(await tab.locator('[role="status"]').innerText())![1]);
    const shown = await tab.locator('#ket-qua > li').count();
    expect(shown).toBe(Math.min(total, 20));
    expect(await tab.locator('#xem-them').isVisible()).toBe(shown < total);
  });

  it('reads ?q= and the filters from the address, so a search can be sent to a colleague', async () => {
    await tab.goto(`${site.origin}/tim-kiem/?q=doi+ngoai&loai=van-ban&sap-xep=moi-nhat`);
    await waitForResults(tab, 'doi ngoai');
    const results = await readResults(tab);
    expect(results.length).toBeGreaterThan(1);
    for (const r of results) expect(r.path).toMatch(/^\/van-ban\//);
    expect(await tab.locator('select[name="loai"]').inputValue()).toBe('van-ban');
    expect(await tab.inputValue('#tu-khoa')).toBe('doi ngoai');
  });

  it('filters by unit, province, directive, period and year, and sorts by date', async () => {
    await tab.goto(`${site.origin}/tim-kiem/`);
    await tab.selectOption('select[name="loai"]', 'bao-cao');
    await tab.selectOption('select[name="sap-xep"]', 'moi-nhat');
    await waitForResults(tab, '');
    expect((await readResults(tab)).map((r) => r.path)).toEqual([page.binhSon2023, page.binhSon2022, page.trieuSon, page.bcd2021, page.congThuong]);
    expect(tab.url()).toContain('loai=bao-cao');
    for (const [select, value, expected] of [
      ['don-vi', 'binh-son', [page.binhSon2023, page.binhSon2022]],
      ['tinh', 'thanh-hoa', [page.trieuSon]],
      ['van-ban', 'nq-22-2013', [page.binhSon2022, page.bcd2021]],
      ['ky', '2022-H1', [page.binhSon2022, page.trieuSon]],
      // A report for 2011–2021 files under its last year, as on the report list.
      ['nam', '2021', [page.bcd2021, page.congThuong]],
    ] as const) {
      await tab.selectOption(`select[name="${select}"]`, value);
      await waitForResults(tab, '');
      expect((await readResults(tab)).map((r) => r.path), `${select}=${value}`).toEqual(expected);
      await tab.selectOption(`select[name="${select}"]`, '');
    }
  });

  it('is reached from the search box in every page’s header', async () => {
    await tab.goto(`${site.origin}${page.nq22}`);
    await tab.fill('#hop-tim-kiem', 'chi thi 12');
    await tab.press('#hop-tim-kiem', 'Enter');
    await tab.waitForURL(/\/tim-kiem\/\?q=chi\+thi\+12/);
    await waitForResults(tab, 'chi thi 12');
    expect((await readResults(tab))[0].path).toBe(page.ct12);
  });
});
