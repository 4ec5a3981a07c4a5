import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, pageText, type BuiltSite } from '../helpers/build-site.ts';
import { contentFolder } from '../helpers/content-folder.ts';
import { readDistFiles, type DistFile } from '../helpers/dist-files.ts';

/**
 * A confidential report with a marker in every field that could reach a page, an index or an
 * export: its file name (its id and URL), title, number, place, recipients, signer, body and
 * heading, task id and title, and a progress note. Every marker matches /zq[a-z]*mat/i.
 */
const secret = `---
unit: xa-a1
period: 2025-H2
issued: 2025-12-01
number: 99/ZQNUMMAT
title: Báo cáo mật ZQTITLEMAT
place: ZQPLACEMAT
recipient: ZQRECIPMAT
directives: [nq-59-2025]
signer:
  name: ZQSIGNMAT
  capacity: [ZQCAPMAT]
recipients: [ZQRECIPSMAT]
confidential: true
tasks:
  - id: zqtaskidmat
    title: Nhiệm vụ ZQTASKMAT
    due: 2026-H1
    owner: so-ngoai-vu-a
    directive: nq-59-2025
progress:
  - task: tinh-a/huyen-a/2022-h1-hoi-nhap#tap-huan
    status: done
    note: ZQNOTEMAT
---

## ZQHEADMAT

Nội dung mật ZQBODYMAT[^1].

[^1]: Chú thích ZQFOOTMAT.
`;

/** A public report that follows up the confidential task: its own words are public, its marker is too. */
const follower = `---
unit: xa-a1
period: 2026-H1
issued: 2026-06-01
title: Báo cáo công khai ZQCONGKHAI
progress:
  - task: tinh-a/xa-a1/2025-h2-zqfilemat#zqtaskidmat
    status: done
---

Nội dung công khai ZQCONGKHAI về hội nhập quốc tế.
`;

const SECRET = /zq[a-z]*mat/i;

