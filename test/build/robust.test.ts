import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/content/walk.ts';
import { buildSite, pageText, projectRoot } from '../helpers/build-site.ts';
import { contentFolder } from '../helpers/content-folder.ts';
import { readDistFiles, utf8Text } from '../helpers/dist-files.ts';

const H1 = 'reports/tinh-a/huyen-a/2022-h1-hoi-nhap.mdx';
const H2 = 'reports/tinh-a/huyen-a/2022-h2-hoi-nhap.mdx';
const H2_TITLE = 'Kết quả hội nhập quốc tế 6 tháng cuối năm 2022';

describe('a report saved in decomposed Unicode (NFD)', () => {
  const title = 'Kết quả đối ngoại nhân dân năm 2023';
  const body = 'Huyện đã tổ chức hội nghị tuyên truyền về đối ngoại nhân dân cho cán bộ, đảng viên.';
  const nfd = `---\nunit: huyen-a\nperiod: 2023\nissued: 2023-12\ntitle: ${title}\n---\n\n${body}\n`.normalize('NFD');

  it('is served as NFC: title and body in composed form, and no decomposed bytes anywhere', () => {
    expect(nfd).not.toContain(title);
    const site = buildSite(contentFolder({ 'reports/tinh-a/huyen-a/2023-nfd.mdx': nfd }));
    const html = site.page('/bao-cao/tinh-a/huyen-a/2023-nfd/');
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).toContain(body);
    expect(site.log).toContain('[nfd]');
    const decomposed = readDistFiles(site.outDir).map(utf8Text).filter((text) => text.includes(title.normalize('NFD').slice(0, 12)) || text.includes(body.normalize('NFD').slice(0, 12)));
    expect(decomposed).toEqual([]);
    expect(pageText(site.page('/bao-cao/'))).toContain(title);
  });
});

describe('a report whose text shows code', () => {
  it('is shown as text on its page, never run', () => {
    const body = [
      'Mã độc thường có dạng `<script>alert("x")</script>` hoặc `<img onerror=…>`.',
      '',
      'Viết \\<iframe\\> trong văn bản là chữ, không phải thẻ.',
      '',
      '```',
      '<script>alert(1)</script>',
      '```',
      '',
    ].join('\n');
    const site = buildSite(contentFolder({ 'reports/tinh-a/huyen-a/2023-ma.mdx': `---\nunit: huyen-a\nperiod: 2023\ntitle: Báo cáo về an toàn thông tin\n---\n\n${body}` }));
    const html = site.page('/bao-cao/tinh-a/huyen-a/2023-ma/');
    const text = pageText(html);
    expect(text).toContain('<script>alert("x")</script>');
    expect(text).toContain('Viết <iframe> trong văn bản');
    expect(html).not.toMatch(/<script>alert|<iframe|<img onerror/i);
  });
});

describe('removing or renaming content between two builds in the same project and output folder', () => {
  it('builds again without error; the removed page is gone and the renamed one moved', () => {
    const content = contentFolder();
    const outDir = mkdtempSync(join(tmpdir(), 'kb-rebuild-'));
    // The same Astro cache too, as in one project: the second build may reuse pages of the first.
    const cacheDir = mkdtempSync(join(tmpdir(), 'kb-astro-cache-'));
    const first = buildSite(content, {}, { outDir, cacheDir });
    expect(first.has('/bao-cao/tinh-a/huyen-a/2022-h2-hoi-nhap/')).toBe(true);

    // H2 is removed; H1 is renamed. H2's progress pointed at H1's task, so nothing dangles.
    rmSync(join(content, H2));
    renameSync(join(content, H1), join(content, 'reports/tinh-a/huyen-a/2022-h1-doi-ngoai.mdx'));
    const second = buildSite(content, {}, { outDir, cacheDir });
    expect(second.has('/bao-cao/tinh-a/huyen-a/2022-h2-hoi-nhap/')).toBe(false);
    expect(second.has('/bao-cao/tinh-a/huyen-a/2022-h1-hoi-nhap/')).toBe(false);
    expect(second.has('/bao-cao/tinh-a/huyen-a/2022-h1-doi-ngoai/')).toBe(true);
    const stale = readDistFiles(outDir).filter((file) => /tinh-a\/huyen-a\/2022-h[12]-hoi-nhap/.test(file.text) || utf8Text(file).includes(H2_TITLE));
    expect(stale.map((file) => file.path)).toEqual([]);
  });

  it('turning a published report confidential takes its page off the next build', () => {
    const content = contentFolder();
    const outDir = mkdtempSync(join(tmpdir(), 'kb-rebuild-'));
    // The same Astro cache too, as in one project: the second build may reuse pages of the first.
    const cacheDir = mkdtempSync(join(tmpdir(), 'kb-astro-cache-'));
    buildSite(content, {}, { outDir, cacheDir });
    const file = join(content, H2);
    writeFileSync(file, readFileSync(file, 'utf8').replace('\n---\n', '\nconfidential: true\n---\n'));
    const second = buildSite(content, {}, { outDir, cacheDir });
    expect(second.has('/bao-cao/tinh-a/huyen-a/2022-h2-hoi-nhap/')).toBe(false);
    expect(readDistFiles(outDir).filter((f) => utf8Text(f).includes(H2_TITLE) || f.text.includes('2022-h2-hoi-nhap/')).map((f) => f.path)).toEqual([]);
  });
});

describe('the build needs no network', () => {
  it('builds completely with the network cut off (unshare -n)', () => {
    const site = buildSite(contentFolder(), {}, { offline: true });
    expect(site.has('/bao-cao/tinh-a/huyen-a/2022-h1-hoi-nhap/')).toBe(true);
    expect(site.has('/don-vi/huyen-a/')).toBe(true);
  });

  it('has no network call in the code that runs at build time', () => {
    const buildTime = ['src/lib', 'src/data', 'src/integrations', 'src/schemas', 'src/pages', 'src/components', 'src/layouts']
      .flatMap((dir) => listFiles(projectRoot, dir, ['.ts', '.astro', '.mjs']));
    const calls = buildTime.concat('astro.config.mjs').filter((file) => {
      // Page <script> blocks run in the browser, on the built site; only frontmatter and modules run at build time.
      const code = readFileSync(join(projectRoot, file), 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
      return /\bfetch\s*\(|node:https?\b|['"]https?['"]|XMLHttpRequest|WebSocket|node:net\b|node:dgram\b|node:dns\b/.test(code);
    });
    expect(calls).toEqual([]);
  });
});
