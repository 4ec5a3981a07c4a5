import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { contentFolder } from '../helpers/content-folder.ts';

const report = (frontmatter: string, body = 'Nội dung báo cáo.\n') => `---\n${frontmatter}\n---\n\n${body}`;
const base = 'unit: huyen-a\nperiod: 2022-H1\ntitle: Báo cáo thử';
const FILE = 'reports/tinh-a/huyen-a/moi.mdx';

function problemsFor(text: string | Uint8Array) {
  return loadKnowledgeBase(contentFolder({ [FILE]: text })).problems.filter((p) => p.file === FILE);
}

describe('the fixture content', () => {
  it('loads cleanly, with tasks keyed by report and owner defaulting to the unit', () => {
    const { kb, problems } = loadKnowledgeBase(contentFolder());
    expect(problems).toEqual([]);
    const report = kb.reports.find((r) => r.id === 'tinh-a/huyen-a/2022-h1-hoi-nhap')!;
    expect(report.tasks.map((t) => [t.key, t.owner, t.dueDay])).toEqual([
      ['tinh-a/huyen-a/2022-h1-hoi-nhap#tuyen-truyen', 'huyen-a', '2022-12-31'],
      ['tinh-a/huyen-a/2022-h1-hoi-nhap#tap-huan', 'so-ngoai-vu-a', undefined],
    ]);
    expect(report.issuedDay).toBe('2022-06-30');
  });
});

describe('bad content is refused with file, line and a hint', () => {
  it('names an unknown unit at its line', () => {
    const [p] = problemsFor(report('unit: huyen-khong-co\nperiod: 2022-H1\ntitle: X'));
    expect(p).toMatchObject({ file: FILE, line: 2, code: 'unknown-unit', severity: 'error' });
    expect(p.message).toContain('huyen-khong-co');
  });

  it('names an unknown directive inside a list at its own line', () => {
    const [p] = problemsFor(report(`${base}\ndirectives:\n  - nq-22-2013\n  - nd-80-2022`));
    expect(p).toMatchObject({ line: 7, code: 'unknown-directive' });
    expect(formatProblem(p)).toMatch(/^reports\/tinh-a\/huyen-a\/moi\.mdx:7 lỗi \[unknown-directive\] không có văn bản "nd-80-2022"/);
  });

  it('refuses an impossible date (30/02) at the issued line', () => {
    const [p] = problemsFor(report(`${base}\nissued: 2022-02-30`));
    expect(p).toMatchObject({ line: 5, code: 'schema' });
    expect(p.message).toContain('2022-02-30');
  });

  it('reports broken YAML at the broken line', () => {
    const [p] = problemsFor(report(`${base}\ntasks: [oops\nrecipient: x`));
    expect(p.code).toBe('yaml');
    expect(p.line).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ['a colon in an unquoted value', 'unit: huyen-a\nperiod: 2022-H1\ntitle: Báo cáo: năm 2022', 4, 'giá trị có dấu hai chấm', 'ngoặc kép'],
    ['a field given twice', `${base}\ntitle: Lần hai`, 5, 'một trường được ghi hai lần', 'xóa dòng kia'],
    ['a tab before a field', `${base}\nsigner:\n\tname: A`, 6, 'thụt lề bằng phím Tab', 'dấu cách'],
    ['an unclosed quote', `${base}\nplace: "Bình Sơn`, 5, 'thiếu một dấu', 'ngoặc kép'],
  ])('explains broken YAML in Vietnamese, once, with the fix: %s', (_, frontmatter, line, message, hint) => {
    const problems = problemsFor(report(frontmatter)).filter((p) => p.code === 'yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line, severity: 'error' });
    expect(problems[0].message).toContain(message);
    expect(problems[0].hint).toContain(hint);
    expect(problems[0].message).not.toMatch(/[A-Z][a-z]+ [a-z]+ (?:are|is|must)/);
  });

  it('says which required field is missing', () => {
    const [p] = problemsFor(report('unit: huyen-a\ntitle: Báo cáo thử'));
    expect(p).toMatchObject({ line: 2, severity: 'error', code: 'schema' });
    expect(p.message).toContain('"period"');
  });

  it('loads a report written with the contract\'s fields only, naming it by unit and period and warning of the missing title', () => {
    const root = contentFolder({ [FILE]: report('unit: huyen-a\nperiod: 2022-H2\nissued: 2022-12\ndirectives: [nq-22-2013]\nprogress:\n  - task: tinh-a/huyen-a/2022-h1-hoi-nhap#tuyen-truyen\n    status: done') });
    const { kb, problems } = loadKnowledgeBase(root);
    expect(kb.reports.find((r) => r.id === 'tinh-a/huyen-a/moi')).toMatchObject({ title: 'Báo cáo của UBND huyện A, 6 tháng cuối năm 2022', untitled: true });
    expect(problems.filter((p) => p.file === FILE)).toEqual([expect.objectContaining({ line: 1, severity: 'warning', code: 'missing-title' })]);
  });

  it('refuses an empty file', () => {
    expect(problemsFor('')[0]).toMatchObject({ code: 'empty-file', message: 'tệp rỗng' });
  });

  it('refuses bytes that are not UTF-8, naming the line', () => {
    const bytes = Buffer.concat([Buffer.from(report(base), 'utf8'), Buffer.from([0x48, 0xe0, 0x6e, 0x0a])]);
    const [p] = problemsFor(bytes);
    expect(p.code).toBe('encoding');
    expect(p.line).toBe(8);
  });

  it('refuses a task reference that points nowhere', () => {
    const [p] = problemsFor(report(`${base}\nprogress:\n  - task: tinh-a/huyen-a/2022-h1-hoi-nhap#khong-co\n    status: done`));
    expect(p).toMatchObject({ code: 'unknown-task', line: 6 });
  });

  it('refuses duplicate task ids in one report', () => {
    const problems = problemsFor(report(`${base}\ntasks:\n  - id: a\n    title: Một\n  - id: a\n    title: Hai`));
    expect(problems.map((p) => [p.code, p.line])).toEqual([['duplicate-id', 8]]);
  });

  it('warns on decomposed Unicode (NFD) and reads the text as NFC', () => {
    const problems = problemsFor(report(base, 'Đối ngoại nhân dân\n'.normalize('NFD')));
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['nfd', 'warning']]);
  });
});

describe('reports are content, never code', () => {
  it.each([
    ['import x from "y"\n', 'mdx-import', 7],
    ['Văn bản\n\nexport const a = 1\n', 'mdx-import', 9],
    ['Tổng {1 + 1} đồng\n', 'mdx-expression', 7],
    ['<script>alert(1)</script>\n', 'mdx-element', 7],
    ['Xem <iframe src="x"></iframe>\n', 'mdx-element', 7],
    ['Chữ <sup onclick="x">1</sup>\n', 'mdx-attribute', 7],
    ['[bấm](javascript:alert(1))\n', 'unsafe-url', 7],
    ['![a](data:text/html;base64,xx)\n', 'unsafe-url', 7],
  ])('refuses %j', (body, code, line) => {
    const problems = problemsFor(report(base, body));
    expect(problems.map((p) => [p.code, p.line])).toContainEqual([code, line]);
  });

  it('accepts footnotes and the plain elements <sup>, <sub>, <br>', () => {
    expect(problemsFor(report(base, 'Diện tích 2.280m<sup>2</sup>, CO<sub>2</sub>[^1]\n\n[^1]: Chú thích.\n'))).toEqual([]);
  });
});
