import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBody } from '../../src/lib/render/body.ts';
import { classifyHeading, classifyPart, splitSections } from '../../src/lib/briefing/report-sections.ts';
import { projectRoot } from '../helpers/build-site.ts';

const content = join(projectRoot, 'content');
const sectionsOf = (file: string) => {
  const body = readBody(content, `reports/${file}.mdx`);
  return { body, sections: splitSections(body) };
};

describe('classifyHeading reads the kind of section from the words units use', () => {
  it.each([
    ['I. TÌNH HÌNH, KẾT QUẢ CÔNG TÁC HỘI NHẬP QUỐC TẾ 06 THÁNG ĐẦU NĂM 2021', 'results'],
    ['I. Những kết quả đạt được', 'results'],
    ['2. Kết quả thực hiện', 'results'],
    ['II. ĐÁNH GIÁ CHUNG:', 'assessment'],
    ['II. Hạn chế, tồn tại, nguyên nhân', 'assessment'],
    ['III. PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC HỘI NHẬP QUỐC TẾ 06 THÁNG CUỐI NĂM', 'direction'],
    ['III. Phương hướng, nhiệm vụ và dự kiến Kế hoạch công tác đối ngoại 06 tháng cuối năm 2022', 'direction'],
    ['IV. ĐỀ XUẤT, KIẾN NGHỊ:', 'recommendations'],
    ['III. ĐỀ XUẤT KIẾN NGHỊ', 'recommendations'],
    ['BÁO CÁO', 'other'],
  ])('%s → %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe('classifyPart names what an assessment sub-heading covers', () => {
  it.each([
    ['1. Ưu điểm, thuận lợi:', ['strengths']],
    ['2. Tồn tại, hạn chế và nguyên nhân', ['limitations', 'causes']],
    ['2. Khó khăn, hạn chế', ['limitations']],
    ['3. Nguyên nhân của tồn tại, hạn chế:', ['causes']],
    ['4. Giải pháp khắc phục:', ['solutions']],
    ['II. ĐÁNH GIÁ CHUNG', []],
  ])('%s → %j', (heading, kinds) => {
    expect(classifyPart(heading)).toEqual(kinds);
  });
});

/** Each seed, as transcribed under content/reports: its sections, in order, as kind and title. */
const seeds: [string, string, [string, string][]][] = [
  ['000', 'quang-ngai/binh-son/2022-h1-hoi-nhap', [
    ['other', ''],
    ['results', 'I. KẾT QUẢ TRIỂN KHAI CÔNG TÁC HỘI NHẬP QUỐC TẾ 6 THÁNG ĐẦU NĂM 2022'],
    ['assessment', 'II. ĐÁNH GIÁ CHUNG'],
    ['direction', 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC HỘI NHẬP QUỐC TẾ TRONG 6 THÁNG CUỐI NĂM 2022'],
  ]],
  ['001', 'quang-ngai/bcd-hnqt-quang-ngai/2021-h1-hoi-nhap', [
    ['other', ''],
    ['results', 'I. TÌNH HÌNH, KẾT QUẢ CÔNG TÁC HỘI NHẬP QUỐC TẾ 06 THÁNG ĐẦU NĂM 2021 TRÊN ĐỊA BÀN TỈNH QUẢNG NGÃI'],
    ['assessment', 'II. ĐÁNH GIÁ CHUNG'],
    ['direction', 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC HỘI NHẬP QUỐC TẾ 06 THÁNG CUỐI NĂM'],
    ['recommendations', 'IV. ĐỀ XUẤT, KIẾN NGHỊ'],
  ]],
  ['002', 'quang-ngai/binh-son/2023-doi-ngoai-nhan-dan', [
    ['other', ''],
    ['results', 'I. KẾT QUẢ TRIỂN KHAI THỰC HIỆN'],
    ['assessment', 'II. ĐÁNH GIÁ CHUNG'],
    ['recommendations', 'III. ĐỀ XUẤT KIẾN NGHỊ'],
  ]],
  ['003', 'quang-ngai/so-cong-thuong-quang-ngai/2011-2021-chi-thi-04', [
    ['other', ''],
    ['results', '2. Kết quả thực hiện'],
  ]],
  ['004', 'thanh-hoa/trieu-son/2022-h1-doi-ngoai', [
    ['other', ''],
    ['results', 'I. Những kết quả đạt được'],
    ['assessment', 'II. Hạn chế, tồn tại, nguyên nhân'],
    ['direction', 'III. Phương hướng, nhiệm vụ và dự kiến Kế hoạch công tác đối ngoại 06 tháng cuối năm 2022'],
  ]],
];

describe.each(seeds)('seed %s (%s) splits into its sections', (_seed, file, expected) => {
  const { body, sections } = sectionsOf(file);

  it('in order, each with its kind and heading', () => {
    expect(sections.map((s) => [s.kind, s.title])).toEqual(expected);
  });

  it('leaves out the signature block and the list of recipients', () => {
    const last = body.slice(sections.at(-1)!.start, sections.at(-1)!.end);
    expect(last).not.toMatch(/Nơi nhận/);
    expect(last).not.toMatch(/kính báo cáo\s*\.\/\./i);
  });

  it('covers the body in order without overlaps', () => {
    sections.slice(1).forEach((s, i) => expect(s.start).toBe(sections[i].end));
  });
});

describe('assessment parts', () => {
  const partsOf = (file: string) => sectionsOf(file).sections.find((s) => s.kind === 'assessment')!.parts.map((p) => [p.title, p.kinds]);

  it('splits 001 into ưu điểm, tồn tại, nguyên nhân and giải pháp', () => {
    expect(partsOf('quang-ngai/bcd-hnqt-quang-ngai/2021-h1-hoi-nhap')).toEqual([
      ['1. Ưu điểm, thuận lợi', ['strengths']],
      ['2. Tồn tại, hạn chế; cảnh báo một số bất lợi của dự án FDI', ['limitations']],
      ['Cảnh báo một số bất lợi từ khu vực đầu tư trực tiếp nước ngoài (FDI)', ['limitations']],
      ['3. Nguyên nhân của tồn tại, hạn chế', ['causes']],
      ['4. Giải pháp khắc phục', ['solutions']],
    ]);
  });

  it('finds the causes 002 gives in a bold "Nguyên nhân:" paragraph', () => {
    const { body, sections } = sectionsOf('quang-ngai/binh-son/2023-doi-ngoai-nhan-dan');
    const parts = sections.find((s) => s.kind === 'assessment')!.parts;
    expect(parts.map((p) => p.kinds)).toEqual([['strengths'], ['limitations'], ['causes']]);
    expect(body.slice(parts[2].start, parts[2].end)).toContain('Cán bộ, công chức làm công tác đối ngoại nhân dân kiêm nhiệm');
    expect(body.slice(parts[1].start, parts[1].end)).not.toContain('Cán bộ, công chức làm công tác đối ngoại nhân dân kiêm nhiệm');
  });

  it('reads 004\'s single "Hạn chế, tồn tại, nguyên nhân" section as limitations and causes', () => {
    expect(partsOf('thanh-hoa/trieu-son/2022-h1-doi-ngoai')).toEqual([['', ['limitations', 'causes']]]);
  });
});

describe('bodies other than the seeds', () => {
  it('reads bold numbered paragraphs as headings when a draft has no # headings', () => {
    const body = 'Mở đầu.\n\n**I. Kết quả đạt được**\n\nĐã làm.\n\n**II. Phương hướng, nhiệm vụ**\n\nSẽ làm.\n\n**Nơi nhận:**\n\n- Như trên;\n';
    expect(splitSections(body).map((s) => [s.kind, s.title])).toEqual([['other', ''], ['results', 'I. Kết quả đạt được'], ['direction', 'II. Phương hướng, nhiệm vụ']]);
    expect(body.slice(splitSections(body)[2].contentStart, splitSections(body)[2].end).trim()).toBe('Sẽ làm.');
  });

  it('keeps a body with no recognisable section whole, as other', () => {
    const sections = splitSections('Một đoạn văn.\n\nĐoạn thứ hai.\n');
    expect(sections.map((s) => s.kind)).toEqual(['other']);
  });

  it('returns nothing for an empty body', () => {
    expect(splitSections('')).toEqual([]);
  });
});
