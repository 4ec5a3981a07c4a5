import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, buildSiteFailing, pageText, type BuiltSite } from '../helpers/build-site.ts';
import { contentFolder } from '../helpers/content-folder.ts';

describe('a real Astro build of fixture content', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite(contentFolder());
  });

  it('renders the report with its metadata, full text and footnotes', () => {
    const text = pageText(site.page('/bao-cao/tinh-a/huyen-a/2022-h1-hoi-nhap/'));
    expect(text).toContain('Kết quả hội nhập quốc tế 6 tháng đầu năm 2022');
    expect(text).toContain('UBND huyện A');
    expect(text).toContain('tháng 06/2022');
    expect(text).toContain('Chưa ghi số (…/BC-UBND)');
    expect(text).toContain('huyện đã tuyên truyền về đối ngoại nhân dân');
    expect(text).toContain('Chú thích thử nghiệm với mã DAU-HIEU-CHU-THICH');
    expect(site.page('/bao-cao/tinh-a/huyen-a/2022-h1-hoi-nhap/')).toMatch(/<html lang="vi"/);
  });

  it('lists tasks with owner and due date in dd/mm/yyyy', () => {
    const text = pageText(site.page('/bao-cao/tinh-a/huyen-a/2022-h1-hoi-nhap/'));
    expect(text).toContain('Tiếp tục tuyên truyền về hội nhập quốc tế');
    expect(text).toContain('6 tháng cuối năm 2022 (31/12/2022)');
    expect(text).toContain('Sở Ngoại vụ tỉnh A');
  });

  it('gives each directive a page with its number, lineage and the reports that answer to it', () => {
    const html = site.page('/van-ban/nq-22-2013/');
    expect(html).toMatch(/<h1[^>]*>Nghị quyết 22-NQ\/TW<\/h1>/);
    const text = pageText(html);
    expect(text).toMatch(/Nghị quyết 22-NQ\/TW \(10\/04\/2013\).*Nghị quyết 59-NQ\/TW \(24\/01\/2025\)/);
    expect(text).toContain('Kết quả hội nhập quốc tế 6 tháng cuối năm 2022');
  });

  it('shows a ceased unit with its end date and successor', () => {
    const text = pageText(site.page('/don-vi/huyen-a/'));
    expect(text).toContain('đến hết 30/06/2025');
    expect(text).toContain('UBND xã A1');
    expect(text).toContain('Kết quả hội nhập quốc tế 6 tháng đầu năm 2022');
  });

  it('lists reports with filters by unit, period, directive and year', () => {
    const html = site.page('/bao-cao/');
    for (const name of ['don-vi', 'ky', 'van-ban', 'nam']) expect(html).toContain(`name="${name}"`);
    expect(html).toContain('data-nam="2022"');
  });
});

describe('a build of bad content', () => {
  it('stops, naming the file and line', () => {
    const output = buildSiteFailing(contentFolder({
      'reports/tinh-a/huyen-a/sai.mdx': '---\nunit: huyen-khong-co\nperiod: 2022-H1\ntitle: Sai\n---\n\nNội dung.\n',
    }));
    expect(output).toContain('reports/tinh-a/huyen-a/sai.mdx:2');
    expect(output).toContain('không có đơn vị "huyen-khong-co"');
  });
});
