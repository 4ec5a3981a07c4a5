import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printToPdf } from '../../src/cli/brief/print-pdf.ts';
import { chromiumPath } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../../src/cli/static-server.ts';
import { buildSite, projectRoot, type BuiltSite } from '../helpers/build-site.ts';
import { pdfInfo, pdfText } from '../helpers/pdf.ts';

const named: [string, string][] = [
  ['nq-22-2013', '22-NQ/TW'],
  ['ct-04-2011', '04-CT/TW'],
  ['ct-12-2022', '12-CT/TW'],
  ['nd-80-2020', '80/2020/NĐ-CP'],
];
/** Words of the site's header, navigation, footer and search box: none may reach the paper. */
const screenOnly = ['Trang chủ', 'Bỏ qua, đến nội dung chính', 'Cơ sở tri thức & theo dõi báo cáo', 'Hướng dẫn thêm báo cáo', 'Tìm báo cáo', 'In / Lưu PDF'];
const out = mkdtempSync(join(tmpdir(), 'kb-pdf-'));

describe('printing the briefings with Chromium', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    site = buildSite(join(projectRoot, 'content'), { KB_AS_OF: '2024-06-30' });
    server = await serveStatic(site.outDir);
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(named)('%s prints to a sensible number of A4 pages with no navigation', async (id, number) => {
    const file = join(out, `${id}.pdf`);
    await printToPdf(`${server.origin}/tap-huan/${id}/`, file, chromiumPath);
    const { pages, pageSize } = pdfInfo(file);
    expect(pageSize).toMatch(/\(A4\)/);
    // Every numbered part with something to show starts a page; the largest pack stays under 20.
    const parts = (site.page(`/tap-huan/${id}/`).match(/class="briefing-part"/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(parts);
    expect(pages).toBeLessThanOrEqual(20);
    const text = pdfText(file);
    expect(text).toContain(number);
    for (const words of screenOnly) expect(text).not.toContain(words);
    // Links print as the document numbers they show, never as addresses.
    expect(text).not.toMatch(/https?:\/\/|\/bao-cao\/|\/van-ban\//);
    expect(text).toMatch(/Báo cáo số …\/BC-|Công văn số …\/SCT-VP/);
  });

  it('starts each numbered part at the top of a page', async () => {
    const file = join(out, 'nq-22-2013-parts.pdf');
    await printToPdf(`${server.origin}/tap-huan/nq-22-2013/`, file, chromiumPath);
    const firstLines = Array.from({ length: pdfInfo(file).pages }, (_, i) => pdfText(file, i + 1).trim().split('\n')[0]);
    for (const heading of ['2. Đơn vị đã báo cáo', '3. Kết quả các đơn vị nêu', '4. Hạn chế, tồn tại và nguyên nhân', '5. Đề xuất, kiến nghị', '6. Nhiệm vụ đã cam kết và tình hình thực hiện', '7. Số liệu chính']) {
      expect(firstLines).toContain(heading);
    }
    expect(pdfText(file, 1)).toMatch(/^Tài liệu tập huấn\s+Nghị quyết 22-NQ\/TW: Về hội nhập quốc tế/);
  });

  it('opens the print dialog from the button, and hides the button, header and footer in print', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/tap-huan/ct-12-2022/`);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => { (window as unknown as { printed: number }).printed++; };
    });
    await page.getByRole('button', { name: 'In / Lưu PDF' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '[data-print-briefing]']) {
      expect(await page.locator(selector).isVisible()).toBe(false);
    }
    expect(await page.locator('svg[role="img"]').first().isVisible()).toBe(true);
    await page.close();
  });

  it('kb brief ID --pdf FILE --dist DIR prints the same pack from the command line', () => {
    const file = join(out, 'cli.pdf');
    execFileSync(join(projectRoot, 'node_modules/.bin/node'), ['src/cli/kb.ts', 'brief', 'ct-04-2011', '--pdf', file, '--dist', site.outDir], { cwd: projectRoot, stdio: 'pipe' });
    expect(pdfInfo(file).pageSize).toMatch(/\(A4\)/);
    expect(pdfText(file)).toContain('Sở Công Thương tỉnh Quảng Ngãi');
  });
});
