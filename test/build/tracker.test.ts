import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, pageText, type BuiltSite } from '../helpers/build-site.ts';
import { contentFolder } from '../helpers/content-folder.ts';
import { runKb } from '../helpers/kb-cli.ts';
import { followUps, plan } from '../helpers/tracker-content.ts';

const statuses = (site: BuiltSite) => {
  const data = JSON.parse(site.page('/api/tasks.json')) as { asOf: string; tasks: { id: string; status: string; unit: string; due: string | null; report: string }[] };
  return Object.fromEntries(data.tasks.map((t) => [t.id, t.status]));
};
const ids = { onTime: 'tinh-a/huyen-a/2022-hoi-nhap#dung-han', late: 'tinh-a/huyen-a/2022-hoi-nhap#tre-han', open: 'tinh-a/huyen-a/2022-hoi-nhap#chua-xong' };

describe('the tracker in a real build', () => {
  let before: BuiltSite;
  let after: BuiltSite;
  let afterContent: string;
  beforeAll(() => {
    before = buildSite(contentFolder(plan), { KB_AS_OF: '2023-12-31' });
    afterContent = contentFolder({ ...plan, ...followUps });
    after = buildSite(afterContent, { KB_AS_OF: '2023-12-31' });
  });

  it('moves tasks to done-on-time or done-late in /api/tasks.json as the follow-ups\' dates say', () => {
    expect(statuses(before)).toMatchObject({ [ids.onTime]: 'overdue', [ids.late]: 'overdue', [ids.open]: 'overdue' });
    expect(statuses(after)).toMatchObject({ [ids.onTime]: 'done-on-time', [ids.late]: 'done-late', [ids.open]: 'overdue' });
    // The fixture's own follow-up (issued 20/12/2022) closed its task before the due day 31/12/2022.
    expect(statuses(after)['tinh-a/huyen-a/2022-h1-hoi-nhap#tuyen-truyen']).toBe('done-on-time');
  });

  it('keeps the contract shape and leaves confidential reports out, tasks and progress alike', () => {
    const data = JSON.parse(after.page('/api/tasks.json'));
    expect(data.asOf).toBe('2023-12-31');
    expect(data.tasks.find((t: { id: string }) => t.id === ids.late)).toMatchObject({ report: 'tinh-a/huyen-a/2022-hoi-nhap', unit: 'huyen-a', due: '2023-H1', status: 'done-late' });
    expect(JSON.stringify(data)).not.toContain('bi-mat');
  });

  it('gives `kb status --json` exactly what /api/tasks.json holds', () => {
    const run = runKb(afterContent, ['status', '--json'], { KB_AS_OF: '2023-12-31' });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(after.page('/api/tasks.json')));
  });

  it('writes Excel-ready CSVs with a BOM, the statuses in words', () => {
    const tasks = readFileSync(join(after.outDir, 'theo-doi/nhiem-vu.csv'));
    expect([...tasks.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = tasks.toString('utf8');
    expect(text).toMatch(/tinh-a\/huyen-a\/2022-hoi-nhap#dung-han,[^\r\n]*,đã hoàn thành đúng hạn,done-on-time,30\/06\/2023,/);
    expect(text).toMatch(/tinh-a\/huyen-a\/2022-hoi-nhap#tre-han,[^\r\n]*,đã hoàn thành quá hạn,done-late,31\/07\/2023,/);
    expect(text).not.toContain('Nhiệm vụ mật');
    const matrix = readFileSync(join(after.outDir, 'theo-doi/bang-theo-doi.csv'));
    expect([...matrix.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(matrix.toString('utf8')).toContain('UBND huyện A,huyen-a,30/06/2025,6 tháng đầu năm 2023,2023-H1,,1,0,1,1,0,0,31/12/2023');
  });

  it('shows the matrix at /theo-doi/ with the as-of date, words beside colours, and links behind cells', () => {
    const html = after.page('/theo-doi/');
    const text = pageText(html);
    expect(text).toContain('Tính đến ngày 31/12/2023');
    expect(html).toMatch(/<div id="ma-tran"/);
    // One table per province, each in a <details> that opens without script; the province's row is its total.
    expect(html).toMatch(/<details class="province" data-tinh="tinh-a" open/);
    expect(text).toContain('Chú giải màu');
    expect(html).toContain('href="/don-vi/huyen-a/#ky-2023-h1"');
    expect(text).toContain('1 nhiệm vụ đã hoàn thành đúng hạn');
    expect(text).toContain('1 nhiệm vụ đã hoàn thành quá hạn');
    expect(text).toContain('1 báo cáo đã có, quá hạn');
    expect(text).toContain('dừng hoạt động từ 01/07/2025');
    for (const name of ['van-ban', 'tinh', 'trang-thai']) expect(html).toContain(`name="${name}"`);
    expect(html).toContain('href="/theo-doi/bang-theo-doi.csv"');
    expect(before.page('/theo-doi/')).not.toContain('đã hoàn thành quá hạn</span>');
  });

  it('lists overdue tasks with owner, due date, days overdue and the report they came from', () => {
    const html = after.page('/theo-doi/');
    const list = html.slice(html.indexOf('id="nhiem-vu-qua-han"'), html.indexOf('id="bao-cao-qua-han"'));
    const text = pageText(list);
    // A report's tasks together, with which kind of late: the unit reported in July 2023 without saying it was done.
    expect(text).toContain('Báo cáo hội nhập quốc tế năm 2022 UBND huyện A · hạn 30/06/2023 · quá hạn 184 ngày · 1 nhiệm vụ');
    expect(text).toContain('Đơn vị đã có báo cáo sau hạn nhưng chưa báo cáo hoàn thành: Báo cáo bổ sung tháng 7 năm 2023 (tháng 07/2023). Nhiệm vụ chưa ai báo cáo');
    expect(text).not.toContain('Nhiệm vụ được báo cáo xong');
  });

  it('shows standing on the unit page, per half-year, and on the directive and home pages', () => {
    const unit = after.page('/don-vi/huyen-a/');
    expect(unit).toContain('id="ky-2023-h1"');
    const unitText = pageText(unit);
    expect(unitText).toContain('đã hoàn thành quá hạn');
    expect(unitText).toContain('Báo cáo theo Công văn 7/SNgV-HTQT');
    expect(unitText).toContain('đã có báo cáo, quá hạn');
    expect(pageText(after.page('/van-ban/cv-7-2023/'))).toMatch(/UBND huyện A dừng hoạt động sau 30\/06\/2025 1 báo cáo đã có, quá hạn/);
    expect(pageText(after.page('/van-ban/nq-22-2013/'))).toMatch(/UBND huyện A dừng hoạt động sau 30\/06\/2025 — 1 nhiệm vụ chưa hoàn thành, quá hạn 1 nhiệm vụ đã hoàn thành quá hạn 2 nhiệm vụ đã hoàn thành đúng hạn/);
    const home = pageText(after.page('/'));
    expect(home).toContain('Tính đến ngày 31/12/2023');
    expect(home).toContain('1 nhiệm vụ chưa hoàn thành, quá hạn, và 0 báo cáo phải gửi Sở đã quá hạn mà chưa có');
    expect(after.page('/bao-cao/tinh-a/huyen-a/2022-hoi-nhap/')).toContain('status-done-late');
  });
});

describe('the tracker page of a unit with more overdue tasks than a page should hold', () => {
  it('lists the 200 longest overdue, counts them all, and says where the rest are', () => {
    const tasks = Array.from({ length: 205 }, (_, i) => `  - id: nv-${i + 1}\n    title: Nhiệm vụ số ${i + 1}\n    due: ${i < 5 ? '2022-H2' : '2023-H1'}`);
    const many = `---\nunit: huyen-a\nperiod: 2022-H1\nissued: 2022-06-20\ntitle: Báo cáo nhiều nhiệm vụ\ntasks:\n${tasks.join('\n')}\n---\n\nNội dung.\n`;
    const site = buildSite(contentFolder({ 'reports/tinh-a/huyen-a/2022-nhieu.mdx': many }), { KB_AS_OF: '2023-12-31' });
    const html = site.page('/theo-doi/');
    const list = html.slice(html.indexOf('id="nhiem-vu-qua-han"'), html.indexOf('id="bao-cao-qua-han"'));
    const text = pageText(list);
    expect(text).toMatch(/Nhiệm vụ quá hạn \(20[5-9]\)/);
    expect(list.match(/<li data-task=/g)).toHaveLength(200);
    // Grouped by report and due day: two groups, not 200 rows repeating the report.
    expect(list.match(/<li class="overdue-group/g)).toHaveLength(2);
    // The five due earliest (31/12/2022) come first and are all shown.
    expect(text).toContain('Báo cáo nhiều nhiệm vụ UBND huyện A · hạn 31/12/2022 · quá hạn 365 ngày · 5 nhiệm vụ');
    expect(text).toContain('Nhiệm vụ số 1 Nhiệm vụ số 2 Nhiệm vụ số 3 Nhiệm vụ số 4 Nhiệm vụ số 5 Báo cáo nhiều nhiệm vụ');
    expect(text).toMatch(/Trên đây là 200 nhiệm vụ quá hạn lâu nhất trong 20[5-9]\. Danh sách đủ có trong tệp CSV nhiệm vụ/);
    expect(list).toContain('href="/theo-doi/nhiem-vu.csv"');
    const csv = site.page('/theo-doi/nhiem-vu.csv');
    expect(csv).toContain('Nhiệm vụ số 205');
  });
});
