import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load.ts';
import { analyseReport } from '../../src/lib/import/analyse.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { fixturesDir } from '../helpers/content-folder.ts';

const { kb } = loadKnowledgeBase(join(projectRoot, 'content'));
const BODY = '\n\nI. KẾT QUẢ\n\nNội dung báo cáo của đơn vị về công tác đối ngoại trong kỳ, đầy đủ và chi tiết.\n';

describe('the header as real copies print it', () => {
  it.each([
    ['a signed report, columns run together by the PDF copy', [
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'HUYỆN BÌNH SƠN Độc lập - Tự do - Hạnh phúc',
      'Số: 245/BC-UBND Bình Sơn, ngày 20 tháng 12 năm 2022',
      'BÁO CÁO', 'Kết quả công tác đối ngoại năm 2022',
    ], { number: '245/BC-UBND', symbol: 'BC-UBND', issued: '2022-12-20', place: 'Bình Sơn', unit: 'binh-son', period: '2022', kind: 'bao-cao' }],
    ['columns on their own lines, a number written with spaces', [
      'UBND TỈNH QUẢNG NGÃI', 'SỞ CÔNG THƯƠNG', 'Số: 1234 /SCT-QLTM', 'V/v báo cáo kết quả thực hiện công tác',
      'đối ngoại 6 tháng đầu năm 2023', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'Quảng Ngãi, ngày 05 tháng 7 năm 2023', 'Kính gửi: Sở Ngoại vụ tỉnh Quảng Ngãi',
    ], { number: '1234/SCT-QLTM', symbol: 'SCT-QLTM', issued: '2023-07-05', place: 'Quảng Ngãi', unit: 'so-cong-thuong-quang-ngai', period: '2023-H1', kind: 'cong-van' }],
    ['a Party-style number and a year carried onto the next line', [
      'HUYỆN ỦY TRIỆU SƠN', 'Số 45-BC/HU', 'Triệu Sơn, ngày 10 tháng 6 năm', '2022',
      'BÁO CÁO', 'Sơ kết công tác đối ngoại 6 tháng đầu năm 2022',
    ], { number: '45-BC/HU', symbol: 'BC/HU', issued: '2022-06-10', place: 'Triệu Sơn', unit: undefined, period: '2022-H1', kind: 'bao-cao' }],
    ['an unsigned copy: number and day left blank', [
      'Số: ……/BC-UBND', 'Bình Sơn, ngày     tháng 6 năm 2021', 'BÁO CÁO', 'Công tác đối ngoại quý II năm 2021',
    ], { number: undefined, symbol: 'BC-UBND', issued: '2021-06', place: 'Bình Sơn', unit: undefined, period: '2021-Q2', kind: 'bao-cao' }],
    ['a place named "Thành phố …", the kind in ordinary letters', [
      'SỞ NGOẠI VỤ', 'Số: 77/BC-SNgV', 'Thành phố Quảng Ngãi, ngày 8 tháng 1 năm 2024', 'Báo cáo', 'Công tác đối ngoại năm 2023',
    ], { number: '77/BC-SNgV', symbol: 'BC-SNgV', issued: '2024-01-08', place: 'Thành phố Quảng Ngãi', unit: 'so-ngoai-vu-quang-ngai', period: '2023', kind: 'bao-cao' }],
    ['a date written with slashes, in a city', [
      'Số: 12/BC-SNgV', 'TP. Quảng Ngãi, ngày 15/01/2024', 'BÁO CÁO', 'Tổng kết công tác đối ngoại năm 2023',
    ], { number: '12/BC-SNgV', symbol: 'BC-SNgV', issued: '2024-01-15', place: 'TP. Quảng Ngãi', unit: undefined, period: '2023', kind: 'bao-cao' }],
  ])('%s', (_, header, expected) => {
    const found = analyseReport(header.join('\n\n') + BODY, kb);
    const { number, symbol, issued, place, unit, period, kind } = found;
    expect({ number, symbol, issued, place, unit, period, kind }).toEqual(expected);
  });

  it('reads a PDF copy whose header columns share lines, and keeps every word of the text', () => {
    const seed = readFileSync(join(fixturesDir, 'citations', 'seed-000', 'input.txt'), 'utf8');
    const header = ' ỦY BAN NHÂN DÂN                     CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM \n\n HUYỆN BÌNH SƠN                            Độc lập - Tự do - Hạnh phúc \n\n \n\n Số: 1587/BC-UBND                  Bình Sơn, ngày 24 tháng 6 năm 2022 \n\n';
    const text = header + seed.slice(seed.indexOf('BÁO CÁO'));
    const found = analyseReport(text, kb);
    expect(found).toMatchObject({ number: '1587/BC-UBND', issued: '2022-06-24', place: 'Bình Sơn', unit: 'binh-son', period: '2022-H1', kind: 'bao-cao' });
    expect(found.body).toMatch(/^ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nHUYỆN BÌNH SƠN Độc lập - Tự do - Hạnh phúc\n\nSố: 1587\/BC-UBND Bình Sơn, ngày 24 tháng 6 năm 2022\n\nBÁO CÁO\n\n/);
    const words = (t: string) => (t.match(/\p{L}+/gu) ?? []).sort();
    expect(words(found.body)).toEqual(words(text));
  });

  it('reads a PDF copy laid out in columns (pdftotext -layout): issuer, signature beside "Nơi nhận"', () => {
    const found = analyseReport(readFileSync(join(fixturesDir, 'import', 'so-ngoai-vu-thanh-hoa-2023.txt'), 'utf8'), kb);
    expect(found).toMatchObject({
      number: '215/BC-SNgV', issued: '2023-12-05', place: 'Thanh Hóa', unit: 'so-ngoai-vu-thanh-hoa', period: '2023',
      title: 'Kết quả công tác đối ngoại năm 2023 và phương hướng, nhiệm vụ năm 2024',
      recipient: 'Ủy ban nhân dân tỉnh Thanh Hóa',
      signer: { name: 'Nguyễn Văn Mạnh', capacity: ['GIÁM ĐỐC'] },
      recipients: ['UBND tỉnh (b/c);', 'Lưu: VT, HTQT.'],
    });
    expect(found.tasks.map((t) => [t.title.slice(0, 28), t.due])).toEqual([
      ['Tiếp tục tham mưu triển khai', '2024'], ['Tổ chức tốt các đoàn ra, đoà', '2024'], ['Tăng cường công tác bảo hộ c', '2024'],
    ]);
  });

  it('never turns an impossible date into one: it is left out and named', () => {
    const found = analyseReport(['Số: 7/BC-UBND', 'Bình Sơn, ngày 30 tháng 2 năm 2022', 'BÁO CÁO', 'Tình hình năm 2022'].join('\n\n') + BODY, kb);
    expect(found.issued).toBeUndefined();
    expect(found.notes.join(' ')).toContain('ngày 30 tháng 2 năm 2022');
  });

  it('takes no date from the text proper when the header has none', () => {
    const found = analyseReport('BÁO CÁO\n\nKết quả 6 tháng đầu năm 2022\n\nThực hiện Công văn số 559/SNgV-HTQT ngày 13 tháng 5 năm 2022 của Sở Ngoại vụ, Thanh Hóa, ngày 14 tháng 5 năm 2022 đơn vị báo cáo.\n', kb);
    expect([found.issued, found.place, found.number]).toEqual([undefined, undefined, undefined]);
  });

  it('names the units it could not choose between rather than guessing', () => {
    // "Sở Ngoại vụ" with no province named anywhere: Quảng Ngãi's and Thanh Hóa's are both known.
    const found = analyseReport('BÁO CÁO\n\nKết quả năm 2022\n\nSở Ngoại vụ kính báo cáo như sau:\n', kb);
    expect(found.unit).toBeUndefined();
  });
});

