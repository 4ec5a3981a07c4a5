import { describe, expect, it } from 'vitest';
import { buildCitationIndex } from '../../src/lib/citations/cited-index.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load.ts';
import { contentFolder } from '../helpers/content-folder.ts';

const report = (name: string, issued: string, body: string) => ({
  [`reports/tinh-a/huyen-a/${name}.mdx`]: `---\nunit: huyen-a\nperiod: "${issued.slice(0, 4)}"\nissued: ${issued}\ntitle: Báo cáo ${name}\n---\n\n${body}\n`,
});

function index(files: Record<string, string>) {
  const { kb } = loadKnowledgeBase(contentFolder(files));
  const reports = [...kb.reports].sort((a, b) => a.id.localeCompare(b.id));
  return buildCitationIndex(reports, kb.documents);
}

describe('the citation index', () => {
  const idx = index({
    ...report('a', '2023-01-10', 'Quyết định số 609/QĐ-UBND ngày 11/5/2022; Nghị quyết số 22-NQ/TW ngày 15/3/2018; Chỉ thị 26/CT-TTg.'),
    ...report('b', '2023-02-10', 'Theo Quyết định số 609/QĐ-UBND ngày 11/5/2022 của UBND huyện và Nghị quyết 22-NQ/TW ngày 10/4/2013.'),
    // A described document whose id is the slug an undescribed one would take: the undescribed one steps aside.
    'directives/quyet-dinh-609-qd-ubnd-2022.mdx': '---\nnumber: 1/QĐ-X\nkind: quyet-dinh\nissuer: X\nissued: 2020-01-01\nsubject: Trùng tên trang\n---\n\nThử.\n',
  });
  const entry = (number: string, year: string | null) => idx.cited.find((e) => e.number === number && e.year === year);

  it('groups the same document cited by several reports, with their dates and issuers', () => {
    const qd = entry('609/QĐ-UBND', '2022')!;
    expect(qd.citing.map((c) => c.report.id)).toEqual(['tinh-a/huyen-a/a', 'tinh-a/huyen-a/b']);
    expect([qd.dates, qd.issuers, qd.kind]).toEqual([['2022-05-11'], ['UBND huyện'], 'quyet-dinh']);
  });

  it('derives ids from kind, number and year, never taking a described document\'s id', () => {
    expect(entry('609/QĐ-UBND', '2022')!.id).toBe('quyet-dinh-609-qd-ubnd-2022-2');
    expect(entry('26/CT-TTg', null)!.id).toBe('chi-thi-26-ct-ttg');
  });

  it('keeps 22-NQ/TW of 2018 apart from the described 22-NQ/TW of 2013', () => {
    expect(entry('22-NQ/TW', '2018')!.id).toBe('nghi-quyet-22-nq-tw-2018');
    expect(idx.get('nq-22-2013')!.citing.map((c) => c.report.id)).toEqual(['tinh-a/huyen-a/2022-h1-hoi-nhap', 'tinh-a/huyen-a/b']);
  });
});
