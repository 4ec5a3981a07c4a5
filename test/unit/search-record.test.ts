import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, type Catalog } from '../../src/lib/kb/catalog.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load.ts';
import { publicView } from '../../src/lib/kb/public-view.ts';
import { searchFilterGroups } from '../../src/lib/search/filter-options.ts';
import { documentSearchRecord, reportSearchRecord } from '../../src/lib/search/record.ts';
import { contentFolder } from '../helpers/content-folder.ts';

let catalog: Catalog;
beforeAll(() => {
  const folder = contentFolder({
    'reports/tinh-a/huyen-a/mat.mdx': '---\nunit: so-ngoai-vu-a\nperiod: 2021\ntitle: Báo cáo mật\nconfidential: true\n---\n\nNội dung mật.\n',
  });
  catalog = buildCatalog(publicView(loadKnowledgeBase(folder).kb));
});

describe('what the index keeps beside a report’s text', () => {
  it('shows kind, unit, period and date, and searches signer and cited numbers', () => {
    const record = reportSearchRecord(catalog.report('tinh-a/huyen-a/2022-h1-hoi-nhap')!, catalog);
    expect(record.meta).toMatchObject({
      kind: 'Báo cáo',
      unit: 'UBND huyện A',
      period: '6 tháng đầu năm 2022',
      date: 'tháng 06/2022',
      signer: 'Nguyễn Văn Thử',
    });
    expect(record.meta.cites).toContain('Nghị quyết 22-NQ/TW');
    expect(record.meta.cites).toContain('nqtw');
    expect(record.meta.number).toBeUndefined();
  });

  it('filters by ids and sorts by the last day the report can have been issued', () => {
    const record = reportSearchRecord(catalog.report('tinh-a/huyen-a/2022-h2-hoi-nhap')!, catalog);
    expect(record.filters).toEqual({
      kind: ['bao-cao'],
      unit: ['huyen-a'],
      province: ['tinh-a'],
      directive: ['nq-22-2013'],
      period: ['2022-H2'],
      year: ['2022'],
    });
    expect(record.sort.date).toBe('2022-12-20');
    expect(record.meta['number-forms']).toBe('99/bc-ubnd bcubnd');
  });
});

describe('what the index keeps beside a directive’s text', () => {
  it('carries its own number heavily and files it under its own name', () => {
    const record = documentSearchRecord(catalog.document('nq-22-2013')!, catalog);
    expect(record.meta).toMatchObject({
      kind: 'Văn bản · Nghị quyết',
      unit: 'Bộ Chính trị (khóa XI)',
      date: '10/04/2013',
      number: 'Nghị quyết 22-NQ/TW',
      'number-forms': '22-nq/tw nqtw',
    });
    expect(record.filters).toMatchObject({ kind: ['van-ban'], directive: ['nq-22-2013'], year: ['2013'], period: [] });
    expect(record.sort.date).toBe('2013-04-10');
  });
});

describe('the search page’s filter choices', () => {
  it('offer exactly the values indexed pages carry, by name, and nothing from confidential reports', () => {
    const groups = Object.fromEntries(searchFilterGroups(catalog).map((g) => [g.key, g]));
    expect(groups.kind.options).toEqual([{ value: 'bao-cao', label: 'Báo cáo' }, { value: 'van-ban', label: 'Văn bản' }]);
    expect(groups.unit.options).toEqual([{ value: 'huyen-a', label: 'UBND huyện A' }]);
    expect(groups.province.options).toEqual([{ value: 'tinh-a', label: 'tỉnh A' }]);
    expect(groups.directive.options.map((o) => o.label)).toEqual(['Nghị quyết 22-NQ/TW', 'Nghị quyết 59-NQ/TW']);
    expect(groups.period.options.map((o) => o.label)).toEqual(['6 tháng cuối năm 2022', '6 tháng đầu năm 2022']);
    expect(groups.year.options.map((o) => o.value)).toEqual(['2025', '2022', '2013']);
    expect(groups.unit.param).toBe('don-vi');
  });
});
