import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, pageText } from '../helpers/build-site.ts';
import { contentFolder } from '../helpers/content-folder.ts';

const H1 = '/bao-cao/tinh-a/huyen-a/2022-h1-hoi-nhap/';
const H2 = '/bao-cao/tinh-a/huyen-a/2022-h2-hoi-nhap/';
const H2_FILE = 'reports/tinh-a/huyen-a/2022-h2-hoi-nhap.mdx';
/** Pages that list the reports: they show frontmatter, never a report's text. */
const LISTING = ['/don-vi/huyen-a/', '/van-ban/nq-22-2013/'];

/** Whether the build log shows the page reused from the previous build rather than rendered. */
const reused = (log: string, path: string) => new RegExp(`${path.replace(/\//g, '\\/')}index\\.html \\((restored|cached)\\)`).test(log);

/** A rebuild renders again only the pages whose inputs changed (Astro's incremental build). */
describe('building again after a change', () => {
  it('renders only the report whose text changed, and every report when frontmatter changed', () => {
    const content = contentFolder();
    // One cache folder for these builds alone: no other test's build can leave a record they reuse.
    const cacheDir = mkdtempSync(join(tmpdir(), 'kb-astro-cache-'));
    const build = () => buildSite(content, {}, { cacheDir });
    build();
    const same = build();
    for (const path of [H1, H2, '/tap-huan/nq-22-2013/', '/tap-huan/nq-59-2025/']) expect(reused(same.log, path), path).toBe(true);
    expect(pageText(same.page(H2))).toContain('Đã hoàn thành việc tuyên truyền.');

    const file = join(content, H2_FILE);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nĐã tổ chức thêm hội nghị DAU-HIEU-SUA-DOI.\n`);
    const bodyChanged = build();
    expect(reused(bodyChanged.log, H1)).toBe(true);
    for (const path of LISTING) expect(reused(bodyChanged.log, path), path).toBe(true);
    expect(reused(bodyChanged.log, H2)).toBe(false);
    // A briefing quotes report text: the one quoting H2 is rendered again, one that does not is reused.
    expect(reused(bodyChanged.log, '/tap-huan/nq-22-2013/')).toBe(false);
    expect(reused(bodyChanged.log, '/tap-huan/nq-59-2025/')).toBe(true);
    expect(pageText(bodyChanged.page(H2))).toContain('DAU-HIEU-SUA-DOI');

    // A frontmatter change can show on other reports' pages (names, tasks, statuses): all are rendered.
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Kết quả hội nhập quốc tế 6 tháng cuối năm 2022', 'title: Báo cáo đã đổi tên'));
    const frontmatterChanged = build();
    for (const path of [H1, H2, ...LISTING]) expect(reused(frontmatterChanged.log, path), path).toBe(false);
    expect(pageText(frontmatterChanged.page(H2))).toContain('Báo cáo đã đổi tên');
    expect(pageText(frontmatterChanged.page('/don-vi/huyen-a/'))).toContain('Báo cáo đã đổi tên');
  });
});

/** The output folder is kept between builds (no emptying), so what a build no longer writes must go. */
describe('building again into the same folder', () => {
  it('removes the page of a report since deleted, and keeps every page still built and the public files', () => {
    const extra = 'reports/tinh-a/huyen-a/2022-q3-rut-lai.mdx';
    const content = contentFolder({
      [extra]: '---\nunit: huyen-a\nperiod: 2022-Q3\nissued: 2022-10-05\ntitle: Báo cáo sẽ bị rút lại\ndirectives: [nq-22-2013]\n---\n\nNội dung RUT-LAI-DAU-HIEU.\n',
    });
    const outDir = join(mkdtempSync(join(tmpdir(), 'kb-out-')), 'dist');
    const cacheDir = mkdtempSync(join(tmpdir(), 'kb-astro-cache-'));
    const first = buildSite(content, {}, { outDir, cacheDir });
    expect(first.has('/bao-cao/tinh-a/huyen-a/2022-q3-rut-lai/')).toBe(true);

    rmSync(join(content, extra));
    // A script of a build whose code differed, with its compressed copy: no page names it.
    const oldScript = join(outDir, '_astro/Base.astro_astro_type_script_index_0_lang.CuCode0l.js');
    for (const file of [oldScript, `${oldScript}.gz`]) {
      writeFileSync(file, 'console.log("mã cũ");');
      utimesSync(file, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    }
    const second = buildSite(content, {}, { outDir, cacheDir });
    expect(existsSync(oldScript)).toBe(false);
    expect(existsSync(`${oldScript}.gz`)).toBe(false);
    expect(readFileSync(join(outDir, 'sw.js'), 'utf8')).not.toContain('CuCode0l');
    // Every script and stylesheet a page names is still there.
    for (const asset of second.page('/').match(/\/_astro\/[^"]+/g)!) expect(existsSync(join(outDir, asset)), asset).toBe(true);
    expect(second.has('/bao-cao/tinh-a/huyen-a/2022-q3-rut-lai/')).toBe(false);
    expect(second.log).toContain('Đã xóa 2 tệp của lần dựng trước');
    for (const path of [H1, H2, '/don-vi/huyen-a/', '/favicon.svg']) expect(second.has(path), path).toBe(true);
    expect(pageText(second.page('/bao-cao/'))).not.toContain('Báo cáo sẽ bị rút lại');
    // The search index is made from the pages left in the folder: the withdrawn report is not in it.
    const indexed = (log: string) => Number(/Chỉ mục tìm kiếm: (\d+) trang/.exec(log)![1]);
    expect(indexed(second.log)).toBe(indexed(first.log) - 1);

    // Nothing changed: every keyed page is reused where it lies, not deleted and copied back.
    const third = buildSite(content, {}, { outDir, cacheDir });
    for (const path of [H1, H2]) expect(third.log).toContain(`${path}index.html (cached)`);
    expect(third.log).not.toContain('Đã xóa');
  });
});
