import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, pageText, type BuiltSite } from '../helpers/build-site.ts';
import { contentFolder } from '../helpers/content-folder.ts';

const report = (frontmatter: string, body: string) => `---\nunit: huyen-a\n${frontmatter}\n---\n\n${body}\n`;

/** The basic fixture plus reports that cite described, undescribed and mis-cited documents. */
const files = {
  'reports/tinh-a/huyen-a/2023-dan-chieu.mdx': report(
    'period: 2023\nissued: 2023-12-01\ntitle: Báo cáo dẫn chiếu văn bản',
    [
      'Thực hiện **Nghị quyết số 22-NQ/TW** ngày 10/4/2013 của Bộ Chính trị và Kế hoạch số 92/KH-UBND ngày 03/6/2022 của UBND tỉnh A (sau đây gọi tắt là Kế hoạch số 92).',
      '',
      'Triển khai Kế hoạch số 92; Nghị quyết số 22-NQ/TW ngày 10/3/2013[^1].',
      '',
      '[^1]: Quyết định số 609/QĐ-UBND ngày 11/5/2022 của UBND huyện.',
    ].join('\n'),
  ),
  'reports/tinh-a/huyen-a/2023-mat.mdx': report(
    'period: 2023-H1\nissued: 2023-06-01\ntitle: Báo cáo mật\nconfidential: true',
    'Thực hiện Công văn số 777/SNgV-MAT ngày 01/02/2023 và Nghị quyết số 22-NQ/TW ngày 10/4/2013.',
  ),
};

describe('citations in a real build', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite(contentFolder(files));
  });
  const reportPage = '/bao-cao/tinh-a/huyen-a/2023-dan-chieu/';

  it('links "22-NQ/TW" in the report text to its /van-ban/ page, inside the bold too', () => {
    const html = site.page(reportPage);
    expect(html).toContain('Thực hiện <strong><a href="/van-ban/nq-22-2013/">Nghị quyết số 22-NQ/TW</a></strong> ngày 10/4/2013');
    const fixtureReport = site.page('/bao-cao/tinh-a/huyen-a/2022-h1-hoi-nhap/');
    expect(fixtureReport).toContain('Thực hiện <a href="/van-ban/nq-22-2013/">Nghị quyết số 22-NQ/TW</a> ngày 10/4/2013');
  });

  it('links an undescribed document, a short form, and a footnote citation', () => {
    const html = site.page(reportPage);
    expect(html).toContain('<a href="/van-ban/dan-chieu/ke-hoach-2022-0/#ke-hoach-92-kh-ubnd-2022">Kế hoạch số 92/KH-UBND</a>');
    expect(html).toContain('<a href="/van-ban/dan-chieu/ke-hoach-2022-0/#ke-hoach-92-kh-ubnd-2022">Kế hoạch số 92</a>;');
    expect(html).toContain('<a href="/van-ban/dan-chieu/quyet-dinh-2022-600/#quyet-dinh-609-qd-ubnd-2022">Quyết định số 609/QĐ-UBND</a>');
  });

  it('marks a mis-cited document on its link with the right form', () => {
    expect(site.page(reportPage)).toContain(
      '<a href="/van-ban/nq-22-2013/" title="Ghi chưa đúng; văn bản là Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị (khóa XI)">Nghị quyết số 22-NQ/TW</a>',
    );
  });

  it('gives an undescribed document an entry in the register, listing who cites it and when', () => {
    const html = site.page('/van-ban/dan-chieu/quyet-dinh-2022-600/');
    expect(pageText(html)).toContain('Quyết định năm 2022, số 600–699');
    const entry = /<article id="quyet-dinh-609-qd-ubnd-2022"[\s\S]*?<\/article>/.exec(html);
    expect(entry).not.toBeNull();
    const text = pageText(entry![0]);
    expect(text).toContain('Quyết định 609/QĐ-UBND');
    expect(text).toContain('Ngày ban hành 11/05/2022');
    expect(text).toContain('Cơ quan ban hành UBND huyện');
    expect(text).toMatch(/Được dẫn chiếu 1 báo cáo dẫn chiếu văn bản này: Báo cáo dẫn chiếu văn bản UBND huyện A · năm 2023 · 01\/12\/2023 «Quyết định số 609\/QĐ-UBND ngày 11\/5\/2022» \(dòng 12\)/);
  });

  it('shows a directive\'s citing reports, with the wrong form flagged, from the same data', () => {
    const text = pageText(site.page('/van-ban/nq-22-2013/'));
    expect(text).toContain('Được dẫn chiếu');
    expect(text).toContain('«Nghị quyết số 22-NQ/TW ngày 10/3/2013» (dòng 10) ghi chưa đúng ngày ban hành');
    expect(text).toContain('Kết quả hội nhập quốc tế 6 tháng đầu năm 2022');
  });

  it('lists every cited document at /van-ban/: described ones by name, the rest by register page', () => {
    const html = site.page('/van-ban/');
    const text = pageText(html);
    expect(text).toMatch(/Văn bản đã có tóm tắt được dẫn chiếu \(\d+\)[\s\S]*Nghị quyết 22-NQ\/TW 10\/04\/2013 2/);
    expect(text).toMatch(/Kế hoạch 2022 1 số 1–99 \(1\)/);
    expect(html).toContain('<a href="/van-ban/dan-chieu/ke-hoach-2022-0/">số 1–99</a>');
  });

  it('keeps confidential reports out: no page for what only they cite, no mention of them', () => {
    expect(site.has('/van-ban/dan-chieu/cong-van-2023-700/')).toBe(false);
    for (const path of ['/van-ban/', '/van-ban/nq-22-2013/', '/van-ban/dan-chieu/quyet-dinh-2022-600/']) {
      const html = site.page(path);
      expect(html).not.toContain('777/SNgV-MAT');
      expect(html).not.toContain('Báo cáo mật');
    }
  });
});
