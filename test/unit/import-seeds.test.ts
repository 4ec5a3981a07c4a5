import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load.ts';
import { checkBodySafety } from '../../src/lib/content/mdx-safety.ts';
import { analyseReport } from '../../src/lib/import/analyse.ts';
import { fixturesDir } from '../helpers/content-folder.ts';
import { projectRoot } from '../helpers/build-site.ts';

/** The five seed reports as staff received them (000 is raw PDF text; 004 has no header). */
const seed = (n: number) => readFileSync(join(fixturesDir, 'citations', `seed-00${n}`, 'input.txt'), 'utf8');
const { kb } = loadKnowledgeBase(join(projectRoot, 'content'));

describe.each([
  [0, { number: undefined, symbol: 'BC-UBND', issued: '2022', place: 'Bình Sơn', unit: 'binh-son', period: '2022-H1', kind: 'bao-cao', request: 'cv-435-2022' }],
  [1, { number: undefined, symbol: 'BC-BCĐ', issued: '2021-06', place: 'Quảng Ngãi', unit: 'bcd-hnqt-quang-ngai', period: '2021-H1', kind: 'bao-cao', request: undefined }],
  [2, { number: undefined, symbol: 'BC-UBND', issued: '2023', place: 'Bình Sơn', unit: 'binh-son', period: '2023', kind: 'bao-cao', request: 'cv-1353-2023' }],
  [3, { number: undefined, symbol: 'SCT-VP', issued: '2021-04-02', place: 'Quảng Ngãi', unit: 'so-cong-thuong-quang-ngai', period: '2011-2021', kind: 'cong-van', request: 'cv-2016-2021' }],
  [4, { number: undefined, symbol: undefined, issued: undefined, place: undefined, unit: 'trieu-son', period: '2022-H1', kind: 'bao-cao', request: 'cv-559-2022' }],
])('seed %i', (n, expected) => {
  const found = analyseReport(seed(n), kb);

  it('reads number, date, place, unit, period, kind and the request exactly', () => {
    const { number, symbol, issued, place, unit, period, kind, request } = found;
    expect({ number, symbol, issued, place, unit, period, kind, request }).toEqual(expected);
  });

  it('keeps every word of the text, adds none, and the body is safe MDX', () => {
    const words = (text: string) => (text.replace(/<\/?sup>/g, ' ').normalize('NFC').match(/\p{L}+/gu) ?? []).sort();
    expect(words(found.body)).toEqual(words(seed(n)));
    expect(checkBodySafety(found.body, 'x.mdx', 1)).toEqual([]);
  });
});

describe('what the seeds say beyond the header', () => {
  it('seed 000: title joined across PDF lines, signer, recipients, footnotes as [^n], six tasks due 2022-H2', () => {
    const found = analyseReport(seed(0), kb);
    expect(found.title).toBe('Tình hình, kết quả triển khai công tác hội nhập quốc tế trên địa bàn huyện 06 tháng đầu năm 2022, phương hướng nhiệm vụ 06 tháng cuối năm 2022');
    expect(found.signer).toEqual({ name: 'Phạm Quang Sự', capacity: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] });
    expect(found.recipients).toEqual(['Như trên;', 'CT, PCT (VX) UBND huyện;', 'Các phòng, ban thuộc huyện;', 'VPH: C, PCVP, CVĐNMN, Web;', 'Lưu VT.']);
    expect(found.recipient).toBe('Sở Ngoại vụ');
    expect(found.directives).toEqual(['nq-22-2013']);
    expect(found.body).toContain('hội nhập quốc tế[^1] bằng nhiều hình thức');
    expect(found.body).toMatch(/\n\[\^1\]: Quyết định số 590\/QĐ-UBND ngày 24\/4\/2014/);
    expect(found.body).toContain('## III. PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC HỘI NHẬP QUỐC TẾ TRONG 6 THÁNG CUỐI NĂM 2022');
    expect(found.tasks.map((t) => [t.title.slice(0, 30), t.due, t.kind])).toEqual([
      ['Tiếp tục đẩy mạnh công tác tuy', '2022-H2', 'direction'],
      ['Kịp thời phổ biến những vấn đề', '2022-H2', 'direction'],
      ['Tăng cường, đẩy mạnh hoạt động', '2022-H2', 'direction'],
      ['Tiếp tục đẩy mạnh ứng dụng tiế', '2022-H2', 'direction'],
      ['Tiếp tục cải thiện môi trường ', '2022-H2', 'direction'],
      ['Tiếp tục chỉ đạo các cơ quan l', '2022-H2', 'direction'],
    ]);
  });

  it('seed 001: the plan "6 tháng cuối năm" follows the report\'s own year; requests go to the central bodies', () => {
    const found = analyseReport(seed(1), kb);
    const directions = found.tasks.filter((t) => t.kind === 'direction');
    expect(directions.length).toBeGreaterThanOrEqual(9);
    expect(new Set(directions.map((t) => t.due))).toEqual(new Set(['2021-H2']));
    expect(found.tasks.filter((t) => t.kind === 'request').map((t) => t.owner)).toEqual(['bo-nganh-trung-uong', 'bo-nganh-trung-uong', 'bo-nganh-trung-uong']);
    expect(found.signer?.name).toBe('Nguyễn Viết Vy');
  });

  it('seed 002: requests addressed to the Sở Ngoại vụ, lead-ins left out, no due date invented', () => {
    const found = analyseReport(seed(2), kb);
    expect(found.tasks.map((t) => [t.kind, t.owner, t.due])).toEqual([
      ['request', 'so-ngoai-vu-quang-ngai', undefined],
      ['request', 'so-ngoai-vu-quang-ngai', undefined],
      ['request', 'so-ngoai-vu-quang-ngai', undefined],
    ]);
    expect(found.directives).toEqual(expect.arrayContaining(['kh-92-2022', 'ct-12-2022']));
  });

  it('seed 003: a công văn titled "Về việc …"; a ten-year review spans the directive\'s years', () => {
    const found = analyseReport(seed(3), kb);
    expect(found.title).toBe('Về việc báo cáo tổng kết 10 năm thực hiện Chỉ thị 04-CT/TW của Ban Bí thư Khóa XI về công tác đối ngoại nhân dân');
    expect(found.evidence.period).toContain('06/7/2011');
    expect(found.signer).toEqual({ name: 'Võ Văn Rân', capacity: ['GIÁM ĐỐC'] });
    expect(found.directives).toContain('ct-04-2011');
  });

  it('seed 004 (no header): invents no number, symbol, date or place', () => {
    const found = analyseReport(seed(4), kb);
    expect([found.number, found.symbol, found.issued, found.place, found.recipient]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(found.title).toBe('Kết quả công tác đối ngoại 6 tháng đầu năm và Kế hoạch hoạt động đối ngoại 6 tháng cuối năm 2022');
    expect(found.tasks.map((t) => t.due)).toEqual(['2022-H2', '2022-H2']);
  });
});
