import { existsSync, statSync } from 'node:fs';
import type { Problem } from '../problems.ts';
import { slugify } from '../text.ts';
import { checkBoundary } from './boundary.ts';
import { listFiles } from './walk.ts';

/** The content folders and the one kind of file each holds. */
const FOLDERS = [
  { dir: 'reports', extensions: ['.mdx'], what: 'báo cáo' },
  { dir: 'directives', extensions: ['.mdx'], what: 'văn bản' },
  { dir: 'units', extensions: ['.yaml', '.yml'], what: 'tệp đơn vị' },
] as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Files the reader would otherwise pass over without a word: a report saved as `.md` or `.docx`,
 * a stray `.txt`, a directive in a sub-folder; and names that cannot become a URL (a report's id is
 * its path, so every folder and file name must be a slug).
 */
export function checkFileLayout(root: string): Problem[] {
  // A mistyped KB_CONTENT_DIR would otherwise give an empty site that passes every check.
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    return [{ file: '.', line: 1, severity: 'error', code: 'no-content', message: `không có thư mục nội dung ${root}`, hint: 'kiểm tra biến KB_CONTENT_DIR, hoặc chạy lệnh trong thư mục dự án (có thư mục content/)' }];
  }
  const problems: Problem[] = checkBoundary(root);
  for (const { dir, extensions, what } of FOLDERS) {
    for (const file of listFiles(root, dir)) {
      const extension = extensions.find((ext) => file.endsWith(ext));
      if (!extension) {
        const stem = file.replace(/\.[^./]*$/, '');
        problems.push({
          file, line: 1, severity: 'error', code: 'unexpected-file',
          message: `tệp này không được đọc: thư mục ${dir}/ chỉ chứa ${what} đuôi ${extensions.join(' hoặc ')}`,
          hint: /\.(md|markdown|txt|mdx)$/i.test(file) ? `đổi tên thành ${stem}${extensions[0]}` : `chuyển tệp ra khỏi ${dir}/ (tệp .docx, .txt thì nhập bằng \`kb import\`)`,
        });
        continue;
      }
      const segments = file.slice(dir.length + 1, -extension.length).split('/');
      if (dir === 'directives' && segments.length > 1) {
        problems.push({ file, line: 1, severity: 'error', code: 'bad-file-name', message: 'văn bản phải nằm ngay trong directives/, không trong thư mục con', hint: `chuyển thành directives/${segments.at(-1)}${extension}` });
      } else if (segments.some((segment) => !SLUG.test(segment))) {
        const fixed = segments.map((segment) => slugify(segment) || 'ten-tep').join('/');
        problems.push({
          file, line: 1, severity: 'error', code: 'bad-file-name',
          message: 'tên thư mục và tên tệp chỉ được dùng chữ thường không dấu, số và dấu gạch ngang (tên tệp là địa chỉ trang)',
          hint: `đổi tên thành ${dir}/${fixed}${extension}`,
        });
      }
    }
  }
  return problems;
}
