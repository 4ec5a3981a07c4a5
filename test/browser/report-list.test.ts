import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { buildSite, projectRoot } from '../helpers/build-site.ts';
import { serveStatic, type StaticServer } from '../../src/cli/static-server.ts';
import { join } from 'node:path';

/** The report list's filters in real Chromium, on the repository's own content. */
describe('filtering the reports at /bao-cao/', () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  beforeAll(async () => {
    const site = buildSite(join(projectRoot, 'content'));
    server = await serveStatic(site.outDir);
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const visibleReports = () => page.locator('#bang-bao-cao tbody tr:visible').count();

  it('narrows the list as a filter is chosen, keeps the choice in the address, and restores it from there', async () => {
    await page.goto(`${server.origin}/bao-cao/`);
    const all = await visibleReports();
    expect(all).toBe(5);
    await page.selectOption('select[name="don-vi"]', 'binh-son');
    await expect.poll(visibleReports).toBe(2);
    expect(new URL(page.url()).searchParams.get('don-vi')).toBe('binh-son');
    await page.goto(`${server.origin}/bao-cao/?don-vi=binh-son&nam=2023`);
    await expect.poll(visibleReports).toBe(1);
    expect(await page.locator('select[name="nam"]').inputValue()).toBe('2023');
  });
});
