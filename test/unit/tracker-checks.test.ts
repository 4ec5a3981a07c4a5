import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { contentFolder } from '../helpers/content-folder.ts';

const FILE = 'reports/tinh-a/huyen-a/theo-doi.mdx';
const TASK = 'tinh-a/huyen-a/2022-h1-hoi-nhap#tuyen-truyen';
const problemsFor = (files: Record<string, string>, file = FILE) => loadKnowledgeBase(contentFolder(files)).problems.filter((p) => p.file === file);

describe('kb check on what the tracker reads', () => {
  it.each([
    ['an undated report with progress', 'issued:', '', 'undated-progress', 5, 'báo cáo không ghi ngày nên không thể ghi nhận tiến độ'],
    ['a progress date later than the report', 'issued: 2022-12-01', '    date: 2022-12-15', 'progress-after-report', 8, 'ngày tiến độ 2022-12-15 muộn hơn ngày ban hành báo cáo 2022-12-01'],
  ])('warns about %s at its line', (_, issued, date, code, line, message) => {
    const text = `---\nunit: huyen-a\nperiod: 2022-H2\n${issued ? `${issued}\n` : ''}progress:\n  - task: ${TASK}\n    status: done\n${date ? `${date}\n` : ''}title: Theo dõi\n---\n\nNội dung.\n`
      .replace('issued:\n', '');
    const problems = problemsFor({ [FILE]: text });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', code, line });
    expect(formatProblem(problems[0])).toContain(message);
  });

  it('accepts a dated progress entry in an undated report', () => {
    const text = `---\nunit: huyen-a\nperiod: 2022-H2\nprogress:\n  - task: ${TASK}\n    status: done\n    date: 2022-12-15\ntitle: Theo dõi\n---\n\nNội dung.\n`;
    expect(problemsFor({ [FILE]: text })).toEqual([]);
  });

  it.each([
    ['a letter duty without the period it covers', 'frequency: once', 'trường "duties.0.period"'],
    ['a recurring duty with a bad due rule', 'frequency: year\n    dueOn: "31-07"', 'trường "duties.0.dueOn"'],
    ['a duty owed by an unknown unit', 'frequency: once\n    period: "2022"\n    units: [huyen-z]', 'không có đơn vị "huyen-z"'],
  ])('refuses %s, naming the field', (_, fields, message) => {
    const file = 'directives/cv-9-2022.mdx';
    const text = `---\nnumber: 9/SNgV\nkind: cong-van\nissuer: Sở Ngoại vụ\nissued: 2022-01-05\nsubject: Đề nghị báo cáo\nduties:\n  - id: tra-loi\n    title: Trả lời\n    ${fields}\n---\n\nNội dung.\n`;
    const problems = problemsFor({ [file]: text }, file);
    expect(problems.map((p) => p.severity)).toContain('error');
    expect(problems.map(formatProblem).join('\n')).toContain(message);
  });
});
