import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { buildSite, pageText } from '../helpers/build-site.ts';
import { contentFolder } from '../helpers/content-folder.ts';
import { searchFor } from '../helpers/search-page.ts';
import { plan } from '../helpers/tracker-content.ts';
import { serveStatic, type StaticServer } from '../../src/cli/static-server.ts';

/**
 * Offline use as staff meet it, in Chromium: pages read online open with the network cut off (the
 * context offline and the server stopped, so nothing can come from it), search answers offline,
 * "Lưu để dùng khi mất mạng" shows its size and then saves a unit's reports, and a new build
 * replaces what was kept.
 */
const REPORT = '/bao-cao/tinh-a/huyen-a/2022-h1-hoi-nhap/';
const UNSEEN_REPORT = '/bao-cao/tinh-a/huyen-a/2022-h2-hoi-nhap/';
const EDITED = 'reports/tinh-a/huyen-a/2022-hoi-nhap.mdx';

const ready = (page: Page) => page.waitForSelector('html[data-offline="ready"]', { timeout: 20_000 });

describe('the site offline', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let server: StaticServer;
  let outDir: string;
  let content: string;

  beforeAll(async () => {
    content = contentFolder(plan);
    outDir = mkdtempSync(join(tmpdir(), 'kb-offline-'));
    buildSite(content, { KB_AS_OF: '2023-08-01' }, { outDir });
    server = await serveStatic(outDir);
    browser = await launchChromium();
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('installs as an app: a manifest, a service worker', async () => {
    await page.goto(`${server.origin}/`);
    await ready(page);
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.webmanifest'), 'utf8')) as { name: string; start_url: string; display: string };
    expect(manifest).toMatchObject({ start_url: '/', display: 'standalone' });
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${server.origin}/sw.js`);
  });

  it('shows the size before saving a unit\'s pages, then saves them', async () => {
    await page.goto(`${server.origin}${REPORT}`);
    await ready(page);
    await page.goto(`${server.origin}/tim-kiem/`);
    await ready(page);
    expect((await searchFor(page, 'hoi nhap')).length).toBeGreaterThan(0);
    await page.goto(`${server.origin}/don-vi/huyen-a/`);
    await ready(page);
    await page.getByRole('button', { name: 'Lưu để dùng khi mất mạng' }).click();
    const size = page.locator('.save-offline-size');
    await size.waitFor();
    expect(await size.textContent()).toMatch(/^Trang đơn vị và 3 báo cáo của đơn vị: 4 tệp, \d+ KB; Công cụ tìm kiếm: \d+ tệp, \d+ K?B\.$/);
    expect(await page.locator('.save-offline-confirm').textContent()).toMatch(/^Lưu \(\d+ KB\)$/);
    await page.locator('.save-offline-confirm').click();
    await page.waitForSelector('.save-offline[data-saved="done"]');
    expect(await page.locator('.save-offline-status').textContent()).toMatch(/^Đã lưu \d+ tệp \(\d+ KB\)\. Các trang này mở được khi mất mạng\.$/);
  });

  it('on the search page, saves the whole index when asked, its size shown', async () => {
    await page.goto(`${server.origin}/tim-kiem/`);
    await ready(page);
    await page.getByRole('button', { name: 'Lưu để dùng khi mất mạng' }).click();
    await page.locator('.save-offline-panel').waitFor();
    expect(await page.locator('.save-offline-index-size').textContent()).toMatch(/^\d+ KB$/);
    await page.locator('.save-offline-confirm').click();
    await page.waitForSelector('.save-offline[data-saved="done"]');
  });

  it('with the network off, opens the home page, the tracker, pages read, pages saved, and searches', async () => {
    await context.setOffline(true);
    await server.close();
    await page.goto(`${server.origin}/`);
    expect(pageText(await page.content())).toContain('Cơ sở tri thức công tác đối ngoại địa phương');
    expect(await page.locator('#mat-mang').textContent()).toContain('Đang mất mạng');
    await page.goto(`${server.origin}/theo-doi/`);
    expect(await page.locator('.build-stamp').textContent()).toMatch(/^Dữ liệu dựng lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}\.$/);
    expect(await page.locator('h1').textContent()).toBe('Theo dõi báo cáo và nhiệm vụ');
    await page.goto(`${server.origin}${REPORT}`);
    expect(await page.locator('h1').textContent()).toBe('Kết quả hội nhập quốc tế 6 tháng đầu năm 2022');
    // Never opened, only saved with its unit.
    await page.goto(`${server.origin}${UNSEEN_REPORT}`);
    expect(await page.locator('h1').textContent()).toBe('Kết quả hội nhập quốc tế 6 tháng cuối năm 2022');
    // Styled offline too: the CSS came from the cache.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor)).toBe('rgb(11, 79, 138)');
    await page.goto(`${server.origin}/tim-kiem/`);
    // A query searched online, and one never searched (the whole index was saved).
    expect((await searchFor(page, 'hoi nhap')).length).toBeGreaterThan(0);
    const unseen = await searchFor(page, 'tuyen truyen');
    expect(unseen.map((r) => r.path)).toContain(UNSEEN_REPORT);
    // A page neither read nor saved is simply not there.
    const missing = await page.goto(`${server.origin}/tap-huan/`).then(() => 'loaded', () => 'failed');
    expect(missing).toBe('failed');
  });

  it('after a new build, shows the new tracker and replaces the pages kept', async () => {
    await context.setOffline(false);
    writeFileSync(join(content, EDITED), readFileSync(join(content, EDITED), 'utf8').replace('title: Báo cáo hội nhập quốc tế năm 2022', 'title: Báo cáo hội nhập quốc tế năm 2022 (bản sửa)'));
    buildSite(content, { KB_AS_OF: '2023-09-01' }, { outDir });
    // The same address: a service worker belongs to its origin.
    server = await serveStatic(outDir, Number(new URL(server.origin).port));
    await page.goto(`${server.origin}/`);
    await ready(page);
    await page.goto(`${server.origin}/theo-doi/`);
    expect(await page.locator('#ngay-tinh').textContent()).toBe('Tính đến ngày 01/09/2023');
    await context.setOffline(true);
    await server.close();
    await page.goto(`${server.origin}/theo-doi/`);
    expect(await page.locator('#ngay-tinh').textContent()).toBe('Tính đến ngày 01/09/2023');
    // Saved before the new build, never opened since: fetched again when the new build was seen.
    await page.goto(`${server.origin}/don-vi/huyen-a/`);
    expect(pageText(await page.content())).toContain('Báo cáo hội nhập quốc tế năm 2022 (bản sửa)');
  });
});
