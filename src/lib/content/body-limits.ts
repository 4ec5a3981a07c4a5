import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problems.ts';
import { MAX_MARKDOWN_DEPTH, markdownDepth } from './depth.ts';

/**
 * Bodies past these sizes are named: the longest real report in the archive is a few hundred
 * kilobytes, and every page, index shard and briefing holds its body in memory while it is made.
 */
export const BODY_WARN_BYTES = 2 * 1024 * 1024;
export const BODY_MAX_BYTES = 10 * 1024 * 1024;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;

/**
 * Size and nesting of one body, checked before anything parses it. An error here means the body
 * must not reach the MDX check or the renderer (see depth.ts for why).
 */
export function checkBodyLimits(body: string, file: string, firstLine: number): Problem[] {
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > BODY_MAX_BYTES) {
    return [{ file, line: firstLine, severity: 'error', code: 'body-too-large', message: `toàn văn dài ${mb(bytes)}, quá giới hạn ${mb(BODY_MAX_BYTES)}`, hint: 'kiểm tra tệp có bị dán lặp hay lẫn dữ liệu nhị phân không; tách phụ lục dài thành tệp riêng' }];
  }
  const problems: Problem[] = [];
  if (bytes > BODY_WARN_BYTES) {
    problems.push({ file, line: firstLine, severity: 'warning', code: 'body-large', message: `toàn văn dài ${mb(bytes)} (trên ${mb(BODY_WARN_BYTES)}): trang sẽ nặng và dựng chậm`, hint: 'kiểm tra tệp có bị dán lặp không; phụ lục, bảng số liệu dài có thể để ở tệp riêng' });
  }
  const { depth, line } = markdownDepth(body);
  if (depth > MAX_MARKDOWN_DEPTH) {
    problems.push({
      file, line: line + firstLine - 1, severity: 'error', code: 'too-deep',
      message: `văn bản lồng nhau quá sâu (khoảng ${depth} cấp trích dẫn >, danh sách, ngoặc [ ] hay dấu nhấn * _; tối đa ${MAX_MARKDOWN_DEPTH})`,
      hint: 'bỏ các dấu >, -, [, *, _ thừa ở đầu và quanh dòng này; nếu là chữ trong văn bản, viết \\[ \\* \\_',
    });
  }
  return problems;
}

/** A file so large (twice the body limit) that it is refused from its size, before it is read. */
export function fileTooLarge(root: string, file: string): Problem | undefined {
  const size = statSync(join(root, file)).size;
  if (size <= 2 * BODY_MAX_BYTES) return undefined;
  return { file, line: 1, severity: 'error', code: 'body-too-large', message: `tệp dài ${mb(size)}, quá giới hạn ${mb(BODY_MAX_BYTES)}: không đọc`, hint: 'kiểm tra tệp có bị dán lặp hay lẫn dữ liệu nhị phân không; tách phụ lục dài thành tệp riêng' };
}
