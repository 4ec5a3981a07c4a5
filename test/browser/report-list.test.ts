import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type OpenSite } from '../helpers/browser.ts';
import { buildSite, projectRoot } from '../helpers/build-site.ts';

/** The report list's filters in real Chromium, on the repository's own content. */
describe('filtering the reports at /bao-cao/', () => {
  let site: OpenSite;
  beforeAll(async () => {
    site = await openSite(buildSite(join(projectRoot, 'content')).outDir);
  });
  afterAll(() => site?.close());

  const visibleReports = () => site.page.locator('#bang-bao-cao tbody tr:visible').count();

  it('narrows the list as a filter is chosen, keeps the choice in the address, and restores it from there', async () => {
    const { page, origin } = site;
    await page.goto(`${origin}/bao-cao/`);
    expect(await visibleReports()).toBe(5);
    await page.selectOption('select[name="don-vi"]', 'binh-son');
    await expect.poll(visibleReports).toBe(2);
    expect(new URL(page.url()).searchParams.get('don-vi')).toBe('binh-son');
    await page.goto(`${origin}/bao-cao/?don-vi=binh-son&nam=2023`);
    await expect.poll(visibleReports).toBe(1);
    expect(await page.locator('select[name="nam"]').inputValue()).toBe('2023');
  });
});
