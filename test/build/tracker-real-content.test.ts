import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, pageText, projectRoot, type BuiltSite } from '../helpers/build-site.ts';

/**
 * Issue 18 on the knowledge base's own content (the seeds), built for real: what is owed to this
 * office, which kind of late, on what legal basis, and the notes a reader needs, as of mid-2026.
 */
interface ExportedTask { id: string; status: string; overdueBasis?: string; laterReport?: string; supersededBy?: string }

describe('the tracker on the real content', () => {
  let site: BuiltSite;
  let tasks: ExportedTask[];
  const task = (id: string) => tasks.find((t) => t.id === id)!;
  beforeAll(() => {
    site = buildSite(join(projectRoot, 'content'), { KB_AS_OF: '2026-06-30' });
    tasks = JSON.parse(site.page('/api/tasks.json')).tasks;
  });

  it('counts no Nghị định 80 / Thông tư 23 report in the home page\'s headline, and says why', () => {
    const home = pageText(site.page('/'));
    expect(home).toContain('Tính đến ngày 30/06/2026');
    expect(home).toMatch(/\d+ nhiệm vụ chưa hoàn thành, quá hạn, và 0 báo cáo phải gửi Sở đã quá hạn mà chưa có/);
    const owing = home.slice(home.indexOf('Đơn vị phải báo cáo Sở: đã gửi gì, còn nợ gì'), home.indexOf('Việc quá hạn'));
    expect(owing).not.toMatch(/UBND tỉnh (Quảng Ngãi|Thanh Hóa|Kon Tum)/);
    expect(owing).toMatch(/Không tính \d+ báo cáo các đơn vị gửi thẳng bộ, ngành Trung ương theo Nghị định 80\/2020\/NĐ-CP, Thông tư 23\/2022\/TT-BTC/);
    // Nor the tracker's matrix, its CSV or its list of owed reports past due.
    expect(site.page('/theo-doi/bang-theo-doi.csv')).not.toMatch(/Nghị định 80|Thông tư 23/);
    expect(pageText(site.page('/theo-doi/'))).toContain('Báo cáo phải gửi đã quá hạn mà chưa có trong cơ sở dữ liệu (0)');
  });

  it('shows reports owed to ministries on the decree\'s and the province\'s pages as sent elsewhere', () => {
    const decree = pageText(site.page('/van-ban/nd-80-2020/'));
    expect(decree).toMatch(/Báo cáo gửi cơ quan khác \(\d+\)/);
    expect(decree).toContain('không qua Sở Ngoại vụ: không tính là thiếu');
    expect(decree).not.toContain('chưa có báo cáo, quá hạn');
    const province = pageText(site.page('/don-vi/quang-ngai/'));
    expect(province).toMatch(/Báo cáo gửi cơ quan khác \(\d+\)/);
    expect(province).toContain('báo cáo gửi cơ quan khác');
  });

  it('tells "nothing heard since" from "reported since, not done" in tasks.json, CSV and pages', () => {
    for (const t of tasks.filter((t) => t.id.startsWith('quang-ngai/bcd-hnqt-quang-ngai/2021-h1-hoi-nhap#') && t.status === 'overdue')) {
      expect(t.overdueBasis).toBe('no-report-since');
    }
    expect(tasks.filter((t) => t.id.startsWith('thanh-hoa/trieu-son/2022-h1-doi-ngoai#')).map((t) => t.overdueBasis)).toEqual(['no-report-since', 'no-report-since']);
    const binhSon = tasks.filter((t) => t.id.startsWith('quang-ngai/binh-son/2022-h1-hoi-nhap#'));
    expect(binhSon).toHaveLength(6);
    for (const t of binhSon) expect(t).toMatchObject({ status: 'overdue', overdueBasis: 'reported-not-done', laterReport: 'quang-ngai/binh-son/2023-doi-ngoai-nhan-dan' });
    expect(tasks.filter((t) => t.status !== 'overdue').every((t) => t.overdueBasis === undefined)).toBe(true);

    const csv = site.page('/theo-doi/nhiem-vu.csv');
    expect(csv).toContain('Căn cứ quá hạn,Mã căn cứ quá hạn,Văn bản thay thế,Mã văn bản thay thế');
    expect(csv).toMatch(/thanh-hoa\/trieu-son\/2022-h1-doi-ngoai#ke-hoach-hanh-dong,[^\r\n]*,chưa có báo cáo nào của đơn vị kể từ ngày đến hạn,no-report-since,,/);

    const unit = pageText(site.page('/don-vi/binh-son/'));
    expect(unit).toContain('đã có báo cáo sau hạn nhưng chưa báo cáo hoàn thành');
    const tracker = site.page('/theo-doi/');
    const list = pageText(tracker.slice(tracker.indexOf('id="nhiem-vu-qua-han"'), tracker.indexOf('id="bao-cao-qua-han"')));
    // One entry per report, not the report repeated per task.
    expect(list.match(/Ban Chỉ đạo về hội nhập quốc tế tỉnh Quảng Ngãi · hạn 31\/12\/2021/g)).toHaveLength(1);
    expect(list).toContain('9 nhiệm vụ Chưa có báo cáo nào của đơn vị kể từ ngày đến hạn.');
    expect(list).toContain('UBND huyện Bình Sơn · hạn 31/12/2022 · quá hạn 1277 ngày · 6 nhiệm vụ · dừng hoạt động sau 30/06/2025 Đơn vị đã có báo cáo sau hạn nhưng chưa báo cáo hoàn thành: Kết quả thực hiện Kế hoạch số 92/KH-UBND');
    expect(pageText(tracker)).toMatch(/9 nhiệm vụ chưa hoàn thành, quá hạn \(không có báo cáo từ khi đến hạn\)/);
  });

  it('names Nghị quyết 59-NQ/TW on every task set under Nghị quyết 22-NQ/TW', () => {
    const underNq22 = tasks.filter((t) => t.id.startsWith('quang-ngai/binh-son/2022-h1-hoi-nhap#') || t.id.startsWith('quang-ngai/bcd-hnqt-quang-ngai/'));
    expect(underNq22.length).toBeGreaterThanOrEqual(17);
    for (const t of underNq22) expect(t.supersededBy).toBe('nq-59-2025');
    expect(task('thanh-hoa/trieu-son/2022-h1-doi-ngoai#ke-hoach-hanh-dong').supersededBy).toBeUndefined();
    expect(site.page('/theo-doi/nhiem-vu.csv')).toMatch(/quang-ngai\/binh-son\/2022-h1-hoi-nhap#tuyen-truyen,[^\r\n]*,Nghị quyết 59-NQ\/TW,nq-59-2025/);
    for (const path of ['/', '/theo-doi/', '/don-vi/binh-son/', '/bao-cao/quang-ngai/binh-son/2022-h1-hoi-nhap/']) {
      expect(pageText(site.page(path)), path).toContain('đã được thay thế bởi Nghị quyết 59-NQ/TW');
    }
  });

  it('marks the mis-cited decree in the report\'s text and lists the right form above it', () => {
    const html = site.page('/bao-cao/quang-ngai/binh-son/2023-doi-ngoai-nhan-dan/');
    const text = pageText(html);
    expect(text).toMatch(/Ghi chú về dẫn chiếu văn bản \(\d\)/);
    expect(text).toMatch(/Dòng 126: «Nghị định số 80\/2022\/NĐ-CP ngày 17\/9\/2020 của Chính phủ» — sai số hiệu, ngày ban hành\. Đúng là Nghị định số 80\/2020\/NĐ-CP ngày 08\/7\/2020 của Chính phủ ?\./);
    const body = pageText(html.slice(html.indexOf('id="toan-van"')));
    expect(body).toContain('Nghị định số 80/2022/NĐ-CP [ghi chú: dẫn chưa đúng, đúng là Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ] ngày 17/9/2020');
  });

  it('says each date once and what each count counts', () => {
    expect(pageText(site.page('/bao-cao/'))).not.toMatch(/năm (\d{4}) · năm \1/);
    expect(pageText(site.page('/'))).not.toMatch(/năm (\d{4}) · năm \1/);
    const report = pageText(site.page('/bao-cao/quang-ngai/binh-son/2023-doi-ngoai-nhan-dan/'));
    expect(report.match(/Ngày của văn bản năm 2023/g)).toHaveLength(1);
    expect(report).not.toContain('Ngày ban hành');
    const tracker = pageText(site.page('/theo-doi/'));
    expect(tracker).toMatch(/Tổng tỉnh Quảng Ngãi/);
    expect(tracker.match(/Chú giải màu/g)).toHaveLength(1);
    expect(pageText(site.page('/van-ban/'))).toContain('Nghị quyết 22-NQ/TW — Về hội nhập quốc tế Bộ Chính trị (khóa XI) · ngày 10/04/2013 · Đã có văn bản kế tục · 2 báo cáo thực hiện hoặc trả lời · 3 báo cáo dẫn chiếu trong toàn văn');
  });
});

describe('the day the tracker judges against, unset', () => {
  it('is today in Vietnam (UTC+7) at build time, printed on every page that judges', async () => {
    const { todayInVietnam, formatPartialDate } = await import('../../src/lib/partial-date.ts');
    const before = todayInVietnam(new Date());
    const site = buildSite(join(projectRoot, 'content'), { KB_AS_OF: '' });
    const after = todayInVietnam(new Date());
    const asOf = JSON.parse(site.page('/api/tasks.json')).asOf;
    expect([before, after]).toContain(asOf);
    for (const path of ['/', '/theo-doi/', '/don-vi/binh-son/', '/van-ban/nq-22-2013/', '/bao-cao/quang-ngai/binh-son/2022-h1-hoi-nhap/']) {
      expect(pageText(site.page(path)), path).toContain(formatPartialDate(asOf));
    }
  });
});
