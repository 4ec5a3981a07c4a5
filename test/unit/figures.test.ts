import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { excerptAround, extractFigures, figuresInMarkdown, parseVietnameseNumber, sentences } from '../../src/lib/briefing/figures.ts';
import { readBody } from '../../src/lib/render/body.ts';
import { projectRoot } from '../helpers/build-site.ts';

describe('parseVietnameseNumber: "." groups thousands, "," marks decimals', () => {
  it.each([
    ['115.000.000', 115_000_000],
    ['1.409', 1409],
    ['61,6', 61.6],
    ['1.987,64', 1987.64],
    ['02', 2],
    ['14,395', 14.395],
  ])('%s → %d', (text, value) => {
    expect(parseVietnameseNumber(text)).toBe(value);
  });

  it.each(['1.5', '12.34.567', 'abc', ''])('refuses %j', (text) => {
    expect(parseVietnameseNumber(text)).toBeNull();
  });
});

describe('extractFigures finds amounts and counts with their unit and topic', () => {
  it.each([
    ['với tổng kinh phí viện trợ là 115.000.000 đồng.', '115.000.000 đồng', 115_000_000, 'đồng', 'money', 'aid'],
    ['đã hỗ trợ người dân 01 máy gặt lúa với trị giá 623 triệu đồng.', '623 triệu đồng', 623_000_000, 'đồng', 'money', 'aid'],
    ['khoản viện trợ không hoàn lại là 50.000 USD cho tỉnh', '50.000 USD', 50_000, 'USD', 'money', 'aid'],
    ['Tổng giá trị cam kết viện trợ đạt trên 61,6 tỷ đồng', '61,6 tỷ đồng', 61_600_000_000, 'đồng', 'money', 'aid'],
    ['kim ngạch xuất khẩu năm 2020 đạt 1.409 triệu USD, tăng gấp 3,7 lần', '1.409 triệu USD', 1_409_000_000, 'USD', 'money', 'trade'],
    ['Kim ngạch xuất khẩu 06 tháng đầu năm ước đạt 876 triệu USD', '876 triệu USD', 876_000_000, 'USD', 'money', 'trade'],
    ['tổng vốn đầu tư 294.434 tỉ đồng', '294.434 tỉ đồng', 294_434_000_000_000, 'đồng', 'money', 'investment'],
    ['1,7 triệu USD và 92 ngàn EURO', '92 ngàn EURO', 92_000, 'EUR', 'money', 'other'],
    ['giá trị viện trợ thông thường 10 triệu Yên/dự án', '10 triệu Yên', 10_000_000, 'Yên', 'money', 'aid'],
    ['đã có 02 lượt đoàn đại biểu Sở Công Thương tỉnh Champasak', '02 lượt đoàn', 2, 'lượt đoàn', 'count', 'exchanges'],
    ['Đón tiếp khoảng 2.279 lượt người nước ngoài', '2.279 lượt người', 2279, 'lượt người', 'count', 'exchanges'],
    ['đã giải quyết được việc làm cho 969 lao động', '969 lao động', 969, 'lao động', 'count', 'labour'],
    ['đã cấp mới 02 dự án đầu tư trực tiếp nước ngoài', '02 dự án', 2, 'dự án', 'count', 'investment'],
  ])('%s', (text, printed, amount, unit, kind, topic) => {
    const figure = extractFigures(text).find((f) => f.text === printed);
    expect(figure).toMatchObject({ amount, unit, kind, topic });
  });

  it('reads every figure of a list of delegations, across slashes', () => {
    const text = '17 đoàn/35 lượt khách các cơ quan đại diện; 27 lượt đoàn/156 lượt người của 16 tổ chức phi chính phủ nước ngoài';
    expect(extractFigures(text).map((f) => f.text)).toEqual(['17 đoàn', '35 lượt khách', '27 lượt đoàn', '156 lượt người', '16 tổ chức']);
  });

  it.each([
    ['dates and document numbers', 'Công văn số 435/SNgV-HTHQ ngày 08/6/2022 theo Nghị định số 80/2020/NĐ-CP'],
    ['percentages and multiples', 'tăng 7,7%; tăng gấp 5,2 lần so với năm 2010'],
    ['"đồng chí", which is not money', 'giao cho 01 đồng chí chuyên viên phụ trách'],
    ['periods of time', 'trong 06 tháng đầu năm 2021'],
  ])('ignores %s', (_what, text) => {
    expect(extractFigures(text)).toEqual([]);
  });
});

describe('sentences and excerpts', () => {
  it('splits at full stops before a capital, not inside numbers', () => {
    expect(sentences('Đạt 1.409 triệu USD. Tăng 3,7 lần. cuối').map((s) => s.text)).toEqual(['Đạt 1.409 triệu USD.', 'Tăng 3,7 lần. cuối']);
  });

  it('quotes a short sentence whole and a very long one by the clause around the figure', () => {
    expect(excerptAround('Ngắn; có 17 đoàn.', 9)).toBe('Ngắn; có 17 đoàn.');
    const long = `${'a'.repeat(200)}; cho 30 lượt doanh nghiệp; ${'b'.repeat(200)}`;
    expect(excerptAround(long, long.indexOf('30'))).toBe('… cho 30 lượt doanh nghiệp …');
  });
});

describe('figuresInMarkdown on the seed reports', () => {
  const figuresOf = (file: string) => figuresInMarkdown(readBody(join(projectRoot, 'content'), `reports/${file}.mdx`));

  it.each([
    ['quang-ngai/binh-son/2023-doi-ngoai-nhan-dan', '115.000.000 đồng', 'aid', 'Quỹ Hòa bình Hàn – Việt'],
    ['thanh-hoa/trieu-son/2022-h1-doi-ngoai', '623 triệu đồng', 'aid', 'tổ chức VNHelp'],
    ['quang-ngai/bcd-hnqt-quang-ngai/2021-h1-hoi-nhap', '50.000 USD', 'aid', 'Chính phủ Ấn Độ'],
    ['quang-ngai/bcd-hnqt-quang-ngai/2021-h1-hoi-nhap', '61,6 tỷ đồng', 'aid', 'Tổng giá trị cam kết viện trợ'],
    ['quang-ngai/bcd-hnqt-quang-ngai/2021-h1-hoi-nhap', '876 triệu USD', 'trade', 'Kim ngạch xuất khẩu 06 tháng đầu năm'],
    ['quang-ngai/bcd-hnqt-quang-ngai/2021-h1-hoi-nhap', '17 đoàn', 'exchanges', 'cơ quan đại diện ngoại giao'],
    ['quang-ngai/so-cong-thuong-quang-ngai/2011-2021-chi-thi-04', '1.409 triệu USD', 'trade', 'kim ngạch xuất khẩu năm 2020'],
  ])('%s: %s (%s) with its sentence', (file, printed, topic, words) => {
    const figure = figuresOf(file).find((f) => f.text === printed);
    expect(figure?.topic).toBe(topic);
    expect(figure?.sentence).toContain(words);
  });

  it('gives the line of the figure in the body, with marks and footnote markers removed from the quote', () => {
    const body = 'Mở đầu.\n\n**Về xuất khẩu:** Kim ngạch xuất khẩu ước đạt *876 triệu USD*[^4].\n\n[^4]: Chú thích 12 đoàn.\n';
    const figures = figuresInMarkdown(body);
    expect(figures.map((f) => [f.text, f.line, f.sentence])).toEqual([['876 triệu USD', 3, 'Về xuất khẩu: Kim ngạch xuất khẩu ước đạt 876 triệu USD.']]);
  });
});
