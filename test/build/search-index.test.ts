import { beforeAll, describe, expect, it } from 'vitest';
import { unmarkStrokes } from '../../src/lib/search/fold.ts';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';
import { contentFolder } from '../helpers/content-folder.ts';
import { indexedWords, storedPages, type StoredPage } from '../helpers/pagefind-files.ts';

/** What the search index of a real build holds, read back from Pagefind's own files. */
describe('the search index of a fixture build', () => {
  let site: BuiltSite;
  let pages: StoredPage[];
  const page = (url: string) => pages.find((p) => p.url === url)!;
  beforeAll(() => {
    site = buildSite(contentFolder({
      'reports/tinh-a/huyen-a/2021-mat.mdx':
        '---\nunit: huyen-a\nperiod: 2021\ntitle: Báo cáo KHOABIMATXYZ\nconfidential: true\n---\n\nNội dung có từ KHOABIMATXYZ.\n',
    }));
    pages = storedPages(site.outDir);
  });

  it('holds the report and directive pages and nothing else', () => {
    expect(pages.map((p) => p.url).sort()).toEqual([
      '/bao-cao/tinh-a/huyen-a/2022-h1-hoi-nhap/',
      '/bao-cao/tinh-a/huyen-a/2022-h2-hoi-nhap/',
      '/van-ban/nq-22-2013/',
      '/van-ban/nq-59-2025/',
    ]);
    expect(site.log).toMatch(/Chỉ mục tìm kiếm: 4 trang trong [\d.]+ giây/);
  });

  it('never holds a confidential report', () => {
    expect(site.has('/bao-cao/tinh-a/huyen-a/2021-mat/')).toBe(false);
    expect(JSON.stringify(pages)).not.toContain('KHOABIMATXYZ');
    expect(indexedWords(site.outDir).toLowerCase()).not.toContain('khoabimatxyz');
  });

  it('keeps the body and title, not the navigation, footer, task table or metadata panel', () => {
    const text = unmarkStrokes(page('/bao-cao/tinh-a/huyen-a/2022-h1-hoi-nhap/').content);
    expect(text).toMatch(/^Kết quả hội nhập quốc tế 6 tháng đầu năm 2022\. I\. KẾT QUẢ\./);
    expect(text).toContain('huyện đã tuyên truyền về đối ngoại nhân dân');
    expect(text).toContain('DAU-HIEU-CHU-THICH');
    for (const boilerplate of ['Trang chủ', 'Bỏ qua', 'kho mã nguồn', 'Đơn vị thực hiện', 'Số, ký hiệu', 'Toàn văn', 'mở lớp tập huấn', 'UBND huyện A']) {
      expect(text).not.toContain(boilerplate);
    }
  });

  it('stores every đ marked, so the browser can put it back', () => {
    const text = JSON.stringify(pages);
    expect(text).not.toMatch(/[đĐ]/);
    expect(page('/bao-cao/tinh-a/huyen-a/2022-h1-hoi-nhap/').meta.unit).toBe('UBND huyện A');
    expect(page('/van-ban/nq-59-2025/').meta.kind).toBe('Văn bản · Nghị quyết');
  });

  it('carries the filters and sort the search page offers', () => {
    const report = page('/bao-cao/tinh-a/huyen-a/2022-h2-hoi-nhap/');
    expect(report.filters).toMatchObject({ kind: ['bao-cao'], unit: ['huyen-a'], province: ['tinh-a'], directive: ['nq-22-2013'], period: ['2022-H2'], year: ['2022'] });
    expect(report.meta).toMatchObject({ number: '99/BC-UBND', period: '6 tháng cuối năm 2022', date: '20/12/2022' });
  });
});
