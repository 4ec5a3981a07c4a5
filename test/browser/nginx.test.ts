import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type PreviewServer } from '../../scripts/nginx/preview-server.ts';
import { launchChromium } from '../helpers/browser.ts';
import { buildSite, projectRoot, type BuiltSite } from '../helpers/build-site.ts';
import { ensureNginx, freeLoopbackPort } from '../helpers/nginx.ts';
import { searchFor } from '../helpers/search-page.ts';

/**
 * The site as an office's server sends it: Debian's nginx with deploy/nginx.conf (through
 * scripts/nginx/preview-server.ts, what `npm run serve:nginx` runs) over a real build of the
 * repository's content, read by Chromium and by plain requests.
 */
let site: BuiltSite;
let server: PreviewServer;
let browser: Browser;
let tab: Page;
/** Every Content-Security-Policy violation and console error any page reported. */
const complaints: string[] = [];

/** Files the site does not write yet (a calendar, a feed, a manifest, plain WebAssembly): nginx must still type them right. */
const probes: Record<string, string> = {
  'lich.ics': 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n',
  'tin.atom': '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>',
  'site.webmanifest': '{"name":"Đối ngoại địa phương"}',
  'thu.wasm': '\0asm\x01\0\0\0',
};

beforeAll(async () => {
  ensureNginx();
  site = buildSite(join(projectRoot, 'content'), { KB_AS_OF: '2024-06-30' });
  for (const [name, text] of Object.entries(probes)) writeFileSync(join(site.outDir, name), text);
  server = await startPreview(site.outDir, await freeLoopbackPort());
  browser = await launchChromium();
  tab = await browser.newPage();
  tab.on('console', (message) => {
    if (message.type() === 'error') complaints.push(`${tab.url()}: console: ${message.text()}`);
  });
  tab.on('pageerror', (error) => complaints.push(`${tab.url()}: ${error.message}`));
  // Run by the browser before the page's own scripts, and not subject to the page's policy.
  await tab.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const get = (path: string, encoding = 'br, gzip') => fetch(`${server.origin}${path}`, { headers: { 'Accept-Encoding': encoding } });
const firstFile = (folder: string, pattern: RegExp) => readdirSync(join(site.outDir, folder)).find((name) => pattern.test(name))!;

describe('in Chromium, under the Content-Security-Policy', () => {
  it.each(['/', '/bao-cao/', '/bao-cao/quang-ngai/binh-son/2023-doi-ngoai-nhan-dan/', '/van-ban/nd-80-2020/', '/don-vi/', '/huong-dan/', '/tap-huan/'])('%s opens with its heading', async (path) => {
    const response = await tab.goto(`${server.origin}${path}`);
    expect(response!.status()).toBe(200);
    expect(await tab.locator('h1').first().isVisible()).toBe(true);
  });

  it('search finds a report (Pagefind’s script, worker and WebAssembly all allowed)', async () => {
    await tab.goto(`${server.origin}/tim-kiem/`);
    const results = await searchFor(tab, 'đối ngoại nhân dân');
    expect(results.map((r) => r.path)).toContain('/bao-cao/quang-ngai/binh-son/2023-doi-ngoai-nhan-dan/');
  });

  it('the report list filters', async () => {
    await tab.goto(`${server.origin}/bao-cao/`);
    const visible = () => tab.locator('#bang-bao-cao tbody tr:visible').count();
    const all = await visible();
    await tab.selectOption('select[name="don-vi"]', 'binh-son');
    await expect.poll(visible).toBeLessThan(all);
    expect(new URL(tab.url()).searchParams.get('don-vi')).toBe('binh-son');
  });

  it('the tracker filters', async () => {
    await tab.goto(`${server.origin}/theo-doi/`);
    const count = tab.locator('#so-don-vi');
    await expect.poll(() => count.textContent()).toMatch(/^\d+ đơn vị$/);
    await tab.selectOption('select[name="tinh"]', 'tinh-thanh-hoa');
    await expect.poll(() => count.textContent()).toMatch(/^Hiển thị \d+\/\d+ đơn vị$/);
    expect(new URL(tab.url()).search).toBe('?tinh=tinh-thanh-hoa');
  });

  it('the briefing’s print button opens printing, and the briefing prints to PDF', async () => {
    await tab.goto(`${server.origin}/tap-huan/nq-22-2013/`);
    await tab.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await tab.getByRole('button', { name: 'In / Lưu PDF' }).click();
    await expect.poll(() => tab.locator('body').getAttribute('data-printed')).toBe('yes');
    const pdf = await tab.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  });

  it('a missing page gets the site’s 404 page', async () => {
    const before = complaints.length;
    const response = await tab.goto(`${server.origin}/bao-cao/khong-co-bao-cao-nay/`);
    expect(response!.status()).toBe(404);
    expect(await tab.locator('h1').textContent()).toBe('Không tìm thấy trang');
    expect(await tab.locator('main a[href="/tim-kiem/"]').isVisible()).toBe(true);
    // Chromium notes the 404 in the console; that, and nothing else (no blocked style or script).
    expect(complaints.splice(before)).toEqual([`${server.origin}/bao-cao/khong-co-bao-cao-nay/: console: Failed to load resource: the server responded with a status of 404 (Not Found)`]);
  });

  it('no page reported a policy violation or an error', () => {
    expect(complaints).toEqual([]);
  });
});

describe('response headers', () => {
  it('pages, scripts and styles come precompressed: brotli when asked, gzip otherwise, the same text', async () => {
    const css = `/_astro/${firstFile('_astro', /\.css$/)}`;
    const js = '/pagefind/pagefind.js';
    for (const path of ['/', '/bao-cao/', css, js, '/api/tasks.json']) {
      const file = readFileSync(join(site.outDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
      const br = await get(path);
      expect(br.headers.get('content-encoding'), path).toBe('br');
      expect(br.headers.get('vary'), path).toBe('Accept-Encoding');
      expect(Number(br.headers.get('content-length'))).toBeLessThan(Buffer.byteLength(file) / 2);
      expect(await br.text(), path).toBe(file);
      const gzip = await get(path, 'gzip');
      expect(gzip.headers.get('content-encoding'), path).toBe('gzip');
      expect(await gzip.text(), path).toBe(file);
    }
  });

  it('hashed assets and the search index are kept a year; pages, the API and Pagefind’s loader 5 minutes', async () => {
    const immutable = 'max-age=31536000, immutable';
    expect((await get(`/_astro/${firstFile('_astro', /\.js$/)}`)).headers.get('cache-control')).toBe(immutable);
    expect((await get(`/pagefind/${firstFile('pagefind', /\.pf_meta$/)}`)).headers.get('cache-control')).toBe(immutable);
    expect((await get(`/pagefind/index/${firstFile('pagefind/index', /\.pf_index$/)}`)).headers.get('cache-control')).toBe(immutable);
    expect((await get(`/pagefind/fragment/${firstFile('pagefind/fragment', /\.pf_fragment$/)}`)).headers.get('cache-control')).toBe(immutable);
    for (const path of ['/', '/bao-cao/quang-ngai/binh-son/2023-doi-ngoai-nhan-dan/', '/api/tasks.json', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
      expect((await get(path)).headers.get('cache-control'), path).toBe('max-age=300');
    }
  });

  it('Pagefind’s index files and WebAssembly go as the gzip bytes Pagefind wrote, not compressed again', async () => {
    for (const path of [`/pagefind/${firstFile('pagefind', /\.pf_meta$/)}`, `/pagefind/${firstFile('pagefind', /^wasm\..*\.pagefind$/)}`, `/pagefind/filter/${firstFile('pagefind/filter', /\.pf_filter$/)}`]) {
      const response = await get(path);
      expect(response.headers.get('content-type'), path).toBe('application/octet-stream');
      expect(response.headers.get('content-encoding'), path).toBeNull();
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(0, 2).toString('hex'), path).toBe('1f8b');
      expect(bytes.equals(readFileSync(join(site.outDir, path))), path).toBe(true);
    }
  });

  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/api/tasks.json', 'application/json; charset=utf-8'],
    ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    ['/pagefind/pagefind.js', 'application/javascript; charset=utf-8'],
    ['/theo-doi/nhiem-vu.csv', 'text/csv; charset=utf-8'],
    ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
    ['/thu.wasm', 'application/wasm'],
    ['/lich.ics', 'text/calendar; charset=utf-8'],
    ['/tin.atom', 'application/atom+xml; charset=utf-8'],
    ['/site.webmanifest', 'application/manifest+json; charset=utf-8'],
  ])('%s is sent as %s', async (path, type) => {
    expect((await get(path)).headers.get('content-type')).toBe(type);
  });

  it.each(['/', '/tim-kiem/', '/khong-co-trang-nay/', '/pagefind/pagefind.js'])('%s carries the security headers', async (path) => {
    const { headers } = await get(path);
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('same-origin');
    expect(headers.get('permissions-policy')).toContain('camera=()');
  });

  it('a missing address answers 404 with the site’s page; a folder without its slash is redirected on the same host', async () => {
    const missing = await get('/van-ban/khong-co/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Không tìm thấy trang');
    const folder = await fetch(`${server.origin}/bao-cao`, { redirect: 'manual' });
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe('/bao-cao/');
  });

  it('nginx logged no error', () => {
    expect(server.errors().split('\n').filter((line) => /\[(error|crit|alert|emerg)\]/.test(line) && !/khong-co/.test(line))).toEqual([]);
  });
});

describe('the built pages need nothing inline', () => {
  it('no inline script, no <style>, no style or event-handler attribute in any page', () => {
    const pages = readdirSync(site.outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    const offending = pages.filter((file) => {
      const html = readFileSync(join(site.outDir, file), 'utf8');
      // JSON-LD (type="application/ld+json") is a data block: never run, and outside the script policy.
      return /<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>/.test(html) || /<style[\s>]/.test(html) || /\s(style|on[a-z]+)="/.test(html);
    });
    expect(pages.length).toBeGreaterThan(50);
    expect(offending).toEqual([]);
  });
});
