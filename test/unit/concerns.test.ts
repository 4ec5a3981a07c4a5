import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/kb/catalog.ts';
import { buildTracker } from '../../src/lib/tracker/tracker.ts';
import { document, knowledgeBase, report, unit } from '../helpers/kb-model.ts';

const ct12 = document('ct-12-2022', { number: '12-CT/TW', kind: 'chi-thi', issuer: 'Ban Bí thư', issued: '2022-01-05', subject: 'Về đối ngoại nhân dân', guidance: ['kh-92-2022'] });
const kh92 = document('kh-92-2022', { number: '92/KH-UBND', kind: 'ke-hoach', issuer: 'UBND tỉnh A', issued: '2022-06-03', subject: 'Triển khai Chỉ thị 12' });
const letter = document('cv-1353-2023', {
  number: '1353/SNgV-ĐN', issued: '2023-11-09',
  subject: 'Về việc báo cáo tình hình thực hiện Kế hoạch số 92/KH-UBND ngày 03/6/2022 của UBND tỉnh A',
  duties: [{ id: 'tra-loi', title: 'Báo cáo theo Công văn 1353', units: ['huyen-a'], frequency: 'once', period: '2023' }],
});
const other = document('cv-7-2023', { number: '7/SNgV', issued: '2023-01-03', subject: 'Về việc báo cáo kết quả hội nhập quốc tế năm 2022' });

describe('what a document is about', () => {
  it('reads the documents its trích yếu cites, and the directive a cited plan guides', () => {
    const catalog = buildCatalog(knowledgeBase({ documents: [ct12, kh92, letter, other] }));
    expect(catalog.concerns('cv-1353-2023')).toEqual(['kh-92-2022', 'ct-12-2022']);
    expect(catalog.concerns('cv-7-2023')).toEqual([]);
  });

  it('counts a letter\'s reporting duty under the directive it asks about, answered or not', () => {
    const answer = report('a/2023-doi-ngoai', { period: '2023', issued: '2023-12-20', request: 'cv-1353-2023', directives: ['ct-12-2022'] });
    for (const [reports, status] of [[[], 'no-due'], [[answer], 'received']] as const) {
      const catalog = buildCatalog(knowledgeBase({ units: [unit({ id: 'huyen-a' })], documents: [ct12, kh92, letter, other], reports: [...reports] }));
      const tracker = buildTracker(catalog, '2024-03-31');
      expect(tracker.obligationsUnder('ct-12-2022').map((o) => [o.document, o.unit, o.status])).toEqual([['cv-1353-2023', 'huyen-a', status]]);
      expect(tracker.obligationsUnder('cv-7-2023')).toEqual([]);
    }
  });
});
