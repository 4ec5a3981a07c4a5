import { join } from 'node:path';
import { openSite, type OpenSite } from './browser.ts';
import { buildSite, projectRoot } from './build-site.ts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** A result as /tim-kiem/ shows it. */
export interface ResultRow {
  /** Path of the linked page (/van-ban/nd-80-2020/). */
  path: string;
  title: string;
  /** The line beside the title: kind, unit, period, date. */
  details: string;
  excerpt: string;
  /** The highlighted words of the excerpt. */
  marks: string[];
}

/** Waits until /tim-kiem/ shows the answer to `query` (the list is no longer busy and names it). */
export async function waitForResults(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => {
    const list = document.getElementById('ket-qua');
    return list?.dataset.query === q && list.getAttribute('aria-busy') === 'false';
  }, query.trim());
}

/** The results on screen, top first. */
export function readResults(page: Page): Promise<ResultRow[]> {
  return page.$$eval('#ket-qua > li', (items) =>
    items.map((item) => ({
      path: new URL(item.querySelector('a')!.href).pathname,
      title: item.querySelector('a')!.textContent ?? '',
      details: item.querySelector('.sub')?.textContent ?? '',
      excerpt: item.querySelector('.excerpt')?.textContent ?? '',
      marks: [...item.querySelectorAll('.excerpt mark')].map((mark) => mark.textContent ?? ''),
    })),
  );
}

/** Types a query into the search page's box as a person would, presses Enter, returns the results. */
export async function searchFor(page: Page, query: string): Promise<ResultRow[]> {
  await page.fill('#tu-khoa', '');
  await page.locator('#tu-khoa').pressSequentially(query);
  await page.press('#tu-khoa', 'Enter');
  await waitForResults(page, query);
  return readResults(page);
}

/** Like searchFor, then presses "Xem thêm kết quả" until every result is on screen. */
export async function searchForAll(page: Page, query: string): Promise<ResultRow[]> {
  await searchFor(page, query);
  const more = page.locator('#xem-them');
  while (await more.isVisible()) {
    const before = await page.locator('#ket-qua > li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#ket-qua > li').length > n, before);
  }
  return readResults(page);
}

/**
 * The real content built, served, and a Chromium tab open on its search page (the search tests of
 * test/browser/ share it); `close()` stops the browser and the server.
 */
export async function openRealSearchPage(): Promise<OpenSite> {
  const opened = await openSite(buildSite(join(projectRoot, 'content')).outDir);
  await opened.page.goto(`${opened.origin}/tim-kiem/`);
  return opened;
}

/** For a test file: opens the real search page before its tests (handing it to `opened`) and closes it after them. */
export function useRealSearchPage(opened: (site: OpenSite) => void): void {
  let site: OpenSite | undefined;
  beforeAll(async () => {
    site = await openRealSearchPage();
    opened(site);
  });
  afterAll(async () => {
    await site?.close();
  });
}
