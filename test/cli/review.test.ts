import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixturesDir } from '../helpers/content-folder.ts';
import { runKbIn } from '../helpers/kb-cli.ts';

const FOLLOW_UP = 'reports/tinh-a/huyen-a/2022-h2-hoi-nhap.mdx';

/** A git repository whose content/ is the fixture without its follow-up report, committed. */
function repository(): { repo: string; content: string; git: (...args: string[]) => string } {
  const repo = mkdtempSync(join(tmpdir(), 'kb-repo-'));
  const content = join(repo, 'content');
  cpSync(join(fixturesDir, 'basic'), content, { recursive: true });
  rmSync(join(content, FOLLOW_UP));
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.email=t@example.invalid', '-c', 'user.name=t', ...args], { encoding: 'utf8' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'content before the follow-up');
  return { repo, content, git };
}

describe('kb review --base HEAD', () => {
  let repo: string;
  let content: string;
  let git: (...args: string[]) => string;
  beforeEach(() => {
    ({ repo, content, git } = repository());
  });
  const review = (base = 'HEAD') => runKbIn(['review', '--base', base], { KB_CONTENT_DIR: content, KB_AS_OF: '2023-01-15' }, repo);

  it('after adding a follow-up report, names the report and the task it closes', () => {
    cpSync(join(fixturesDir, 'basic', FOLLOW_UP), join(content, FOLLOW_UP));
    const run = review();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('### Báo cáo thêm mới (1)\n\n- **Kết quả hội nhập quốc tế 6 tháng cuối năm 2022** — UBND huyện A, 6 tháng cuối năm 2022, số 99/BC-UBND, ngày 20/12/2022 (`reports/tinh-a/huyen-a/2022-h2-hoi-nhap.mdx`)');
    expect(run.stdout).toContain('- **đã hoàn thành**: Tiếp tục tuyên truyền về hội nhập quốc tế (`tinh-a/huyen-a/2022-h1-hoi-nhap#tuyen-truyen`) — theo báo cáo “Kết quả hội nhập quốc tế 6 tháng cuối năm 2022”');
    expect(run.stdout).toContain('| Tiếp tục tuyên truyền về hội nhập quốc tế (`tinh-a/huyen-a/2022-h1-hoi-nhap#tuyen-truyen`) | chưa hoàn thành, quá hạn | đã hoàn thành đúng hạn |');
    expect(run.stdout).toContain('Không có lỗi, không có cảnh báo.');
  });

  it('shows a task moved, a task added, and the check errors of the changed files', () => {
    const h1 = join(content, 'reports/tinh-a/huyen-a/2022-h1-hoi-nhap.mdx');
    writeFileSync(h1, readFileSync(h1, 'utf8').replace('due: 2022-H2', 'due: 2023-H1').replace('tasks:\n', 'tasks:\n  - id: moi\n    title: Việc mới thêm\n    due: 2022-03-31\n'));
    const run = review();
    expect(run.stdout).toContain('### Báo cáo sửa đổi (1)');
    expect(run.stdout).toContain('Tiếp tục tuyên truyền về hội nhập quốc tế (`tinh-a/huyen-a/2022-h1-hoi-nhap#tuyen-truyen`): hạn 6 tháng cuối năm 2022 → 6 tháng đầu năm 2023');
    expect(run.stdout).toContain('| Việc mới thêm (`moi`) | `tinh-a/huyen-a/2022-h1-hoi-nhap` | UBND huyện A | ngày 31/03/2022 | chưa hoàn thành, quá hạn |');
    expect(run.stdout).toContain('**1 lỗi**');
    expect(run.stdout).toContain('reports/tinh-a/huyen-a/2022-h1-hoi-nhap.mdx:16 lỗi [due-before-issued]');
  });

  it('compares with an older commit, working tree included', () => {
    cpSync(join(fixturesDir, 'basic', FOLLOW_UP), join(content, FOLLOW_UP));
    git('add', '.');
    git('commit', '-qm', 'follow-up');
    writeFileSync(join(content, 'reports/tinh-a/huyen-a/2023-h1.mdx'), '---\nunit: huyen-a\nperiod: 2023-H1\nissued: 2023-06-30\ntitle: Báo cáo 6 tháng đầu năm 2023\nconfidential: true\n---\n\nNội dung mật.\n');
    const run = review('HEAD~1');
    expect(run.stdout).toContain('Kết quả hội nhập quốc tế 6 tháng cuối năm 2022');
    // A confidential report is named by its file, never summarised.
    expect(run.stdout).toContain('### Báo cáo mật có thay đổi (không tóm tắt) (1)\n\n- `reports/tinh-a/huyen-a/2023-h1.mdx`');
    expect(run.stdout).not.toContain('Báo cáo 6 tháng đầu năm 2023');
  });

  it('says so when nothing changed, and refuses a revision git does not have', () => {
    expect(review().stdout).toContain('Không có thay đổi nào trong nội dung');
    const run = review('khong-co');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('không có phiên bản "khong-co" trong lịch sử git');
  });
});
