import { describe, expect, it } from 'vitest';
import { rowBreakdown, stackedBars, type BarCategory, type BarRow } from '../../src/lib/briefing/charts/bars.ts';
import { esc, wrap } from '../../src/lib/briefing/charts/svg.ts';
import { lineageTimeline } from '../../src/lib/briefing/charts/timeline.ts';

/** The words a reader (or a screen reader) gets from an SVG: its text nodes, title and desc. */
const words = (svg: string) => svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('wrap', () => {
  it.each([
    ['Ban Bí thư (khóa XI)', 200, 12, ['Ban Bí thư (khóa XI)']],
    ['Ban Chỉ đạo về hội nhập quốc tế tỉnh Quảng Ngãi', 120, 13, ['Ban Chỉ đạo về', 'hội nhập quốc tế', 'tỉnh Quảng Ngãi']],
    ['', 100, 12, []],
  ])('%j in %ipx at %ipx', (text, width, size, lines) => {
    expect(wrap(text, width, size)).toEqual(lines);
  });
});

describe('lineageTimeline', () => {
  const svg = lineageTimeline({
    id: 'ke-tuc',
    title: 'Quá trình kế tục của Chỉ thị 04-CT/TW',
    items: [
      { name: 'Chỉ thị 44-CT/TW', year: 1994, date: '20/09/1994', issuer: 'Ban Bí thư (khóa VII)', current: false },
      { name: 'Chỉ thị 04-CT/TW', year: 2011, date: '06/07/2011', issuer: 'Ban Bí thư (khóa XI)', current: true },
      { name: 'Chỉ thị 12-CT/TW', year: 2022, date: '05/01/2022', issuer: 'Ban Bí thư (khóa XIII)', current: false },
    ],
  });

  it('is an accessible image named by its title and described in words', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="ke-tuc-title ke-tuc-desc"/);
    expect(svg).toContain('<title id="ke-tuc-title">Quá trình kế tục của Chỉ thị 04-CT/TW</title>');
    expect(svg).toMatch(/<desc id="ke-tuc-desc">Theo thứ tự thời gian: Chỉ thị 44-CT\/TW ngày 20\/09\/1994 .*, kế tục là Chỉ thị 04-CT\/TW .*\(văn bản này\), kế tục là Chỉ thị 12-CT\/TW/);
  });

  it('labels every document with year, number, date and issuer, oldest on the left', () => {
    const text = words(svg);
    expect(text).toMatch(/1994.*2011.*2022/);
    for (const label of ['Chỉ thị 44-CT/TW', '20/09/1994', 'Ban Bí thư (khóa XIII)']) expect(text).toContain(label);
    expect(svg.indexOf('44-CT/TW')).toBeLessThan(svg.indexOf('12-CT/TW'));
  });

  it('marks the current document in words, not by colour alone, and draws arrows between documents', () => {
    expect(words(svg).match(/\(văn bản này\)/g)).toHaveLength(2); // the mark, and the description
    expect(svg.match(/marker-end=/g)).toHaveLength(2);
    expect(words(svg).match(/kế tục/g)!.length).toBeGreaterThanOrEqual(2);
  });

  it('says so when a document stands alone', () => {
    const alone = lineageTimeline({ id: 'x', title: 'T', items: [{ name: 'Kế hoạch 92/KH-UBND', year: 2022, date: '03/06/2022', issuer: 'UBND tỉnh Quảng Ngãi', current: true }] });
    expect(alone).toContain('Kế hoạch 92/KH-UBND chưa có văn bản trước hoặc sau');
  });
});

describe('stackedBars', () => {
  const categories: BarCategory[] = [
    { key: 'done', label: 'đã hoàn thành đúng hạn', fill: '#1e6b34' },
    { key: 'late', label: 'quá hạn', fill: '#a4161a', texture: 'hatch' },
  ];
  const rows: BarRow[] = [
    { label: 'UBND huyện Bình Sơn', values: { done: 2, late: 4 } },
    { label: 'Sở Ngoại vụ tỉnh Quảng Ngãi', values: { late: 3 } },
  ];
  const svg = stackedBars({ id: 'nv', title: 'Nhiệm vụ theo đơn vị', categories, rows, noun: 'nhiệm vụ' });

  it('writes each count on its segment, each total beside its bar and each row in words', () => {
    const text = words(svg);
    expect(text).toContain('UBND huyện Bình Sơn');
    expect(text).toContain('6 nhiệm vụ');
    expect(text).toContain('2 đã hoàn thành đúng hạn · 4 quá hạn');
    expect(text).toContain('3 nhiệm vụ');
    expect(svg).toMatch(/>4<\/text>/);
  });

  it('names every colour in a legend and gives textured categories a pattern', () => {
    expect(words(svg)).toMatch(/đã hoàn thành đúng hạn .*quá hạn/);
    expect(svg).toMatch(/<pattern id="nv-late"[^>]*>.*<path/);
    expect(svg).toContain('fill="url(#nv-late)"');
  });

  it('describes the whole picture in its desc', () => {
    expect(svg).toContain('<desc id="nv-desc">UBND huyện Bình Sơn: 6 nhiệm vụ (2 đã hoàn thành đúng hạn · 4 quá hạn); Sở Ngoại vụ tỉnh Quảng Ngãi: 3 nhiệm vụ (3 quá hạn).</desc>');
  });

  it('scales bars to the longest row', () => {
    const widths = [...svg.matchAll(/<rect x="\d+" y="\d+" width="(\d+)" height="20"/g)].map((m) => Number(m[1]));
    expect(widths[0] + widths[1]).toBe(400);
    expect(widths[2]).toBe(200);
  });

  it('needs no legend for a single category, and says so when there is nothing to count', () => {
    const one = stackedBars({ id: 'k', title: 'Báo cáo theo kỳ', categories: [{ key: 'r', label: 'báo cáo', fill: '#000' }], rows: [{ label: 'năm 2023', values: { r: 1 } }], noun: 'báo cáo' });
    expect(one).not.toMatch(/<rect x="0"[^>]*width="16"/);
    expect(stackedBars({ id: 'e', title: 'T', categories, rows: [], noun: 'nhiệm vụ' })).toContain('Chưa có nhiệm vụ.');
  });

  it('escapes text that would break the markup', () => {
    expect(esc('Đoàn <A> & "B"')).toBe('Đoàn &lt;A&gt; &amp; &quot;B&quot;');
    expect(stackedBars({ id: 'q', title: 'A < B', categories, rows: [{ label: 'X & Y', values: { done: 1 } }], noun: 'nhiệm vụ' })).toContain('X &amp; Y');
    expect(rowBreakdown({ label: '', values: { done: 0, late: 1 } }, categories)).toBe('1 quá hạn');
  });
});
