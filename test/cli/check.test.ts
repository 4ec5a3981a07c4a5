import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { githubAnnotation } from '../../src/cli/reporters/github-actions.ts';
import { contentFolder } from '../helpers/content-folder.ts';
import { runKbIn } from '../helpers/kb-cli.ts';

const BAD = '---\nunit: huyen-a\nperiod: 2022-H1\nissued: 2022-06-20\ntitle: Báo cáo thử\ntasks:\n  - id: a\n    title: Việc\n    due: 2022-03-31\n---\n\nTổng {1 + 1}.\n';

describe('kb check reports', () => {
  let root: string;
  beforeAll(() => {
    root = contentFolder({ 'reports/tinh-a/huyen-a/moi.mdx': BAD });
  });
  const kb = (args: string[], env: Record<string, string> = {}) => runKbIn(['check', ...args], { KB_CONTENT_DIR: root, ...env });

  it('for a person: file:line, what is wrong, how to fix it, a count; exit 1 on errors', () => {
    const run = kb([]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('reports/tinh-a/huyen-a/moi.mdx:9 lỗi [due-before-issued]');
    expect(run.stdout).toContain('reports/tinh-a/huyen-a/moi.mdx:12:6 lỗi [mdx-expression] báo cáo không được chứa biểu thức {1 + 1}\n    → nếu đây là chữ trong văn bản, viết \\{ và \\}');
    expect(run.stdout).toMatch(/\n2 lỗi, 0 cảnh báo\.$/m);
  });

  it('refuses a path that is not there or lies outside the content root, instead of saying all is well', () => {
    const typo = kb([join(root, 'reports/tinh-a/huyen-a/moi.md')]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain(`không có tệp hay thư mục "${join(root, 'reports/tinh-a/huyen-a/moi.md')}"`);
    const outside = kb([join(root, '..')]);
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain('nằm ngoài thư mục nội dung');
    expect(kb([join(root, 'reports/tinh-a/huyen-a/moi.mdx')]).status).toBe(1);
  });

  it('as JSON for scripts', () => {
    const run = kb(['--json']);
    const json = JSON.parse(run.stdout);
    expect(json.errors).toBe(2);
    expect(json.problems.map((p: { code: string }) => p.code)).toEqual(['due-before-issued', 'mdx-expression']);
  });

  it('as GitHub annotations under GitHub Actions, named from the repository root', () => {
    const run = kb([], { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: join(root, '..') });
    const folder = root.split('/').pop();
    expect(run.stdout).toContain(`::error file=${folder}/reports/tinh-a/huyen-a/moi.mdx,line=9,title=due-before-issued::nhiệm vụ "a" có hạn 31/03/2022`);
  });

  it('escapes what annotations cannot carry', () => {
    const line = githubAnnotation({ file: 'reports/a,b.mdx', line: 3, severity: 'warning', code: 'x', message: 'một\ndòng 100%' }, '/repo/content', '/repo');
    expect(line).toBe('::warning file=content/reports/a%2Cb.mdx,line=3,title=x::một%0Adòng 100%25');
  });

  it('only the paths given (a folder counts for the files under it)', () => {
    expect(kb(['reports/tinh-a/huyen-a/2022-h1-hoi-nhap.mdx'].map((p) => join(root, p))).status).toBe(0);
    expect(kb([join(root, 'reports/tinh-a')]).stdout).toContain('moi.mdx:9');
  });

  it('--changed: only what changed against git, untracked files included', () => {
    const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' });
    git('init', '-q');
    git('-c', 'user.email=t@example.invalid', '-c', 'user.name=t', 'add', '.');
    git('-c', 'user.email=t@example.invalid', '-c', 'user.name=t', 'commit', '-qm', 'content');
    expect(kb(['--changed']).stdout).toContain('Nội dung hợp lệ');
    // The changed file gets every check, a mistyped field included (the unchanged ones are read for ids only).
    writeFileSync(join(root, 'reports/tinh-a/huyen-a/them.mdx'), BAD.replace('title: Báo cáo thử', 'title: Báo cáo khác\nconfidental: true'));
    const run = kb(['--changed']);
    expect(run.stdout).toContain('reports/tinh-a/huyen-a/them.mdx:10');
    expect(run.stdout).toContain('them.mdx:6 lỗi [unknown-field] không có trường "confidental" — có phải "confidential"?');
    expect(run.stdout).not.toContain('moi.mdx');
    expect(run.status).toBe(1);
  });
});
