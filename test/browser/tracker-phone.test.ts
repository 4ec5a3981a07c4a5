import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../helpers/build-site.ts';
import { openSite, type OpenSite } from '../helpers/browser.ts';

/** Issue 18 in real Chromium on the real content: a phone reads the tracker without sideways scrolling. */
// The directive pages' own descriptions hold Markdown tables of the law's duties, kept as written.
const pages = ['/', '/theo-doi/', '/don-vi/binh-son/', '/don-vi/quang-ngai/', '/bao-cao/quang-ngai/binh-son/2022-h1-hoi-nhap/'];

describe('the tracker at 375 px and 1280 px', () => {
  let outDir: string;
  let phone: OpenSite;
  let desk: OpenSite;
  beforeAll(async () => {
    outDir = buildSite(join(projectRoot, 'content'), { KB_AS_OF: '2026-06-30' }).outDir;
    phone = await openSite(outDir, { width: 375, height: 800 });
    desk = await openSite(outDir, { width: 1280, height: 900 });
  });
  afterAll(async () => {
    await phone?.close();
    await desk?.close();
  });

  it.each(pages)('%s: no sideways scroll, in the page or inside a table, and no column a word wide', async (path) => {
    await phone.page.goto(phone.origin + path);
    const layout = await phone.page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      scrolling: [...document.querySelectorAll('.table-scroll')].filter((e) => e.scrollWidth > e.clientWidth + 1).length,
      // Cells that hold text but are squeezed narrower than a short phrase.
      narrow: [...document.querySelectorAll<HTMLElement>('main tbody td, main tbody th, main tfoot td, main tfoot th')]
        .filter((c) => c.offsetParent !== null && c.textContent!.trim().length > 12 && c.getBoundingClientRect().width < 150)
        .map((c) => c.textContent!.trim().slice(0, 40)),
    }));
    expect(layout).toEqual({ page: 375, scrolling: 0, narrow: [] });
  });

  it('keeps the tracker page short on a phone and lets each province fold away without script', async () => {
    await phone.page.goto(`${phone.origin}/theo-doi/`);
    const height = () => phone.page.evaluate(() => document.documentElement.scrollHeight);
    const open = await height();
    expect(open).toBeLessThan(12_000);
    const provinces = phone.page.locator('#ma-tran details.province');
    expect(await provinces.count()).toBeGreaterThanOrEqual(2);
    await phone.page.locator('#ma-tran details.province[data-tinh="tinh-quang-ngai"] > summary').click();
    expect(await phone.page.locator('#ma-tran tr[data-unit="binh-son"]').isVisible()).toBe(false);
    expect(await height()).toBeLessThan(open);
    // On a phone each unit's half-year is a stacked row headed by its period.
    await phone.page.locator('#ma-tran details.province[data-tinh="tinh-quang-ngai"] > summary').click();
    const cell = phone.page.locator('#ma-tran tr[data-unit="binh-son"] td[data-column="2022-H2"]');
    expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"6 tháng cuối năm 2022"');
  });

  it('says the two kinds of late in different colours as well as words, once in the legend', async () => {
    await desk.page.goto(`${desk.origin}/theo-doi/`);
    const colour = (selector: string) => desk.page.locator(selector).first().evaluate((e) => getComputedStyle(e).color);
    const reported = await colour('#ma-tran li.basis-reported-not-done');
    const silent = await colour('#ma-tran li.basis-no-report-since');
    expect(reported).not.toBe(silent);
    expect(await desk.page.locator('.legend li').allTextContents()).toEqual(expect.arrayContaining([
      expect.stringContaining('chưa có báo cáo nào của đơn vị kể từ ngày đến hạn'),
      expect.stringContaining('đã có báo cáo sau hạn nhưng chưa báo cáo hoàn thành'),
    ]));
    expect(await desk.page.locator('.legend').count()).toBe(1);
  });

  it('prints the note on a mis-cited decree beside the citation, and shows it on a phone', async () => {
    const path = '/bao-cao/quang-ngai/binh-son/2023-doi-ngoai-nhan-dan/';
    await phone.page.goto(phone.origin + path);
    const note = phone.page.locator('.report-body a[href="#ghi-chu-dan-chieu"]').first();
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('đúng là Nghị định số 80/2020/NĐ-CP');
    await desk.page.goto(desk.origin + path);
    await desk.page.emulateMedia({ media: 'print' });
    const printed = desk.page.locator('.report-body a[href="#ghi-chu-dan-chieu"]').first();
    expect(await printed.isVisible()).toBe(true);
    expect(await printed.evaluate((e) => getComputedStyle(e).borderTopStyle)).toBe('solid');
    expect(await desk.page.locator('#ghi-chu-dan-chieu').isVisible()).toBe(true);
    await desk.page.emulateMedia({ media: 'screen' });
  });
});
