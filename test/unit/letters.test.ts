import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load.ts';
import { resolveAddressees } from '../../src/lib/letters/addressees.ts';
import { readDeadline } from '../../src/lib/letters/deadline.ts';
import { readOutline } from '../../src/lib/letters/outline.ts';
import { isRequestLetter, readRequestLetter } from '../../src/lib/letters/read-letter.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { unit } from '../helpers/kb-model.ts';
import { CV_1353, CV_435, CV_559, letterText, STANDING } from '../fixtures/letters/forms.ts';

const { kb } = loadKnowledgeBase(join(projectRoot, 'content'));

describe('a request letter read into its duty', () => {
  it('Công văn 435: levels in the letter\'s province, the one-off deadline, the period and the body outline', () => {
    const letter = readRequestLetter(CV_435, kb);
    expect(letter).toMatchObject({ number: '435/SNgV-HTHQ', issued: '2022-06-08', issuerUnit: 'so-ngoai-vu-quang-ngai', period: '2022-H1' });
    expect(letter.duty).toMatchObject({ units: [], levels: ['huyen', 'so'], provinces: ['quang-ngai'], frequency: 'once', period: '2022-H1', due: '2022-06-20', to: 'Sở Ngoại vụ tỉnh Quảng Ngãi' });
    expect(letter.outline.map((i) => `${i.level} ${i.number}. ${i.title}`)).toEqual([
      '1 I. KẾT QUẢ TRIỂN KHAI CÔNG TÁC HỘI NHẬP QUỐC TẾ', '2 1. Công tác tuyên truyền, phổ biến', '2 2. Hội nhập kinh tế quốc tế',
      '2 3. Hội nhập trong các lĩnh vực văn hóa, xã hội', '1 II. ĐÁNH GIÁ CHUNG', '1 III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2022', '1 IV. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    expect(letter.missing).toEqual([]);
  });

  it('Công văn 559: a named district, a deadline in words, no outline listed as missing', () => {
    const letter = readRequestLetter(CV_559, kb);
    expect(letter.duty).toMatchObject({ units: ['trieu-son'], levels: [], frequency: 'once', period: '2022-H1', due: '2022-06-10', to: 'Sở Ngoại vụ tỉnh Thanh Hóa' });
    expect(letter.missing).toEqual(['outline']);
  });

  it('Công văn 1353: named units, the documents its trích yếu names, the appendix outline', () => {
    const letter = readRequestLetter(CV_1353, kb);
    expect(letter.duty).toMatchObject({ units: ['binh-son', 'so-cong-thuong-quang-ngai'], period: '2023', due: '2023-11-30' });
    expect(letter.concerns).toEqual(['kh-92-2022', 'ct-12-2022']);
    expect(letter.outline.map((i) => i.title)).toEqual(['KẾT QUẢ TRIỂN KHAI THỰC HIỆN', 'Công tác lãnh đạo, chỉ đạo', 'Kết quả thực hiện các nhiệm vụ', 'ĐÁNH GIÁ CHUNG', 'ĐỀ XUẤT KIẾN NGHỊ']);
  });

  it('a standing letter: "định kỳ 6 tháng, trước ngày 15/6 và 15/12" becomes a half-yearly rule', () => {
    const letter = readRequestLetter(STANDING, kb);
    expect(letter.duty).toMatchObject({ frequency: 'half-year', dueOn: { H1: '06-15', H2: '12-15' }, levels: ['huyen'], provinces: ['quang-ngai'] });
    expect(letter.duty).not.toHaveProperty('period');
  });

  it('tells a request from a reply that cites one', () => {
    expect([CV_435, CV_559, CV_1353, STANDING].map(isRequestLetter)).toEqual([true, true, true, true]);
    const reply = letterText({
      issuer: ['ỦY BAN NHÂN DÂN', 'HUYỆN BÌNH SƠN'], number: 'Số: 150/UBND', subject: ['V/v báo cáo công tác hội nhập quốc tế'], dateLine: 'Bình Sơn, ngày 15 tháng 6 năm 2022',
      recipient: ['Kính gửi: Sở Ngoại vụ.'],
      body: ['Theo đề nghị của Sở Ngoại vụ tại Công văn số 435/SNgV-HTHQ ngày 08/6/2022 về việc báo cáo tình hình, kết quả triển khai công tác hội nhập quốc tế 06 tháng đầu năm 2022; UBND huyện Bình Sơn kính báo cáo như sau:'],
    });
    expect(isRequestLetter(reply)).toBe(false);
    // A letter asking for the report "cụ thể như sau" is still a request.
    expect(isRequestLetter(CV_559.replace(', gửi về Sở Ngoại vụ chậm nhất', ', cụ thể như sau: gửi về Sở Ngoại vụ chậm nhất'))).toBe(true);
  });

  it.each([0, 1, 2, 3, 4])('seed report %i, whatever its kind, is not taken for a request letter', (n) => {
    expect(isRequestLetter(readFileSync(join(projectRoot, 'test/fixtures/citations', `seed-00${n}`, 'input.txt'), 'utf8'))).toBe(false);
  });
});

describe('bad letters: empty and named, never guessed', () => {
  const base = { subject: ['V/v báo cáo công tác đối ngoại năm 2022'], dateLine: 'Quảng Ngãi, ngày 01 tháng 12 năm 2022' };

  it('no addressee and no deadline: the duty owes nothing and both are listed', () => {
    const letter = readRequestLetter(letterText({ ...base, body: ['Sở Ngoại vụ đề nghị các cơ quan báo cáo công tác đối ngoại năm 2022.'] }), kb);
    expect(letter.missing).toEqual(expect.arrayContaining(['addressees', 'deadline', 'outline']));
    expect(letter.duty).not.toHaveProperty('due');
    expect(letter.notes.join('\n')).toMatch(/không có dòng "Kính gửi"/);
  });

  it('a deadline before the letter\'s own date is refused and named', () => {
    const letter = readRequestLetter(letterText({ ...base, recipient: ['Kính gửi: UBND huyện Bình Sơn.'], body: ['Sở Ngoại vụ đề nghị UBND huyện báo cáo, gửi về Sở trước ngày 15/11/2022.'] }), kb);
    expect(letter.duty).not.toHaveProperty('due');
    expect(letter.missing).toContain('deadline');
    expect(letter.notes.join('\n')).toMatch(/hạn 15\/11\/2022 .*trước ngày ban hành công văn 01\/12\/2022/);
  });

  it('a district that ceased in 2025 is named with its successor, not kept as an owner', () => {
    const units = [
      ...kb.units,
      unit({ id: 'huyen-x', name: 'UBND huyện X', level: 'huyen', province: 'quang-ngai', until: '2025-06-30', successors: ['xa-y'] }),
      unit({ id: 'xa-y', name: 'UBND xã Y', level: 'xa', province: 'quang-ngai-2025', from: '2025-07-01' }),
    ];
    const found = resolveAddressees('UBND huyện X; UBND huyện Bình Sơn', units, 'quang-ngai-2025', '2025-09-01');
    expect(found.units).toEqual([]);
    expect(found.unresolved).toEqual(['UBND huyện X', 'UBND huyện Bình Sơn']);
    expect(found.notes[0]).toMatch(/"UBND huyện X" \(huyen-x\) không còn hoạt động vào ngày công văn 01\/09\/2025 .*đơn vị kế thừa: UBND xã Y \(xa-y\)/);
    expect(found.notes[1]).toMatch(/Bình Sơn.*chưa rõ đơn vị kế thừa/);
  });

  it('an addressee that matches no unit is kept as printed and named', () => {
    const found = resolveAddressees('Ban Quản lý Khu kinh tế Dung Quất', kb.units, 'quang-ngai', '2022-06-08');
    expect(found).toMatchObject({ units: [], levels: [], unresolved: ['Ban Quản lý Khu kinh tế Dung Quất'] });
  });
});

describe('deadlines as letters write them', () => {
  it.each([
    ['gửi về Sở Ngoại vụ trước ngày 15/6/2022', '2022-06-01', { frequency: 'once', due: '2022-06-15' }],
    ['Báo cáo gửi về Sở chậm nhất ngày 20 tháng 12 năm 2022.', '2022-12-01', { frequency: 'once', due: '2022-12-20' }],
    ['đề nghị báo cáo trước ngày 25/6 để tổng hợp', '2022-06-10', { frequency: 'once', due: '2022-06-25' }],
    ['báo cáo định kỳ hằng năm, gửi về Sở Ngoại vụ trước ngày 15/12', '2022-01-10', { frequency: 'year', dueOn: '12-15' }],
    ['báo cáo định kỳ 6 tháng, trước ngày 15/6 và 15/12', '2022-01-10', { frequency: 'half-year', dueOn: { H1: '06-15', H2: '12-15' } }],
    ['Báo cáo gửi về Sở Ngoại vụ trước 17h00 ngày 15/6/2022 qua hệ thống quản lý văn bản', '2022-06-01', { frequency: 'once', due: '2022-06-15' }],
    ['Thời hạn gửi báo cáo: ngày 20/6/2022.', '2022-06-01', { frequency: 'once', due: '2022-06-20' }],
    ['Báo cáo gửi về Sở chậm nhất vào ngày 30 tháng 6 năm 2022.', '2022-06-01', { frequency: 'once', due: '2022-06-30' }],
    ['đề nghị báo cáo trước ngày 10/01 để tổng hợp', '2022-12-20', { frequency: 'once', due: '2023-01-10' }],
    ['báo cáo định kỳ 6 tháng (gửi trước ngày 15/6) và báo cáo năm (gửi trước ngày 15/12)', '2022-01-10', { frequency: 'half-year', dueOn: { H1: '06-15', H2: '12-15' } }],
  ])('%s', (text, issued, expected) => {
    expect(readDeadline(text, issued)).toMatchObject(expected);
  });

  it('a date that is not about the report, or no date at all, sets no deadline', () => {
    expect(readDeadline('Thực hiện Công văn số 12/UBND ngày 05/01/2022 của UBND tỉnh về công tác đối ngoại.', '2022-06-01')).toEqual({ notes: [] });
    expect(readDeadline('Đề nghị các đơn vị báo cáo sớm.', '2022-06-01').due).toBeUndefined();
  });

  it('a deadline without its year takes the letter\'s year and says so', () => {
    expect(readDeadline('đề nghị báo cáo trước ngày 25/6', '2022-06-10').notes[0]).toMatch(/không ghi năm; lấy năm của công văn \(2022\)/);
  });
});

describe('outlines in their forms', () => {
  const lines = (texts: string[]) => texts.map((text, block) => ({ text, block }));

  it('a table outline (STT | Nội dung) is read row by row, with a note naming the paragraph', () => {
    const table = ['| STT | Nội dung | Ghi chú |', '| --- | --- | --- |', '| I | Kết quả thực hiện | |', '| 1 | Công tác tuyên truyền | |', '| II | Đề xuất, kiến nghị | |'];
    const outline = readOutline([{ text: 'ĐỀ CƯƠNG BÁO CÁO', block: 0 }, ...table.map((text) => ({ text, block: 1 }))]);
    expect(outline.notes[0]).toMatch(/dạng bảng \(đoạn 2\)/);
    expect(outline.items.map((i) => `${i.level} ${i.number} ${i.title}`)).toEqual(['1 I Kết quả thực hiện', '2 1 Công tác tuyên truyền', '1 II Đề xuất, kiến nghị']);
  });

  it('an outline heading with nothing numbered under it is named, not guessed', () => {
    const outline = readOutline(lines(['ĐỀ CƯƠNG BÁO CÁO', 'Các đơn vị báo cáo đầy đủ kết quả và kiến nghị.']));
    expect(outline.items).toEqual([]);
    expect(outline.notes[0]).toMatch(/không đọc được mục nào/);
  });

  it('a letter without an outline has none', () => {
    expect(readOutline(lines(['Đề nghị các đơn vị báo cáo.', 'Trân trọng./.'])).items).toEqual([]);
  });
});

describe('an outline in Word\'s automatic numbering', () => {
  it('numbers that restart lose their counted values; capitals are the main sections; a note says so', () => {
    const texts = ['ĐỀ CƯƠNG BÁO CÁO', '1. KẾT QUẢ THỰC HIỆN', '1. Công tác tuyên truyền', '2. Hợp tác quốc tế', '2. ĐỀ XUẤT, KIẾN NGHỊ'];
    const outline = readOutline(texts.map((text, block) => ({ text, block })));
    expect(outline.items).toEqual([
      { title: 'KẾT QUẢ THỰC HIỆN', level: 1 }, { title: 'Công tác tuyên truyền', level: 2 }, { title: 'Hợp tác quốc tế', level: 2 }, { title: 'ĐỀ XUẤT, KIẾN NGHỊ', level: 1 },
    ]);
    expect(outline.notes[0]).toMatch(/đánh số tự động .*để trống; mục viết hoa được xem là phần lớn/);
  });

  it('numbers 1, 2, 3 in order stay as printed', () => {
    const texts = ['Đề nghị báo cáo theo các nội dung sau:', '1. Kết quả', '2. Hạn chế', '3. Kiến nghị'];
    expect(readOutline(texts.map((text, block) => ({ text, block }))).items.map((i) => i.number)).toEqual(['1', '2', '3']);
  });
});

describe('addressees as letters list them', () => {
  it.each([
    ['UBND huyện Bình Sơn, Sở Công Thương', { units: ['binh-son', 'so-cong-thuong-quang-ngai'], levels: [], unresolved: [] }],
    ['Ủy ban nhân dân huyện Bình Sơn và Sở Công Thương tỉnh Quảng Ngãi', { units: ['binh-son', 'so-cong-thuong-quang-ngai'], levels: [], unresolved: [] }],
    ['UBND các huyện: Bình Sơn, Sơn Tịnh', { units: ['binh-son'], levels: [], unresolved: ['Sơn Tịnh'] }],
    ['Các Sở, ban, ngành, đơn vị thuộc tỉnh;\nUBND các huyện, thị xã, thành phố', { units: [], levels: ['so', 'huyen'], provinces: ['quang-ngai'] }],
    ['UBND huyện Bình Sơn, Ban Quản lý Khu kinh tế Dung Quất', { units: ['binh-son'], unresolved: ['Ban Quản lý Khu kinh tế Dung Quất'] }],
    ['Như trên; Giám đốc Sở (b/c); Lưu: VT', { units: [], levels: [], unresolved: [] }],
    ['UBND các tỉnh, thành phố trực thuộc Trung ương', { units: [], levels: ['tinh'], provinces: [] }],
  ])('%s', (recipient, expected) => {
    expect(resolveAddressees(recipient, kb.units, 'quang-ngai', '2022-06-08')).toMatchObject(expected);
  });
});

describe('more letter forms', () => {
  it('addressees on their own lines without dashes; an outline after "gồm các nội dung chính sau đây:" with explanations after a colon', () => {
    const text = letterText({
      subject: ['V/v báo cáo công tác thông tin đối ngoại năm 2022'],
      dateLine: 'Quảng Ngãi, ngày 10 tháng 11 năm 2022',
      recipient: ['Kính gửi:', 'Các sở, ban, ngành tỉnh;', 'UBND các huyện, thị xã, thành phố.'],
      body: [
        'Sở Ngoại vụ đề nghị các cơ quan, đơn vị báo cáo công tác thông tin đối ngoại năm 2022, gồm các nội dung chính sau đây:',
        `1. Kết quả thực hiện: nêu rõ các hoạt động đã triển khai, ${'số liệu cụ thể, '.repeat(10)}so sánh với cùng kỳ.`,
        '2. Khó khăn, vướng mắc',
        '3. Đề xuất, kiến nghị',
        'Báo cáo gửi về Sở Ngoại vụ trước 17h00 ngày 30/11/2022.',
      ],
    });
    const letter = readRequestLetter(text, kb);
    expect(letter.duty).toMatchObject({ levels: ['so', 'huyen'], provinces: ['quang-ngai'], period: '2022', due: '2022-11-30' });
    expect(letter.outline.map((i) => `${i.number}. ${i.title}`)).toEqual(['1. Kết quả thực hiện', '2. Khó khăn, vướng mắc', '3. Đề xuất, kiến nghị']);
  });

  it('"PHẦN I –" headings in an appendix', () => {
    const texts = ['PHỤ LỤC', 'ĐỀ CƯƠNG BÁO CÁO', 'PHẦN I – KẾT QUẢ', 'PHẦN II – KIẾN NGHỊ'];
    expect(readOutline(texts.map((text, block) => ({ text, block }))).items).toEqual([{ number: 'I', title: 'KẾT QUẢ', level: 1 }, { number: 'II', title: 'KIẾN NGHỊ', level: 1 }]);
  });
});

describe('a letter copied from a PDF (two header columns run together, the outline in an appendix)', () => {
  const text = readFileSync(join(projectRoot, 'test/fixtures/letters/thanh-hoa-pdf-copy.txt'), 'utf8');

  it('reads issuer, trích yếu, addressees, deadline, period and every heading', () => {
    const letter = readRequestLetter(text, kb);
    expect(letter).toMatchObject({
      number: '1820/SNgV-HTQT', issued: '2022-11-18', issuerUnit: 'so-ngoai-vu-thanh-hoa', period: '2022', missing: [], notes: [],
      subject: 'Về việc báo cáo kết quả công tác đối ngoại năm 2022 và phương hướng nhiệm vụ năm 2023',
    });
    expect(letter.duty).toMatchObject({ levels: ['so', 'huyen'], provinces: ['thanh-hoa'], frequency: 'once', due: '2022-12-05' });
    expect(letter.outline.map((i) => `${i.level} ${i.number} ${i.title}`)).toEqual([
      '1 I KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM 2022', '2 1 Công tác chỉ đạo, điều hành', '2 2 Kết quả triển khai các hoạt động đối ngoại',
      '2 3 Đánh giá chung (ưu điểm, hạn chế, nguyên nhân)', '1 II PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023', '1 III ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
  });
});
