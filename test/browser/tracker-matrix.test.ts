import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildSite } from '../helpers/build-site.ts';
import { contentFolder } from '../helpers/content-folder.ts';
import { serveStatic } from '../../src/cli/static-server.ts';
import { followUps, plan, secondProvince } from '../helpers/tracker-content.ts';

/** The matrix's filters in real Chromium, on a real build. */
describe('filtering the matrix at /theo-doi/', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let page: Page;
  beforeAll(async () => {
    const site = buildSite(contentFolder({ ...plan, ...followUps, ...secondProvince }), { KB_AS_OF: '2023-12-31' });
    server = await serveStatic(site.outDir);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const visibleRows = () => page.locator('#ma-tran tr[data-unit]:visible').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.unit));
  const visibleLines = (unit: string) => page.locator(`#ma-tran tr[data-unit="${unit}"] li:visible`).allTextContents();

  it('shows every unit with something to track until a filter is chosen', async () => {
    await page.goto(`${server.origin}/theo-doi/`);
    // Units sort by province, then name: Sở Ngoại vụ tỉnh A before UBND huyện A.
    expect(await visibleRows()).toEqual(['so-ngoai-vu-a', 'huyen-a', 'huyen-b']);
    await expect.poll(() => page.locator('#so-don-vi').textContent()).toBe('3 đơn vị');
  });

  it('filters by status, keeping only matching lines, and puts the choice in the address', async () => {
    await page.selectOption('select[name="trang-thai"]', 'done-late');
    expect(await visibleRows()).toEqual(['huyen-a']);
    expect(await visibleLines('huyen-a')).toEqual(['1 nhiệm vụ đã hoàn thành quá hạn']);
    expect(await page.locator('#so-don-vi').textContent()).toBe('Hiển thị 1/3 đơn vị');
    expect(new URL(page.url()).search).toBe('?trang-thai=done-late');
  });

  it('filters by province', async () => {
    await page.selectOption('select[name="trang-thai"]', '');
    await page.selectOption('select[name="tinh"]', 'tinh-b');
    expect(await visibleRows()).toEqual(['huyen-b']);
  });

  it('recounts cells under a directive filter', async () => {
    await page.goto(`${server.origin}/theo-doi/?van-ban=nq-22-2013`);
    // The Sở's task came in a report under NQ 22; huyện B's report is under NQ 59.
    expect(await visibleRows()).toEqual(['so-ngoai-vu-a', 'huyen-a']);
    // The letter's report owed in 2022-H2 is not under NQ 22; the tasks that are stay counted, column by column.
    expect(await visibleLines('huyen-a')).toEqual([
      '1 nhiệm vụ đã hoàn thành đúng hạn',
      '1 nhiệm vụ chưa hoàn thành, quá hạn (đã báo cáo sau hạn, chưa xong)', '1 nhiệm vụ đã hoàn thành quá hạn', '1 nhiệm vụ đã hoàn thành đúng hạn',
    ]);
    await page.selectOption('select[name="van-ban"]', 'cv-7-2023');
    expect(await visibleLines('huyen-a')).toEqual(['1 báo cáo đã có, quá hạn']);
  });

  it('filters by a line of succession: the old resolution and the one that replaced it together', async () => {
    await page.goto(`${server.origin}/theo-doi/`);
    const option = page.locator('select[name="van-ban"] optgroup[label="Cả quá trình kế tục"] option');
    expect(await option.allTextContents()).toEqual(['Nghị quyết 22-NQ/TW → Nghị quyết 59-NQ/TW']);
    await page.selectOption('select[name="van-ban"]', 'nq-22-2013+nq-59-2025');
    expect(await visibleRows()).toEqual(['so-ngoai-vu-a', 'huyen-a', 'huyen-b']);
    expect(page.url()).toContain('van-ban=nq-22-2013%2Bnq-59-2025');
  });

  it('takes a cell to the list behind it', async () => {
    await page.goto(`${server.origin}/theo-doi/`);
    await page.locator('#ma-tran tr[data-unit="huyen-a"] td[data-column="2023-H1"] a').click();
    await page.waitForURL('**/don-vi/huyen-a/#ky-2023-h1');
    expect(await page.locator('#ky-2023-h1').textContent()).toBe('6 tháng đầu năm 2023');
  });
});
