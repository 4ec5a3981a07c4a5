import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/kb/catalog.ts';
import { buildTracker } from '../../src/lib/tracker/tracker.ts';
import { periodAnchor } from '../../src/lib/tracker/matrix.ts';
import { document, knowledgeBase, report, unit } from '../helpers/kb-model.ts';

const kb = knowledgeBase({
  units: [
    unit({ id: 'tinh-a', name: 'UBND tỉnh A', level: 'tinh', province: 'tinh-a' }),
    unit({ id: 'huyen-a', name: 'UBND huyện A', province: 'tinh-a', until: '2025-06-30', successors: ['xa-a1'] }),
    unit({ id: 'xa-a1', name: 'UBND xã A1', level: 'xa', province: 'tinh-a', from: '2025-07-01' }),
    unit({ id: 'tinh-b', name: 'UBND tỉnh B', level: 'tinh', province: 'tinh-b' }),
    unit({ id: 'huyen-b', name: 'UBND huyện B', province: 'tinh-b' }),
  ],
  documents: [
    document('nq-1', { kind: 'nghi-quyet' }),
    document('cv-1', { issued: '2021-04-01', duties: [{ id: 'tra-loi', title: 'Trả lời', units: ['huyen-b'], frequency: 'once', period: '2011-2021' }] }),
    document('cv-2', { issued: '2024-01-05', duties: [{ id: 'nam', title: 'Năm', units: ['huyen-a'], frequency: 'once', period: '2023', due: '2024-01-20' }] }),
  ],
  reports: [
    report('a/2024-h2', { unit: 'huyen-a', period: '2024-H2', issued: '2024-12-20', directives: ['nq-1'], tasks: [
      { id: 'qua-han', title: 'Q', due: '2025-H1' },
      { id: 'dung-han', title: 'D', due: '2025-H1' },
      { id: 'khong-han', title: 'K' },
      { id: 'dung', title: 'Dừng', due: '2025-H1', directive: 'cv-2' },
    ] }),
    report('a/2025-h1', { unit: 'huyen-a', period: '2025-H1', issued: '2025-06-20', progress: [
      { task: 'a/2024-h2#dung-han', status: 'done' },
      { task: 'a/2024-h2#dung', status: 'dropped' },
    ] }),
    report('b/2011-2021', { unit: 'huyen-b', period: '2011-2021', issued: '2021-04-10', request: 'cv-1', tasks: [{ id: 'x', title: 'X', due: '2022-03-31' }, { id: 'y', title: 'Y', due: '2025-H2' }] }),
  ],
});
const tracker = buildTracker(buildCatalog(kb), '2025-09-30');
const { matrix } = tracker;
const row = (id: string) => matrix.groups.flatMap((g) => g.rows).find((r) => r.unit.id === id)!;

describe('the matrix', () => {
  it('has only the half-years that hold something, in order', () => {
    expect(matrix.columns.map((c) => c.id)).toEqual(['2021-H2', '2022-H1', '2023-H2', '2024-H2', '2025-H1', '2025-H2']);
  });

  it('groups units by province, in the order given, leaving out units with nothing', () => {
    expect(matrix.groups.map((g) => [g.province, g.rows.map((r) => r.unit.id)])).toEqual([
      ['tỉnh A', ['huyen-a']],
      ['tỉnh B', ['huyen-b']],
    ]);
  });

  it('puts a task in the half-year of its due day, and one without a due in its report\'s', () => {
    expect(row('huyen-a').cells.get('2025-H1')!.tasks.map((s) => s.task.id)).toEqual(['qua-han', 'dung-han', 'dung']);
    expect(row('huyen-a').cells.get('2024-H2')!.tasks.map((s) => s.task.id)).toEqual(['khong-han']);
  });

  it('puts an owed report in the half-year its period ends: a year in H2, 2011–2021 in 2021-H2', () => {
    expect(row('huyen-b').cells.get('2021-H2')!.obligations.map((o) => o.status)).toEqual(['received']);
    expect(row('huyen-a').cells.get('2023-H2')!.obligations.map((o) => o.status)).toEqual(['overdue']);
  });

  it('words each cell line with a count and the government\'s words, a dropped task apart', () => {
    expect(row('huyen-a').cells.get('2025-H1')!.items.map((i) => [i.status, i.text])).toEqual([
      ['overdue', '1 nhiệm vụ chưa hoàn thành, quá hạn (không có báo cáo từ khi đến hạn)'],
      ['done-on-time', '1 nhiệm vụ đã hoàn thành đúng hạn'],
      ['dropped', '1 nhiệm vụ không tiếp tục thực hiện'],
    ]);
    expect(row('huyen-b').cells.get('2021-H2')!.items.map((i) => i.text)).toEqual(['1 báo cáo đã có, chưa rõ hạn']);
  });

  it('keeps, per counted item, the documents it answers to, for the directive filter', () => {
    const items = row('huyen-a').cells.get('2025-H1')!.items;
    expect(items.find((i) => i.status === 'dropped')!.directives).toEqual([['cv-2']]);
    expect(items.find((i) => i.status === 'overdue')!.directives).toEqual([['nq-1']]);
    // The overdue line knows its kind of late, for its colour.
    expect(items.find((i) => i.status === 'overdue')!.basis).toBe('no-report-since');
  });

  it('marks a ceased unit and the half-years after it ceased', () => {
    expect(row('huyen-a').ceasedOn).toBe('2025-06-30');
    const after = row('huyen-a').cells.get('2025-H2')!;
    expect(after.afterCeased).toBe(true);
    expect(after.items.map((i) => i.text)).toEqual(['đơn vị đã dừng hoạt động']);
    expect(row('huyen-a').cells.get('2025-H1')!.afterCeased).toBe(false);
  });

  it('rolls each province up per column', () => {
    const totals = matrix.groups[0].totals.get('2025-H1')!;
    expect(totals.map((t) => t.text)).toEqual(['1 nhiệm vụ chưa hoàn thành, quá hạn (không có báo cáo từ khi đến hạn)', '1 nhiệm vụ đã hoàn thành đúng hạn', '1 nhiệm vụ không tiếp tục thực hiện']);
    expect(matrix.groups[0].totals.get('2025-H2')).toEqual([]);
  });

  it('hands a ceased unit\'s open tasks to its known successor', () => {
    expect(tracker.inheritedBy('xa-a1').map((s) => s.task.id).sort()).toEqual(['khong-han', 'qua-han']);
  });

  it('links each cell to the unit page section of its half-year', () => {
    expect(periodAnchor('2025-H1')).toBe('ky-2025-h1');
  });
});
