import { describe, expect, it } from 'vitest';
import { contentFolder } from '../helpers/content-folder.ts';
import { runKb } from '../helpers/kb-cli.ts';

const kbStatus = (contentDir: string, args: string[], env: Record<string, string> = {}) => runKb(contentDir, ['status', ...args], env);

const TASK = 'tinh-a/huyen-a/2022-h1-hoi-nhap#tuyen-truyen';
const followUp = (issued: string) => ({
  'reports/tinh-a/huyen-a/2023-bo-sung.mdx': `---\nunit: huyen-a\nperiod: 2022-H2\nissued: ${issued}\ntitle: Bổ sung\nprogress:\n  - task: ${TASK}\n    status: done\n---\n\nĐã xong.\n`,
});
// The fixture's own follow-up closes the task on 20/12/2022; these cases replace it with one dated as given.
const withoutFixtureFollowUp = { 'reports/tinh-a/huyen-a/2022-h2-hoi-nhap.mdx': '---\nunit: huyen-a\nperiod: 2022-H2\nissued: 2022-12-20\ntitle: Không nói gì\n---\n\nNội dung.\n' };

const statusOf = (stdout: string, id: string) => (JSON.parse(stdout).tasks as { id: string; status: string }[]).find((t) => t.id === id)?.status;

describe('kb status --json', () => {
  it.each([
    ['no follow-up, before the due day', 'open', {}, '2022-12-31'],
    ['no follow-up, after the due day', 'overdue', {}, '2023-01-01'],
    ['a follow-up issued on the due day', 'done-on-time', followUp('2022-12-31'), '2023-06-30'],
    ['a follow-up issued in January', 'done-late', followUp('2023-01-09'), '2023-06-30'],
    ['a follow-up dated by month only, judged before that month ends', 'overdue', followUp('2023-01'), '2023-01-15'],
  ])('%s: %s', (_, status, files, asOf) => {
    const run = kbStatus(contentFolder({ ...withoutFixtureFollowUp, ...files }), ['--json'], { KB_AS_OF: asOf });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).asOf).toBe(asOf);
    expect(statusOf(run.stdout, TASK)).toBe(status);
  });

  it('takes --as-of over KB_AS_OF', () => {
    const run = kbStatus(contentFolder(withoutFixtureFollowUp), ['--json', '--as-of', '2022-06-30'], { KB_AS_OF: '2024-01-01' });
    expect(JSON.parse(run.stdout).asOf).toBe('2022-06-30');
    expect(statusOf(run.stdout, TASK)).toBe('open');
  });

  it('prints a table in Vietnamese, overdue first, with the as-of date', () => {
    const run = kbStatus(contentFolder(withoutFixtureFollowUp), [], { KB_AS_OF: '2023-03-01' });
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Trạng thái nhiệm vụ tính đến ngày 01/03/2023: 2 nhiệm vụ (1 chưa hoàn thành, quá hạn; 0 chưa hoàn thành, trong hạn; 0 đã hoàn thành quá hạn; 0 đã hoàn thành đúng hạn; 1 không có hạn).');
    expect(lines[4]).toMatch(/^chưa hoàn thành, quá hạn \(không có báo cáo từ khi đến hạn\)\s+31\/12\/2022\s+60\s+huyen-a\s+tinh-a\/huyen-a\/2022-h1-hoi-nhap#tuyen-truyen$/);
  });

  it('refuses a bad date, and content with errors, saying why', () => {
    const bad = kbStatus(contentFolder(), ['--as-of', '2023-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--as-of="2023-02-30" không phải là ngày hợp lệ');
    const broken = kbStatus(contentFolder({ 'reports/tinh-a/huyen-a/sai.mdx': '---\nunit: khong-co\nperiod: 2022-H1\ntitle: Sai\n---\n\nX.\n' }), ['--json']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toContain('reports/tinh-a/huyen-a/sai.mdx:2');
  });
});

describe('kb status, for the person typing it', () => {
  it('answers --help with its usage, and an unknown option in Vietnamese, exit 2', () => {
    const content = contentFolder();
    const help = kbStatus(content, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^kb status — trạng thái nhiệm vụ: \[--json\] \[--as-of YYYY-MM-DD\]/);
    const wrong = kbStatus(content, ['--asof', '2023-06-30']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('kb status: tùy chọn "--asof" không dùng được ở đây.');
    expect(wrong.stderr).not.toMatch(/Unknown option/);
  });

  it('counts content warnings in one line instead of printing them before the table', () => {
    const cites = { 'reports/tinh-a/huyen-a/2023-sai.mdx': '---\nunit: huyen-a\nperiod: 2023\nissued: 2023-03-01\ntitle: Dẫn sai\n---\n\nThực hiện Nghị quyết số 22-NQ/TW ngày 10/3/2013.\n' };
    const run = kbStatus(contentFolder(cites), [], { KB_AS_OF: '2023-06-30' });
    expect(run.code).toBe(0);
    expect(run.stderr.trim()).toBe('Nội dung có 1 cảnh báo; xem bằng: npm run kb -- check');
    expect(run.stdout).toMatch(/^Trạng thái nhiệm vụ tính đến ngày 30\/06\/2023/);
  });
});
