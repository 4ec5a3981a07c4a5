import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/kb/catalog.ts';
import { csvField, toCsv } from '../../src/lib/tracker/csv.ts';
import { matrixCsv, tasksCsv, tasksExport } from '../../src/lib/tracker/export.ts';
import { buildTracker } from '../../src/lib/tracker/tracker.ts';
import { knowledgeBase, report, unit } from '../helpers/kb-model.ts';

describe('CSV fields', () => {
  it.each([
    ['plain', 'plain'],
    ['Tuyên truyền, vận động', '"Tuyên truyền, vận động"'],
    ['nói "đã xong"', '"nói ""đã xong"""'],
    ['hai\ndòng', '"hai\ndòng"'],
    [' lề', '" lề"'],
    [12, '12'],
    [-3, '-3'],
    ['=HYPERLINK("http://x.invalid","bấm")', `"'=HYPERLINK(""http://x.invalid"",""bấm"")"`],
    ['+84 912', "'+84 912"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-1+2', "'-1+2"],
    [null, ''],
    [undefined, ''],
  ])('%j → %s', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('starts with a UTF-8 BOM and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('\uFEFFa,b\r\n1,"x,y"\r\n');
  });
});

describe('the tasks export', () => {
  const kb = knowledgeBase({
    units: [unit({ id: 'huyen-a', name: 'UBND huyện A' })],
    reports: [
      report('a/2022-h1', { period: '2022-H1', issued: '2022-06-15', tasks: [{ id: 't', title: 'Tuyên truyền, vận động', due: '2022-H2' }, { id: 'u', title: 'U', owner: 'so-a', kind: 'request' }] }),
      report('a/2022-h2', { period: '2022-H2', issued: '2022-12-31', progress: [{ task: 'a/2022-h1#t', status: 'done' }] }),
    ],
  });
  const catalog = buildCatalog(kb);
  const tracker = buildTracker(catalog, '2023-03-01');

  it('gives the contract\'s fields for every task, the owner as unit', () => {
    const data = tasksExport(tracker, catalog);
    expect(data.asOf).toBe('2023-03-01');
    expect(data.tasks.map(({ id, report, unit, due, status }) => ({ id, report, unit, due, status }))).toEqual([
      { id: 'a/2022-h1#t', report: 'a/2022-h1', unit: 'huyen-a', due: '2022-H2', status: 'done-on-time' },
      { id: 'a/2022-h1#u', report: 'a/2022-h1', unit: 'so-a', due: null, status: 'no-deadline' },
    ]);
    expect(data.tasks[0]).toMatchObject({ doneOn: '2022-12-31', doneIn: 'a/2022-h2', label: 'đã hoàn thành đúng hạn', reportUnit: 'huyen-a' });
  });

  it('writes the task list as Excel-ready CSV, dates dd/mm/yyyy, statuses in words', () => {
    const csv = tasksCsv(tracker, catalog);
    expect(csv.startsWith('\uFEFFMã nhiệm vụ,Nhiệm vụ,')).toBe(true);
    expect(csv).toContain('a/2022-h1#t,"Tuyên truyền, vận động",UBND huyện A,huyen-a,');
    expect(csv).toContain('6 tháng cuối năm 2022 (31/12/2022),đã hoàn thành đúng hạn,done-on-time,31/12/2022,');
  });

  it('writes the matrix as one row per unit and half-year', () => {
    const lines = matrixCsv(tracker, catalog).trimEnd().split('\r\n');
    expect(lines[0].startsWith('\uFEFFTỉnh,Đơn vị,')).toBe(true);
    expect(lines.slice(1).map((l) => l.split(',').slice(2, 6))).toContainEqual(['huyen-a', '', '6 tháng cuối năm 2022', '2022-H2']);
  });
});
