import { describe, expect, it } from 'vitest';
import { letterAnswers } from '../../src/lib/letters/answers.ts';
import { planSkeletons } from '../../src/lib/letters/skeleton.ts';
import { dutyObligations } from '../../src/lib/tracker/duties.ts';
import { document, knowledgeBase, report, unit } from '../helpers/kb-model.ts';

const units = [
  unit({ id: 'tinh-a', name: 'UBND tỉnh A', level: 'tinh', province: 'tinh-a' }),
  unit({ id: 'so-ngoai-vu-a', name: 'Sở Ngoại vụ tỉnh A', level: 'so', province: 'tinh-a' }),
  unit({ id: 'so-cong-thuong-a', name: 'Sở Công Thương tỉnh A', level: 'so', province: 'tinh-a' }),
  unit({ id: 'huyen-a', name: 'UBND huyện A', level: 'huyen', province: 'tinh-a', until: '2025-06-30', successors: ['xa-b'] }),
  unit({ id: 'xa-b', name: 'UBND xã B', level: 'xa', province: 'tinh-a', from: '2025-07-01' }),
];
const standing = document('cv-1-2025', {
  number: '1/SNgV', issuerUnit: 'so-ngoai-vu-a', issued: '2025-01-05', subject: 'Về việc báo cáo định kỳ công tác đối ngoại',
  duties: [{ id: 'tra-loi', title: 'Báo cáo định kỳ', levels: ['huyen', 'so'], provinces: ['tinh-a'], frequency: 'half-year', dueOn: { H1: '06-15', H2: '12-15' } }],
  outline: [{ number: 'I', title: 'Kết quả', level: 1 }, { number: 'a', title: 'Tuyên truyền', level: 3 }],
});

describe('kb skeleton, the plan', () => {
  it('a standing duty drafts the half containing the as-of day, for each unit of its levels but the issuer', () => {
    const plan = planSkeletons(knowledgeBase({ units, documents: [standing] }), 'cv-1-2025', { asOf: '2025-03-01' });
    expect(plan.drafts.map((d) => d.path)).toEqual(['reports/tinh-a/so-cong-thuong-a/2025-h1-tra-loi-cv-1-2025.mdx', 'reports/tinh-a/huyen-a/2025-h1-tra-loi-cv-1-2025.mdx']);
    expect(plan.drafts[0].mdx).toContain('# Hạn gửi: 15/06/2025.');
    expect(plan.drafts[0].mdx).toMatch(/\n## I\. Kết quả\n\n_\(chưa viết\)_\n\n#### a\) Tuyên truyền\n\n_\(chưa viết\)_\n$/);
  });

  it('after the district ceased, its draft is not written and the note names its successor', () => {
    const plan = planSkeletons(knowledgeBase({ units, documents: [standing] }), 'cv-1-2025', { asOf: '2025-08-01', unit: 'huyen-a' });
    expect(plan.drafts).toEqual([]);
    expect(plan.notes).toEqual(['UBND huyện A dừng hoạt động sau 30/06/2025, trước kỳ phải báo cáo; đơn vị kế thừa: xa-b']);
    // A named unit that ceased before the report fell due: the note says so, and who carries on.
    const named = document('cv-4-2025', { number: '4/SNgV', issued: '2025-06-01', duties: [{ id: 'd', title: 'D', units: ['huyen-a'], frequency: 'once', period: '2025-H1', due: '2025-07-15' }] });
    const late = planSkeletons(knowledgeBase({ units, documents: [named] }), 'cv-4-2025', { asOf: '2025-06-05' });
    expect(late.notes).toEqual(['UBND huyện A dừng hoạt động sau 30/06/2025: báo cáo chuyển cho xa-b']);
    expect(late.drafts.map((d) => d.path)).toEqual(['reports/tinh-a/xa-b/2025-h1-tra-loi-cv-4-2025.mdx']);
  });

  it('a unit that answered already gets no draft; a letter without duties is refused', () => {
    const answered = report('tinh-a/so-cong-thuong-a/2025-h1', { unit: 'so-cong-thuong-a', period: '2025-H1', issued: '2025-06-10', request: 'cv-1-2025' });
    const plan = planSkeletons(knowledgeBase({ units, documents: [standing], reports: [answered] }), 'cv-1-2025', { asOf: '2025-03-01', unit: 'so-cong-thuong-a' });
    expect(plan.drafts).toEqual([]);
    expect(plan.notes[0]).toBe('Sở Công Thương tỉnh A đã có báo cáo trả lời: reports/tinh-a/so-cong-thuong-a/2025-h1.mdx');
    const bare = document('cv-2-2025', { number: '2/SNgV' });
    expect(planSkeletons(knowledgeBase({ units, documents: [bare] }), 'cv-2-2025', { asOf: '2025-03-01' }).refusal).toMatch(/chưa ghi nghĩa vụ báo cáo/);
  });
});

describe('who answered a letter', () => {
  it('groups the letter\'s own obligations: answered, answered late, overdue, not yet', () => {
    const once = document('cv-3-2024', {
      number: '3/SNgV', issuerUnit: 'so-ngoai-vu-a', issued: '2024-06-01',
      duties: [{ id: 'tra-loi', title: 'Trả lời', levels: ['so', 'huyen'], provinces: ['tinh-a'], frequency: 'once', period: '2024-H1', due: '2024-06-20' }],
    });
    const late = report('tinh-a/huyen-a/2024-h1', { unit: 'huyen-a', period: '2024-H1', issued: '2024-06-25', request: 'cv-3-2024' });
    const kb = knowledgeBase({ units, documents: [once], reports: [late] });
    const groups = letterAnswers('cv-3-2024', dutyObligations(kb, '2024-06-30'));
    expect(Object.fromEntries(groups.map((g) => [g.key, g.obligations.map((o) => o.unit)]))).toEqual({
      answered: [], 'answered-late': ['huyen-a'], overdue: ['so-cong-thuong-a'], waiting: [], ended: [],
    });
    const early = letterAnswers('cv-3-2024', dutyObligations(kb, '2024-06-10'));
    expect(early.find((g) => g.key === 'waiting')!.obligations.map((o) => o.unit)).toEqual(['so-cong-thuong-a', 'huyen-a']);
  });
});
