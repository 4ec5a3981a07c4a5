import type { OutlineItem } from '../../schemas/outline.ts';
import { documentName } from '../labels.ts';
import type { LegalDocument } from '../model.ts';
import type { Problem } from '../problems.ts';
import { foldVietnamese } from '../text.ts';

/** The line kb skeleton writes under each outline heading: a section nobody has written yet. */
export const EMPTY_SECTION = '_(chưa viết)_';

export interface OutlineAnswer {
  file: string;
  body: string;
  /** Line of the body's first line in the file. */
  bodyLine: number;
  /** The letter the report answers (`request:`), and the line it is on. */
  request?: string;
  requestLine: () => number;
}

/**
 * Warnings on a report written against a letter's outline: a section still marked empty (file and
 * line of the marker), and a heading of the letter's outline the report does not have.
 */
export function checkOutlineAnswer(report: OutlineAnswer, documents: readonly LegalDocument[]): Problem[] {
  const problems: Problem[] = [];
  const lines = report.body.split('\n');
  let heading = '';
  lines.forEach((line, i) => {
    const text = line.trim();
    if (/^#{1,6}\s/.test(text)) heading = text.replace(/^#+\s*/, '');
    if (text !== EMPTY_SECTION) return;
    problems.push({
      file: report.file, line: report.bodyLine + i, severity: 'warning', code: 'outline-empty',
      message: `mục ${heading ? `«${heading}» ` : ''}của đề cương còn trống (${EMPTY_SECTION})`,
      hint: `viết nội dung của mục thay cho dòng ${EMPTY_SECTION}; nếu đơn vị không có gì để báo cáo, ghi rõ như vậy`,
    });
  });
  const letter = report.request ? documents.find((d) => d.id === report.request) : undefined;
  if (!letter?.outline.length) return problems;
  const have = lines.map(normal);
  for (const item of letter.outline) {
    const wanted = normal(item.title);
    if (!wanted || have.some((line) => line.includes(wanted))) continue;
    problems.push({
      file: report.file, line: report.requestLine(), severity: 'warning', code: 'outline-missing',
      message: `báo cáo trả lời ${documentName(letter)} nhưng thiếu mục «${headingText(item)}» của đề cương`,
      hint: `thêm mục này (kb skeleton ${letter.id} --unit <mã đơn vị> tạo sẵn các mục của đề cương), hoặc ghi rõ đơn vị không có nội dung cho mục này`,
    });
  }
  return problems;
}

/** "I. Kết quả thực hiện", "a) Công tác tuyên truyền": the heading as the outline prints it. */
export function headingText(item: OutlineItem): string {
  if (!item.number) return item.title;
  return `${item.number}${/^[a-zđ]$/u.test(item.number) ? ')' : '.'} ${item.title}`;
}

/** Lower-case ASCII words, numbering and marks dropped: headings compare by their words. */
function normal(text: string): string {
  return foldVietnamese(text).toLowerCase()
    .replace(/^[\s#*_>|-]*(?:(?:[ivx]{1,4}|\d{1,2}(?:\.\d{1,2})*|[a-z])[.)]\s+)?/, '')
    .replace(/[^a-z0-9]+/g, ' ').trim();
}
