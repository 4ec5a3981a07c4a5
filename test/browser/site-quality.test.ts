import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openSite, type OpenSite } from '../helpers/browser.ts';
import { buildSite, projectRoot, type BuiltSite } from '../helpers/build-site.ts';
import { findBrokenLinks } from '../helpers/links.ts';
import { waitForResults } from '../helpers/search-page.ts';
import { serveStatic, type StaticServer } from '../../src/cli/static-server.ts';

/** The repository's own content: real reports, with their tables, footnotes and long titles. */
let site: BuiltSite;
beforeAll(() => {
  site = buildSite(join(projectRoot, 'content'), { KB_AS_OF: '2025-12-31' });
});

describe('links in the built site', () => {
  it('all lead somewhere: every href, src, #anchor and search result target exists', () => {
    const { broken, checked } = findBrokenLinks(site.outDir);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it('would catch a missing page, a missing anchor and a relative link gone wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-links-'));
    mkdirSync(join(dir, 'bao-cao'));
    writeFileSync(join(dir, 'index.html'), '<a href="/bao-cao/">ok</a> <a href="/bao-cao/#co">ok</a> <a href="/khong-co/">x</a> <a href="/bao-cao/#khong-co">x</a> <a href="https://chinhphu.vn">ngoài</a>');
    writeFileSync(join(dir, 'bao-cao/index.html'), '<h2 id="co">Có</h2> <a href="../">ok</a> <a href="x/">x</a> <a href="#toan-van">x</a>');
    expect(findBrokenLinks(dir).broken.map((b) => `${b.from} → ${b.link}`).sort()).toEqual([
      'bao-cao/index.html → #toan-van', 'bao-cao/index.html → x/', 'index.html → /bao-cao/#khong-co', 'index.html → /khong-co/',
    ]);
  });
});

describe('HTML of the built site', () => {
  /**
   * html-validate's recommended rules, less two that judge style rather than validity: a report's
   * title is its trích yếu, often longer than 70 characters; ids from headings may start with a
   * digit ("1-đặt-tệp…"), which HTML5 allows.
   */
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: { 'long-title': 'off', 'valid-id': ['error', { relaxed: true }] },
  });

  it('is valid on every page', async () => {
    const pages = (readdirSync(site.outDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.html'));
    const failures: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(join(site.outDir, page), 'utf8'), page);
      for (const message of report.results.flatMap((r) => r.messages)) {
        failures.push(`${page}:${message.line}:${message.column} [${message.ruleId}] ${message.message}`);
      }
    }
    expect(failures).toEqual([]);
    expect(pages.length).toBeGreaterThan(30);
  });

  it('runs nothing but the site\'s own scripts: no event-handler attribute, no script URL anywhere', () => {
    const pages = (readdirSync(site.outDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.html'));
    const found = pages.flatMap((page) => {
      const html = readFileSync(join(site.outDir, page), 'utf8');
      return [...html.matchAll(/<[a-z][^>]*\s(on[a-z]+)=|\s(?:href|src|action|formaction)="\s*(?:javascript|vbscript|data):/gi)].map((m) => `${page}: ${m[0]}`);
    });
    expect(found).toEqual([]);
  });
});

describe('accessibility of the key pages (axe-core in Chromium)', () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  beforeAll(async () => {
    server = await serveStatic(site.outDir);
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Serious and critical violations of WCAG 2.1 A/AA and axe's best practices on the page as shown. */
  async function audit(): Promise<string[]> {
    await page.addScriptTag({ content: axeSource });
    const results = await page.evaluate(() =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      }),
    );
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  }

  it.each([
    ['home', '/'],
    ['report list', '/bao-cao/'],
    ['report', '/bao-cao/quang-ngai/binh-son/2022-h1-hoi-nhap/'],
    ['directive list', '/van-ban/'],
    ['directive', '/van-ban/nq-22-2013/'],
    ['request letter', '/van-ban/cv-435-2022/'],
    ['unit list', '/don-vi/'],
    ['unit', '/don-vi/binh-son/'],
    ['tracker', '/theo-doi/'],
    ['search', '/tim-kiem/'],
    ['briefing list', '/tap-huan/'],
    ['briefing', '/tap-huan/nq-22-2013/'],
    ['briefing on a topic', '/tap-huan/chu-de/ct-12-2022/'],
    ['staff guide', '/huong-dan/'],
  ])('%s (%s) has no serious or critical violation', async (_, path) => {
    await page.goto(`${server.origin}${path}`);
    expect(await audit()).toEqual([]);
  });

  it('search with results on screen has no serious or critical violation', async () => {
    await page.goto(`${server.origin}/tim-kiem/?q=${encodeURIComponent('hội nhập quốc tế')}`);
    await waitForResults(page, 'hội nhập quốc tế');
    expect(await page.locator('#ket-qua > li').count()).toBeGreaterThan(0);
    expect(await audit()).toEqual([]);
  });

  it('would report a violation: an image without text is caught', async () => {
    await page.goto(`${server.origin}/`);
    await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<a href="/"><img src="/favicon.svg"></a>'));
    expect((await audit()).join('\n')).toMatch(/critical image-alt|serious link-name/);
  });
});

describe('the key pages on a phone (375 px wide)', () => {
  let phone: OpenSite;
  beforeAll(async () => {
    phone = await openSite(site.outDir, { width: 375, height: 740 });
  });
  afterAll(() => phone?.close());

  /** How far the page reaches past the screen's right edge: wide tables must scroll inside their box. */
  const overflow = () => phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  it.each([
    '/', '/bao-cao/', '/bao-cao/quang-ngai/binh-son/2022-h1-hoi-nhap/', '/van-ban/', '/van-ban/nq-22-2013/', '/van-ban/cv-435-2022/',
    '/don-vi/binh-son/', '/theo-doi/', '/tim-kiem/', '/tap-huan/nq-22-2013/', '/tap-huan/chu-de/ct-12-2022/', '/van-ban/dan-chieu/quyet-dinh-2021-200/',
  ])('%s does not scroll sideways', async (path) => {
    await phone.page.goto(`${phone.origin}${path}`);
    expect(await overflow()).toBeLessThanOrEqual(0);
  });

  it('would notice a page that does', async () => {
    await phone.page.goto(`${phone.origin}/`);
    await phone.page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<div style="width: 900px">rộng</div>'));
    expect(await overflow()).toBeGreaterThan(0);
  });
});
