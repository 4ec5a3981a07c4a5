import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { contentFolder } from '../helpers/content-folder.ts';

const FILE = 'reports/tinh-a/huyen-a/moi.mdx';
const report = (frontmatter: string) => `---\nunit: huyen-a\ntitle: Báo cáo thử\n${frontmatter}\n---\n\nNội dung.\n`;
const dateProblems = (frontmatter: string) =>
  loadKnowledgeBase(contentFolder({ [FILE]: report(frontmatter) })).problems
    .filter((p) => p.file === FILE && ['issued-after-period', 'due-before-issued', 'progress-before-task', 'issued-before-period'].includes(p.code));

describe('kb check: dates that must make sense together', () => {
  it.each([
    ['issued two years after its period', 'period: 2022-H1\nissued: 2024-08-01', [['issued-after-period', 'warning', 5]]],
    ['a task due before the report was issued', 'period: 2022-H1\nissued: 2022-06-20\ntasks:\n  - id: a\n    title: Việc\n    due: 2022-03-31', [['due-before-issued', 'error', 9]]],
    ['progress on a task that does not exist (left to the reference check)', 'period: 2022-H1\nissued: 2022-05-01\nprogress:\n  - task: tinh-a/huyen-a/2022-h2-hoi-nhap#khong-co\n    status: done', []],
    ['progress reported before the task existed', 'period: 2022-H1\nissued: 2022-01-10\nprogress:\n  - task: tinh-a/huyen-a/2022-h1-hoi-nhap#tuyen-truyen\n    status: done', [['progress-before-task', 'error', 7]]],
  ])('judges %s', (_, frontmatter, expected) => {
    expect(dateProblems(frontmatter).map((p) => [p.code, p.severity, p.line])).toEqual(expected);
  });

  it.each([
    ['a partial date inside the period', 'period: 2022-H1\nissued: 2022-06\ntasks:\n  - id: a\n    title: Việc\n    due: 2022-H2'],
    ['a year-only date and a task due that year', 'period: 2022-H1\nissued: 2022\ntasks:\n  - id: a\n    title: Việc\n    due: 2022-06-30'],
    ['a ten-year review issued before its last year ends', 'period: 2011-2021\nissued: 2021-04-02'],
    ['a report filed months after its period', 'period: 2022\nissued: 2023-03-15'],
  ])('accepts %s', (_, frontmatter) => {
    expect(dateProblems(frontmatter)).toEqual([]);
  });

  it('says what is wrong and how to fix it', () => {
    const [p] = dateProblems('period: 2022-H1\nissued: 2022-06-20\ntasks:\n  - id: a\n    title: Việc\n    due: 2022-03-31');
    expect(formatProblem(p)).toBe(
      'reports/tinh-a/huyen-a/moi.mdx:9 lỗi [due-before-issued] nhiệm vụ "a" có hạn 31/03/2022, trước ngày ban hành báo cáo (20/06/2022)\n' +
        '    → hạn của nhiệm vụ phải sau ngày báo cáo đặt ra nó; kiểm tra lại "due" (thường là kỳ sau, ví dụ 2022-H2)',
    );
  });
});
