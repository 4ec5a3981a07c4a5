import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/kb/catalog.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load.ts';
import { contentFolder } from '../helpers/content-folder.ts';

const extra = {
  'directives/cv-1-2023.mdx': '---\nnumber: 1/SNgV-HTQT\nkind: cong-van\nissuer: Sở Ngoại vụ tỉnh A\nissued: 2023-05-10\nsubject: Về việc báo cáo\n---\n',
  'reports/tinh-a/huyen-a/2023-h1-hoi-nhap.mdx': [
    '---', 'unit: huyen-a', 'period: 2023-H1', 'issued: 2023-06-20', 'title: Báo cáo 6 tháng đầu năm 2023', 'request: cv-1-2023',
    'directives: [nq-22-2013]', 'tasks:', '  - id: a', '    title: Không ghi văn bản', '    due: 2023-H2', '  - id: b', '    title: Theo Nghị quyết 59',
    '    directive: nq-59-2025', '    owner: so-ngoai-vu-a', '---', '', 'Nội dung.', '',
  ].join('\n'),
};

describe('the catalog the pages read', () => {
  const catalog = buildCatalog(loadKnowledgeBase(contentFolder(extra)).kb);
  const ids = (items: { id?: string; key?: string }[]) => items.map((i) => i.key ?? i.id);

  it.each([
    ['reports of a unit, newest first', () => ids(catalog.reportsByUnit('huyen-a')), ['tinh-a/huyen-a/2023-h1-hoi-nhap', 'tinh-a/huyen-a/2022-h2-hoi-nhap', 'tinh-a/huyen-a/2022-h1-hoi-nhap']],
    ['reports that carry out a directive', () => ids(catalog.reportsOn('nq-22-2013')), ['tinh-a/huyen-a/2023-h1-hoi-nhap', 'tinh-a/huyen-a/2022-h2-hoi-nhap', 'tinh-a/huyen-a/2022-h1-hoi-nhap']],
    ['reports that answer a request letter', () => ids(catalog.reportsOn('cv-1-2023')), ['tinh-a/huyen-a/2023-h1-hoi-nhap']],
    ['tasks owned by a unit', () => ids(catalog.tasksOwnedBy('so-ngoai-vu-a')), ['tinh-a/huyen-a/2023-h1-hoi-nhap#b', 'tinh-a/huyen-a/2022-h1-hoi-nhap#tap-huan']],
    ['tasks under a directive: named, or inherited from their report', () => ids(catalog.tasksUnder('nq-22-2013')), ['tinh-a/huyen-a/2023-h1-hoi-nhap#a', 'tinh-a/huyen-a/2022-h1-hoi-nhap#tuyen-truyen', 'tinh-a/huyen-a/2022-h1-hoi-nhap#tap-huan']],
    ['a task naming its own directive is under that one only', () => ids(catalog.tasksUnder('nq-59-2025')), ['tinh-a/huyen-a/2023-h1-hoi-nhap#b']],
    ['nothing for an unknown id', () => ids(catalog.reportsByUnit('khong-co')), []],
  ])('%s', (_, actual, expected) => {
    expect(actual()).toEqual(expected);
  });

  it('hands each page its own list', () => {
    catalog.reportsByUnit('huyen-a').reverse();
    expect(ids(catalog.reportsByUnit('huyen-a'))[0]).toBe('tinh-a/huyen-a/2023-h1-hoi-nhap');
  });
});
