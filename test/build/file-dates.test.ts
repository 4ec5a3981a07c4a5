import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, pageText, type BuiltSite } from '../helpers/build-site.ts';
import { fixturesDir } from '../helpers/content-folder.ts';

const REPORT = 'reports/tinh-a/huyen-a/2022-h2-hoi-nhap.mdx';

/** A repository with the fixture content committed on 20/12/2022, then one report edited on 05/01/2023. */
function repositoryWithHistory(): string {
  const repo = mkdtempSync(join(tmpdir(), 'kb-history-'));
  cpSync(join(fixturesDir, 'basic'), join(repo, 'content'), { recursive: true });
  const git = (date: string, ...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.email=t@example.invalid', '-c', 'user.name=t', ...args], {
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
  git('', 'init', '-q', '-b', 'main');
  git('2022-12-20T10:00:00+07:00', 'add', '.');
  git('2022-12-20T10:00:00+07:00', 'commit', '-qm', 'content');
  const file = join(repo, 'content', REPORT);
  writeFileSync(file, readFileSync(file, 'utf8').replace('Đã hoàn thành việc tuyên truyền.', 'Đã hoàn thành việc tuyên truyền trong tháng 12.'));
  git('2023-01-05T09:00:00+07:00', 'commit', '-qam', 'edit');
  return repo;
}

describe('every report and directive page shows two dates: the document\'s and its file\'s last change', () => {
  let repo: string;
  let site: BuiltSite;
  beforeAll(() => {
    repo = repositoryWithHistory();
    site = buildSite(join(repo, 'content'), { KB_REPO_URL: 'https://github.com/so-ngoai-vu/kb', KB_REPO_BRANCH: 'main' });
  });

  it('on a report page, with links to the file\'s history and edit page', () => {
    const html = site.page('/bao-cao/tinh-a/huyen-a/2022-h2-hoi-nhap/');
    const text = pageText(html);
    expect(text).toContain('Ngày của văn bản 20/12/2022 Trang cập nhật lần cuối 05/01/2023');
    expect(html).toContain(`href="https://github.com/so-ngoai-vu/kb/commits/main/content/${REPORT}"`);
    expect(html).toContain(`href="https://github.com/so-ngoai-vu/kb/edit/main/content/${REPORT}"`);
  });

  it('on a directive page, a file unchanged since the first commit', () => {
    const text = pageText(site.page('/van-ban/nq-22-2013/'));
    expect(text).toContain('Ngày của văn bản 10/04/2013 Trang cập nhật lần cuối 20/12/2022');
  });

  it('a shallow clone dates what its history shows and says "không rõ" for the rest, without links when no repository is configured', () => {
    const clone = mkdtempSync(join(tmpdir(), 'kb-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    const shallow = buildSite(join(clone, 'content'), { KB_REPO_URL: '' });
    const text = pageText(shallow.page('/bao-cao/tinh-a/huyen-a/2022-h1-hoi-nhap/'));
    expect(text).toContain('Trang cập nhật lần cuối không rõ (lịch sử git bị cắt ngắn khi dựng trang)');
    expect(shallow.page('/bao-cao/tinh-a/huyen-a/2022-h1-hoi-nhap/')).not.toContain('Lịch sử thay đổi');
  });
});