describe('a build with a confidential report', () => {
  let site: BuiltSite;
  let files: DistFile[];
  beforeAll(() => {
    site = buildSite(contentFolder({
      'reports/tinh-a/xa-a1/2025-h2-zqfilemat.mdx': secret,
      'reports/tinh-a/xa-a1/2026-h1-cong-khai.mdx': follower,
    }));
    files = readDistFiles(site.outDir);
  });

  it('leaks its markers into no file of the output, compressed files included', () => {
    const leaks = files.filter((file) => SECRET.test(file.text)).map((file) => `${file.path}: …${file.text.slice(Math.max(0, file.text.search(SECRET) - 60), file.text.search(SECRET) + 30)}…`);
    expect(leaks).toEqual([]);
  });

  it('would have found a marker: the public report\'s marker is in its page and in the decompressed search index', () => {
    const pages = files.filter((file) => file.path.endsWith('.html') && file.text.includes('ZQCONGKHAI')).map((file) => file.path);
    expect(pages.length).toBeGreaterThan(0);
    // …and in each such page's .gz and .br copies, read decompressed like everything else.
    const copies = files.filter((file) => /\.html\.(gz|br)$/.test(file.path) && file.text.includes('ZQCONGKHAI')).map((file) => file.path);
    expect(copies.sort()).toEqual(pages.flatMap((page) => [`${page}.br`, `${page}.gz`]).sort());
    // Pagefind's own gzip files, not the build's .gz and .br copies of its scripts.
    const index = files.filter((file) => file.path.startsWith('pagefind/') && file.compressed && !/\.(gz|br)$/.test(file.path));
    expect(index.every((file) => file.text.startsWith('pagefind_dcd'))).toBe(true);
    const found = index.filter((file) => /zqcongkhai/i.test(file.text)).map((file) => file.path.replace(/[^/.]+(?=\.pf_)/, '*').replace(/\/d\/\d+\.frag$/, '/d/*.frag'));
    // The word in the inverted index and the page text in its fragment, which the search page
    // fetches by the page's id (kb/d/<id>.frag, the same file under a second name).
    expect(new Set(found)).toEqual(new Set(['pagefind/index/*.pf_index', 'pagefind/fragment/*.pf_fragment', 'pagefind/kb/d/*.frag']));
  });

  it('leaks nothing into the feeds, calendars, sitemap, JSON-LD or the offline worker, which the scan above covers', () => {
    const paths = new Set(files.map((f) => f.path));
    for (const path of ['bao-cao/ban-tin.xml', 'don-vi/xa-a1/ban-tin.xml', 'van-ban/nq-59-2025/ban-tin.xml', 'theo-doi/ban-tin.xml',
      'don-vi/xa-a1/lich.ics', 'don-vi/so-ngoai-vu-a/lich.ics', 'don-vi/tinh-a/lich.ics', 'theo-doi/lich.ics', 'sitemap-index.xml', 'sitemap-0.xml', 'robots.txt']) {
      expect(paths, path).toContain(path);
    }
    // A calendar folds long lines (RFC 5545), which could split a marker: unfolded, still none.
    const unfolded = files.filter((f) => f.path.endsWith('.ics')).map((f) => f.text.replace(/\r\n[ \t]/g, ''));
    expect(unfolded.filter((text) => SECRET.test(text))).toEqual([]);
    // Would have found one: the public follower is in its unit's feed, the site feed and the sitemap.
    expect(files.find((f) => f.path === 'don-vi/xa-a1/ban-tin.xml')!.text).toContain('ZQCONGKHAI');
    expect(files.find((f) => f.path === 'bao-cao/ban-tin.xml')!.text).toContain('ZQCONGKHAI');
    expect(files.find((f) => f.path === 'sitemap-0.xml')!.text).toContain('/bao-cao/tinh-a/xa-a1/2026-h1-cong-khai/');
    // and the public task it follows is in the calendar of the unit owing it.
    expect(files.find((f) => f.path === 'don-vi/huyen-a/lich.ics')!.text).toContain('UID:nhiem-vu/tinh-a/huyen-a/2022-h1-hoi-nhap#tuyen-truyen');
    // The JSON-LD of the directive the confidential report names counts only public reports.
    expect(site.page('/van-ban/nq-59-2025/')).toContain('application/ld+json');
  });

  it('has no page for it', () => {
    expect(site.has('/bao-cao/tinh-a/xa-a1/2025-h2-zqfilemat/')).toBe(false);
    expect(site.has('/bao-cao/tinh-a/xa-a1/2026-h1-cong-khai/')).toBe(true);
  });

  it('leaves it out of every count', () => {
    expect(pageText(site.page('/'))).toContain('Hiện có 3 báo cáo, 2 văn bản, 4 đơn vị và 2 nhiệm vụ');
    expect(pageText(site.page('/bao-cao/'))).toMatch(/^.*\b3 báo cáo, mới nhất trước/);
    const units = pageText(site.page('/don-vi/'));
    expect(units).toContain('UBND xã A1 Xã 1 báo cáo · 0 nhiệm vụ');
    expect(units).toContain('Sở Ngoại vụ tỉnh A Sở, ngành 0 báo cáo · 1 nhiệm vụ');
    expect(pageText(site.page('/van-ban/'))).toMatch(/Nghị quyết 59-NQ\/TW .*· 0 báo cáo/);
  });

  it('leaves its tasks and the progress it records out of the tasks export', () => {
    const { tasks } = JSON.parse(site.page('/api/tasks.json')) as { tasks: { id: string; status: string; latest: unknown }[] };
    expect(tasks.map((t) => t.id).sort()).toEqual(['tinh-a/huyen-a/2022-h1-hoi-nhap#tap-huan', 'tinh-a/huyen-a/2022-h1-hoi-nhap#tuyen-truyen']);
    // Only the confidential report says the training was held: publicly it is still not done.
    const training = tasks.find((t) => t.id.endsWith('#tap-huan'))!;
    expect(training.status).not.toMatch(/^done/);
    expect(training.latest).toBeNull();
  });

  it('shows the unit and the directive it alone mentions without it', () => {
    const unit = pageText(site.page('/don-vi/so-ngoai-vu-a/'));
    expect(unit).toContain('Đề nghị Sở Ngoại vụ mở lớp tập huấn');
    const directive = pageText(site.page('/van-ban/nq-59-2025/'));
    expect(directive).toContain('Chưa có báo cáo.');
  });
});
