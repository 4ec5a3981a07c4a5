import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planShards } from '../../src/lib/search/shards.ts';
import { launchChromium } from '../helpers/browser.ts';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';
import { contentFolder } from '../helpers/content-folder.ts';
import { searchForAll } from '../helpers/search-page.ts';
import { serveStatic, type StaticServer } from '../../src/cli/static-server.ts';

/**
 * A large site's index is split into shards that the browser merges (src/lib/search/shards.ts).
 * One page per shard here (KB_SEARCH_SHARD_PAGES=1), so a fixture build exercises what 10,000
 * reports do: several Pagefind runs, merged in Chromium, reused on a rebuild while unchanged.
 */
const report = (id: string, title: string, word: string) => [
  `reports/tinh-a/huyen-a/${id}.mdx`,
  `---\nunit: huyen-a\nperiod: 2023-H1\nissued: 2023-06-20\ntitle: ${title}\n---\n\nBáo cáo về đối ngoại nhân dân, có từ ${word}.\n`,
] as const;

describe('a search index in shards', () => {
  const cache = mkdtempSync(join(tmpdir(), 'kb-cache-'));
  const env = { KB_SEARCH_SHARD_PAGES: '1', KB_CACHE_DIR: cache };
  let content: string;
  let site: BuiltSite;
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    content = contentFolder(Object.fromEntries([report('2023-h1-a', 'Báo cáo A', 'TUMANHMOT'), report('2023-h1-b', 'Báo cáo B', 'TUMANHHAI')]));
    site = buildSite(content, env);
    server = await serveStatic(site.outDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const urls = ['/bao-cao/tinh-a/huyen-a/2022-h1-hoi-nhap/', '/bao-cao/tinh-a/huyen-a/2022-h2-hoi-nhap/', '/bao-cao/tinh-a/huyen-a/2023-h1-a/', '/bao-cao/tinh-a/huyen-a/2023-h1-b/', '/van-ban/nq-22-2013/', '/van-ban/nq-59-2025/'];
  const plan = planShards(urls, 1);
  const used = [...new Set(urls.map((url) => plan.shardOf(url)))].sort((a, b) => a - b);

  it('writes one Pagefind bundle per shard with pages and lists the extra ones for the browser', () => {
    expect(used.length).toBeGreaterThan(2);
    const list = JSON.parse(readFileSync(join(site.outDir, 'pagefind/kb-shards.json'), 'utf8')) as { shards: string[] };
    expect(list.shards).toEqual(used.slice(1).map((shard) => `shard-${shard}/`));
    for (const dir of list.shards) expect(existsSync(join(site.outDir, 'pagefind', dir, 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(site.outDir, 'pagefind', list.shards[0], 'pagefind.js'))).toBe(false);
    expect(site.log).toMatch(new RegExp(`Chỉ mục tìm kiếm: 6 trang trong [\\d.]+ giây \\(.*${used.length} phần`));
  });

  // Pagefind ignores a query word its index does not hold, and ranks with each index's own word
  // statistics: a shard that lacks a word may offer pages matching the other words, and the order
  // of similar pages may differ (see shards.ts). What the whole index finds is always found.
  it('finds in the merged shards every page one whole index finds', async () => {
    const whole = buildSite(content, { KB_CACHE_DIR: cache });
    const wholeServer = await serveStatic(whole.outDir);
    const tab = await browser.newPage();
    const found = async (origin: string, query: string) => {
      await tab.goto(`${origin}/tim-kiem/`);
      return (await searchForAll(tab, query)).map((r) => r.path);
    };
    try {
      for (const query of ['doi ngoai nhan dan', 'tumanhhai', 'nghi quyet 22', 'Nguyen Van Thu']) {
        const merged = await found(server.origin, query);
        const wholeFound = await found(wholeServer.origin, query);
        expect(wholeFound.length, query).toBeGreaterThan(0);
        expect(merged, query).toEqual(expect.arrayContaining(wholeFound));
      }
      const spread = await found(server.origin, 'doi ngoai nhan dan');
      expect(new Set(spread.map((p) => plan.shardOf(p))).size).toBeGreaterThan(1);
      expect((await found(server.origin, 'tumanhhai'))[0]).toBe('/bao-cao/tinh-a/huyen-a/2023-h1-b/');
      expect((await found(server.origin, 'tumanhmot doi ngoai'))[0]).toBe('/bao-cao/tinh-a/huyen-a/2023-h1-a/');
    } finally {
      await tab.close();
      await wholeServer.close();
    }
  });

  it('re-indexes only the shard whose page changed when the site is built again', () => {
    expect(buildSite(content, env).log).toContain(`${used.length} phần, dùng lại ${used.length} phần không đổi`);
    const [file, text] = report('2023-h1-b', 'Báo cáo B', 'TUMANHBA');
    writeFileSync(join(content, file), text);
    const rebuilt = buildSite(content, env);
    expect(rebuilt.log).toContain(`${used.length} phần, dùng lại ${used.length - 1} phần không đổi`);
  });
});
