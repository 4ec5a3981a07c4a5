import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load.ts';
import { badInputs } from '../fixtures/bad-inputs.ts';
import { contentFolder } from '../helpers/content-folder.ts';

describe.each(badInputs)('$name', ({ files, expect: wanted }) => {
  const { problems } = loadKnowledgeBase(contentFolder(files));
  const added = new Set(Object.keys(files));

  it(`is reported in ${wanted.file} at line ${wanted.line} as ${wanted.code}`, () => {
    const found = problems.find((p) => p.file === wanted.file && p.code === wanted.code);
    expect(found, JSON.stringify(problems, null, 1)).toBeDefined();
    expect(found).toMatchObject({ line: wanted.line, severity: wanted.severity ?? 'error' });
    if (wanted.message) expect(found!.message).toContain(wanted.message);
    if (wanted.hint) expect(found!.hint).toContain(wanted.hint);
  });

  it('comes with a fix hint, and nothing is reported against the files it did not touch', () => {
    for (const problem of problems) {
      expect(problem.hint, `${problem.code}: ${problem.message}`).toMatch(/\S/);
      expect(problem.line).toBeGreaterThan(0);
    }
    // Cross-file checks may name the file the bad one collides with, never an unrelated one.
    const elsewhere = problems.filter((p) => !added.has(p.file) && p.code !== wanted.code);
    expect(elsewhere).toEqual([]);
  });
});

describe('a content root that is not there', () => {
  it('is an error, not an empty site', () => {
    const { problems } = loadKnowledgeBase('/khong/co/thu-muc-nay');
    expect(problems).toEqual([expect.objectContaining({ code: 'no-content', severity: 'error', file: '.' })]);
  });
});

describe('content that is fine', () => {
  it('loads the fixture without a single problem', () => {
    expect(loadKnowledgeBase(contentFolder()).problems).toEqual([]);
  });

  it('accepts CRLF line endings, a BOM and a quoted year', () => {
    const text = '\ufeff---\r\nunit: huyen-a\r\nperiod: "2022"\r\nissued: 2022\r\ntitle: "Báo cáo năm"\r\n---\r\n\r\nNội dung.\r\n';
    const { problems, kb } = loadKnowledgeBase(contentFolder({ 'reports/tinh-a/huyen-a/crlf.mdx': text }));
    expect(problems).toEqual([]);
    expect(kb.reports.find((r) => r.id === 'tinh-a/huyen-a/crlf')?.title).toBe('Báo cáo năm');
  });

  it('accepts two documents with one number and date from different issuers, with a warning', () => {
    const doc = (issuer: string) => `---\nnumber: 01/KH-UBND\nkind: ke-hoach\nissuer: ${issuer}\nissued: 2022-01-05\nsubject: Kế hoạch\n---\n\nTóm tắt.\n`;
    const { problems } = loadKnowledgeBase(contentFolder({ 'directives/kh-01-a.mdx': doc('UBND tỉnh A'), 'directives/kh-01-b.mdx': doc('UBND tỉnh B') }));
    expect(problems.map((p) => [p.file, p.code, p.severity])).toEqual([
      ['directives/kh-01-a.mdx', 'duplicate-document', 'warning'],
      ['directives/kh-01-b.mdx', 'duplicate-document', 'warning'],
    ]);
  });
});
