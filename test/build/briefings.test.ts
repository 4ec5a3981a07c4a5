import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, pageText, projectRoot, type BuiltSite } from '../helpers/build-site.ts';
import { contentFolder } from '../helpers/content-folder.ts';

/** The four directives the mission names, with the units whose reports come under each. */
const named: [string, string, string[]][] = [
  ['nq-22-2013', 'Nghị quyết 22-NQ/TW', ['UBND huyện Bình Sơn', 'Ban Chỉ đạo về hội nhập quốc tế tỉnh Quảng Ngãi', 'Sở Công Thương tỉnh Quảng Ngãi']],
  ['ct-04-2011', 'Chỉ thị 04-CT/TW', ['Sở Công Thương tỉnh Quảng Ngãi']],
  ['ct-12-2022', 'Chỉ thị 12-CT/TW', ['UBND huyện Bình Sơn']],
  ['nd-80-2020', 'Nghị định 80/2020/NĐ-CP', ['UBND huyện Bình Sơn']],
];

/** The text of the part of a page between two ids (one numbered part of a briefing). */
function part(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  const end = html.indexOf('<section', start);
  return pageText(html.slice(start, end < 0 ? undefined : end));
}

describe('briefings built from the real content', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite(join(projectRoot, 'content'), { KB_AS_OF: '2024-06-30' });
  });

  it.each(named)('/tap-huan/%s/ names %s and the units that reported under it, with inline SVG pictures', (id, name, units) => {
    const html = site.page(`/tap-huan/${id}/`);
    expect(html).toMatch(new RegExp(`<h1[^>]*>${name.replace(/\//g, '\\/')}:`));
    const reporting = part(html, 'don-vi');
    for (const unit of units) expect(reporting).toContain(unit);
    const svgs = html.match(/<svg [^>]*role="img"[^>]*>[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.length).toBeGreaterThanOrEqual(2);
    for (const svg of svgs) expect(svg).toMatch(/<title id="[^"]+">[^<]+<\/title><desc id="[^"]+">[^<]+<\/desc>/);
    expect(html).not.toMatch(/<script[^>]*>[^<]*(chart|svg)/i);
  });

  it('draws each lineage as a timeline in order', () => {
    const timeline = (id: string) => pageText(site.page(`/tap-huan/${id}/`).match(/<svg[^>]*aria-labelledby="hinh-ke-tuc[\s\S]*?<\/svg>/)![0]);
    expect(timeline('ct-12-2022')).toMatch(/Chỉ thị 44-CT\/TW.*Chỉ thị 04-CT\/TW.*Chỉ thị 12-CT\/TW/);
    expect(timeline('nq-22-2013')).toMatch(/Nghị quyết 22-NQ\/TW.*Nghị quyết 59-NQ\/TW/);
    expect(timeline('nd-80-2020')).toMatch(/Nghị định 93\/2009\/NĐ-CP.*Nghị định 80\/2020\/NĐ-CP/);
  });

  it('quotes results, limitations and recommendations from the reports, each with its source report by number', () => {
    const html = site.page('/tap-huan/ct-12-2022/');
    expect(part(html, 'han-che')).toContain('Công tác vận động viện trợ nước ngoài vào huyện còn ít về đối tượng thụ hưởng và giá trị.');
    expect(part(html, 'han-che')).toContain('Trích Báo cáo số …/BC-UBND năm 2023 của UBND huyện Bình Sơn');
    expect(part(html, 'kien-nghi')).toContain('Bổ sung quy định về phân cấp quản lý.');
    expect(part(html, 'ket-qua')).toContain('2. Kết quả triển khai thực hiện Kế hoạch 92');
    expect(html).toContain('href="/bao-cao/quang-ngai/binh-son/2023-doi-ngoai-nhan-dan/">Báo cáo số …/BC-UBND năm 2023</a>');
  });

  it('shows key figures with the sentence and the report they come from', () => {
    const figures = part(site.page('/tap-huan/nq-22-2013/'), 'so-lieu');
    expect(figures).toMatch(/Viện trợ, hỗ trợ.*50\.000 USD/);
    expect(figures).toContain('Kim ngạch xuất khẩu 06 tháng đầu năm ước đạt 876 triệu USD');
    expect(figures).toMatch(/Đoàn ra, đoàn vào, lượt khách.*17 đoàn/);
    expect(part(site.page('/tap-huan/ct-04-2011/'), 'so-lieu')).toContain('1.409 triệu USD');
    expect(part(site.page('/tap-huan/nd-80-2020/'), 'so-lieu')).toContain('115.000.000 đồng');
  });

  it('shows how the committed tasks stand on the tracker\'s day, in words', () => {
    const tasks = part(site.page('/tap-huan/nq-22-2013/'), 'nhiem-vu');
    expect(tasks).toContain('Tình hình tính đến ngày 30/06/2024');
    expect(tasks).toMatch(/Ban Chỉ đạo về hội nhập quốc tế tỉnh Quảng Ngãi.*9 nhiệm vụ.*9 chưa hoàn thành, quá hạn/);
    expect(tasks).toContain('Tiếp tục đẩy mạnh ứng dụng tiến bộ Khoa học - công nghệ');
  });

  it('lists the briefings by topic, and the site links to them from the navigation', () => {
    const index = pageText(site.page('/tap-huan/'));
    expect(index).toContain('Quá trình kế tục: Chỉ thị 44-CT/TW → Chỉ thị 04-CT/TW → Chỉ thị 12-CT/TW');
    for (const [, name] of named) expect(index).toContain(name);
    expect(site.page('/')).toMatch(/<a href="\/tap-huan\/"[^>]*>Tập huấn<\/a>/);
    expect(site.has('/tap-huan/cv-435-2022/')).toBe(false);
  });

  it('gives a whole line of documents its own pack: 44-CT/TW → 04-CT/TW → 12-CT/TW, the units of each, each report once', () => {
    const html = site.page('/tap-huan/chu-de/ct-12-2022/');
    expect(site.page('/tap-huan/')).toContain('<a href="/tap-huan/chu-de/ct-12-2022/">Tài liệu cho cả chủ đề</a>');
    const facts = part(html, 'van-ban');
    for (const name of ['Chỉ thị 44-CT/TW', 'Chỉ thị 04-CT/TW', 'Chỉ thị 12-CT/TW']) expect(facts).toContain(name);
    const reporting = part(html, 'don-vi');
    for (const unit of ['UBND huyện Bình Sơn', 'Sở Công Thương tỉnh Quảng Ngãi']) expect(reporting).toContain(unit);
    // Quoted results come from both documents' reports, none twice.
    const results = part(html, 'ket-qua');
    expect(results).toContain('UBND huyện Bình Sơn');
    expect(results).toContain('Sở Công Thương tỉnh Quảng Ngãi');
    const sources = html.match(/class="quote-source"[^>]*>[\s\S]*?<\/p>/g) ?? [];
    expect(sources.length).toBeGreaterThan(2);
    expect(new Set(sources).size).toBe(sources.length);
    expect(html).toMatch(/<svg [^>]*role="img"/);
    // A document without successor or predecessor has no topic pack of its own.
    expect(site.has('/tap-huan/chu-de/kh-92-2022/')).toBe(false);
  });

  it('prints on A4 with a print button that is itself left out of the print', () => {
    const html = site.page('/tap-huan/nq-22-2013/');
    expect(html).toMatch(/<p class="no-print print-actions">\s*<button type="button" class="button" data-print-briefing>In \/ Lưu PDF<\/button>/);
    const css = (html.match(/<style[^>]*>[\s\S]*?<\/style>/g) ?? []).join('') + (html.match(/href="(\/_astro\/[^"]+\.css)"/g) ?? []).map((m) => site.page(m.slice(6, -1))).join('');
    expect(css).toMatch(/@page\s*\{[^}]*size:\s*A4/);
    expect(css).toMatch(/\.briefing-part~\.briefing-part\{break-before:page\}|\.briefing-part ~ \.briefing-part\s*\{\s*break-before:\s*page/);
  });
});

describe('a briefing from fixture content', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite(contentFolder({
      'reports/tinh-a/huyen-a/2023-hoi-nhap.mdx': [
        '---', 'unit: huyen-a', 'period: 2023', 'issued: 2023-12-15', 'number: 150/BC-UBND', 'title: Báo cáo năm 2023', 'directives: [nq-22-2013]', '---', '',
        '## I. KẾT QUẢ', '', 'Huyện tiếp nhận viện trợ trị giá 250 triệu đồng cho trường học.', '',
        '## II. ĐÁNH GIÁ CHUNG', '', '### 1. Hạn chế', '', 'Hạn chế có mã DAU-HIEU-HAN-CHE.', '',
        '## III. ĐỀ XUẤT, KIẾN NGHỊ', '', 'Kiến nghị có mã DAU-HIEU-KIEN-NGHI.', '',
      ].join('\n'),
      'reports/tinh-a/xa-a1/2025-mat.mdx': [
        '---', 'unit: xa-a1', 'period: 2025-H2', 'title: Báo cáo mật', 'directives: [nq-22-2013]', 'confidential: true', '---', '',
        '## I. KẾT QUẢ', '', 'Nội dung mật DAU-HIEU-MAT với 999 triệu đồng viện trợ.', '',
      ].join('\n'),
    }), { KB_AS_OF: '2023-03-01' });
  });

  it('quotes each kind of section of a new report under its part', () => {
    const html = site.page('/tap-huan/nq-22-2013/');
    expect(part(html, 'han-che')).toContain('DAU-HIEU-HAN-CHE');
    expect(part(html, 'kien-nghi')).toContain('DAU-HIEU-KIEN-NGHI');
    expect(part(html, 'so-lieu')).toContain('250 triệu đồng');
    expect(part(html, 'don-vi')).toContain('Báo cáo số 150/BC-UBND ngày 15/12/2023');
  });

  it('judges tasks with the tracker: done on time when a later report says so before the due day', () => {
    expect(part(site.page('/tap-huan/nq-22-2013/'), 'nhiem-vu')).toContain('1 đã hoàn thành đúng hạn');
  });

  it('keeps confidential reports out of every briefing', () => {
    for (const path of ['/tap-huan/nq-22-2013/', '/tap-huan/']) {
      const html = site.page(path);
      expect(html).not.toContain('DAU-HIEU-MAT');
      expect(html).not.toContain('999 triệu đồng');
      expect(html).not.toContain('UBND xã A1');
    }
  });
});
