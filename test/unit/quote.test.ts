import { describe, expect, it } from 'vitest';
import { quoteMarkdown } from '../../src/lib/briefing/quote.ts';
import { splitSections } from '../../src/lib/briefing/report-sections.ts';

const body = [
  'Mở đầu.',
  '## I. KẾT QUẢ',
  'Câu mở đầu phần kết quả. Câu thứ hai rất dài để không lọt vào phần trích mở đầu vì đã đủ tám mươi ký tự rồi nhé bạn đọc thân mến.',
  '### 1. Tuyên truyền',
  'Đã tuyên truyền Nghị quyết[^1] rộng rãi đến cán bộ và nhân dân trên địa bàn huyện trong sáu tháng đầu năm. Câu sau bị lược.',
  '### 2. Kinh tế',
  '#### a) Xúc tiến thương mại',
  'Đã xúc tiến.',
  '#### b) Viện trợ',
  'Đã vận động.',
  '## II. ĐÁNH GIÁ CHUNG',
  '- Hạn chế *một*.',
  '- Hạn chế hai.',
  '[^1]: Chú thích.',
].join('\n\n');

const [, results, assessment] = splitSections(body);

describe('quoteMarkdown', () => {
  it('full: keeps every word, moves headings under the briefing\'s own and drops footnote markers', () => {
    const md = quoteMarkdown(body, results, { mode: 'full', headingDepth: 5 });
    expect(md).toContain('##### 1. Tuyên truyền');
    expect(md).toContain('###### a) Xúc tiến thương mại');
    expect(md).toContain('Đã tuyên truyền Nghị quyết rộng rãi');
    expect(md).toContain('Câu sau bị lược.');
    expect(md).not.toContain('[^1]');
    expect(md).not.toContain('I. KẾT QUẢ');
    expect(md).not.toContain('ĐÁNH GIÁ');
  });

  it('outline: sub-headings with their opening sentences, or their own sub-headings, cuts marked with …', () => {
    const md = quoteMarkdown(body, results, { mode: 'outline', headingDepth: 4 });
    expect(md.split('\n\n')).toEqual([
      'Câu mở đầu phần kết quả. Câu thứ hai rất dài để không lọt vào phần trích mở đầu vì đã đủ tám mươi ký tự rồi nhé bạn đọc thân mến.',
      '#### 1. Tuyên truyền',
      'Đã tuyên truyền Nghị quyết rộng rãi đến cán bộ và nhân dân trên địa bàn huyện trong sáu tháng đầu năm. …',
      '#### 2. Kinh tế',
      '- a) Xúc tiến thương mại\n- b) Viện trợ',
    ]);
  });

  it('outline without sub-headings keeps the opening of each paragraph and list item', () => {
    expect(quoteMarkdown(body, assessment, { mode: 'outline', headingDepth: 5 })).toBe('- Hạn chế một.\n- Hạn chế hai.');
    expect(quoteMarkdown(body, assessment, { mode: 'full', headingDepth: 5 })).toBe('- Hạn chế *một*.\n\n- Hạn chế hai.');
  });
});