describe('text with a paragraph on each line and no blank lines (Word\'s "Save as .txt", a paste)', () => {
  const text = [
    'ỦY BAN NHÂN DÂN', 'HUYỆN TRIỆU SƠN', 'Số: 512/BC-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
    'Triệu Sơn, ngày 28 tháng 11 năm 2022', 'BÁO CÁO', 'Kết quả công tác đối ngoại năm 2022 và phương hướng, nhiệm vụ năm 2023',
    'Kính gửi: Sở Ngoại vụ tỉnh Thanh Hóa.',
    'Thực hiện Công văn số 1890/SNgV-HTQT ngày 02/11/2022 của Sở Ngoại vụ tỉnh Thanh Hóa, UBND huyện Triệu Sơn báo cáo như sau:',
    'I. KẾT QUẢ THỰC HIỆN', '1. Công tác thông tin đối ngoại', 'Tổ chức 04 hội nghị tuyên truyền về biển, đảo cho 320 lượt cán bộ, đảng viên.',
    'II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023',
    '1. Tiếp tục quán triệt, triển khai thực hiện Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư về đối ngoại nhân dân.',
    '2. Nâng cao chất lượng công tác thông tin đối ngoại trên Cổng thông tin điện tử huyện.',
    'Nơi nhận:', '- Sở Ngoại vụ (b/c);', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lê Quang Trung',
  ].join('\n');
  const found = analyseReport(text, kb);

  it('reads the header, the title alone, and each task', () => {
    expect(found).toMatchObject({ number: '512/BC-UBND', issued: '2022-11-28', place: 'Triệu Sơn', unit: 'trieu-son', period: '2022' });
    expect(found.title).toBe('Kết quả công tác đối ngoại năm 2022 và phương hướng, nhiệm vụ năm 2023');
    expect(found.tasks.map((t) => t.title)).toEqual([
      'Tiếp tục quán triệt, triển khai thực hiện Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư về đối ngoại nhân dân',
      'Nâng cao chất lượng công tác thông tin đối ngoại trên Cổng thông tin điện tử huyện',
    ]);
  });

  it('keeps every line as its own paragraph, the numbered parts as headings', () => {
    expect(found.body).toContain('\n\n## I. KẾT QUẢ THỰC HIỆN\n\n### 1. Công tác thông tin đối ngoại\n\nTổ chức 04 hội nghị');
    expect(found.body).toContain('Kính gửi: Sở Ngoại vụ tỉnh Thanh Hóa.\n\nThực hiện Công văn số 1890/SNgV-HTQT');
  });
});
