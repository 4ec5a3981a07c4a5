import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { Problem } from '../problems.ts';
import type { SourceRef } from '../model.ts';
import { decodeContentFile } from './decode.ts';
import { opensFrontmatter, parseYaml, splitFrontmatter, type ParsedYaml } from './frontmatter.ts';
import { validateFrontmatter } from './validate.ts';

export interface ReadEntry<T> {
  value?: T;
  body: string;
  source: SourceRef;
  problems: Problem[];
}

const nowhere = (file: string): SourceRef => ({ file, lineOf: () => 1, bodyLine: 1 });

/**
 * The text of a content file as NFC, with warnings about how it was stored; undefined (and an
 * error) when it cannot be read as UTF-8 text at all. Never throws: an unreadable file is a problem.
 */
function readText(root: string, file: string, problems: Problem[]): string | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(root, file));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    problems.push({ file, line: 1, severity: 'error', code: 'unreadable', message: `không đọc được tệp (${reason})`, hint: 'kiểm tra tệp còn tồn tại, không phải liên kết hỏng và có quyền đọc' });
    return undefined;
  }
  const decoded = decodeContentFile(bytes);
  if (!decoded.ok) {
    problems.push({ file, line: decoded.line, severity: 'error', code: decoded.code, message: decoded.message, hint: decoded.hint });
    return undefined;
  }
  if (decoded.wasNfd) {
    problems.push({
      file, line: 1, severity: 'warning', code: 'nfd',
      message: 'văn bản ở dạng Unicode tổ hợp (NFD); trang web hiển thị bản đã chuẩn hóa NFC',
      hint: 'lưu lại tệp ở dạng NFC (dựng sẵn) để tìm kiếm và so sánh chính xác',
    });
  }
  if (decoded.mojibakeLine) {
    problems.push({
      file, line: decoded.mojibakeLine, severity: 'warning', code: 'mojibake',
      message: 'có chữ lỗi mã (kiểu "Ä‘á»‘i" thay cho "đối"): tệp từng bị đọc sai bảng mã rồi lưu lại',
      hint: 'lấy lại văn bản từ bản gốc hoặc nhập lại bằng `kb import`',
    });
  }
  return decoded.text;
}

function yamlProblems(parsed: ParsedYaml, file: string, where: string): Problem[] {
  return [
    ...parsed.errors.map((e): Problem => ({ file, line: e.line, severity: 'error', code: 'yaml', message: `${where} không đọc được: ${e.message}`, hint: 'kiểm tra thụt lề, dấu hai chấm và dấu ngoặc kép ở dòng này' })),
    ...parsed.warnings.map((e): Problem => ({ file, line: e.line, severity: 'warning', code: 'yaml', message: `${where}: ${e.message}`, hint: 'bỏ thẻ !… ở dòng này; viết giá trị thường' })),
  ];
}

/** Reads one .mdx file: decodes it, splits the frontmatter, parses and validates it. */
export function readMdxEntry<S extends z.ZodType>(root: string, file: string, schema: S): ReadEntry<z.output<S>> {
  const problems: Problem[] = [];
  const text = readText(root, file, problems);
  if (text === undefined) return { body: '', source: nowhere(file), problems };
  const split = splitFrontmatter(text);
  if (!split) {
    problems.push(opensFrontmatter(text)
      ? { file, line: 1, severity: 'error', code: 'frontmatter-unclosed', message: 'phần đầu (frontmatter) mở bằng --- nhưng không có dòng --- đóng lại', hint: 'thêm một dòng chỉ có --- sau trường cuối cùng, trước toàn văn' }
      : { file, line: 1, severity: 'error', code: 'frontmatter-missing', message: 'thiếu phần đầu (frontmatter)', hint: 'dòng đầu tiên của tệp phải là ---, rồi các trường, rồi một dòng --- nữa' });
    return { body: text, source: nowhere(file), problems };
  }
  const parsed = parseYaml(split.yaml, split.yamlLine);
  const source: SourceRef = { file, lineOf: parsed.lineOf, bodyLine: split.bodyLine };
  problems.push(...yamlProblems(parsed, file, 'phần đầu'));
  if (parsed.errors.length) return { body: split.body, source, problems };
  const { value, problems: schemaProblems } = validateFrontmatter(schema, parsed, file);
  problems.push(...schemaProblems);
  return { value, body: split.body, source, problems };
}

/** Reads a YAML data file holding a list of entries (units). */
export function readYamlList<S extends z.ZodType>(root: string, file: string, schema: S): { items: { value: z.output<S>; source: SourceRef }[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const text = readText(root, file, problems);
  if (text === undefined) return { items: [], problems };
  const parsed = parseYaml(text, 1);
  problems.push(...yamlProblems(parsed, file, 'tệp'));
  if (parsed.errors.length) return { items: [], problems };
  if (!Array.isArray(parsed.data)) {
    problems.push({ file, line: 1, severity: 'error', code: 'schema', message: 'tệp đơn vị phải là một danh sách', hint: 'mỗi đơn vị bắt đầu bằng một dòng "- id: …", các trường tiếp theo thụt vào hai dấu cách' });
    return { items: [], problems };
  }
  const items: { value: z.output<S>; source: SourceRef }[] = [];
  parsed.data.forEach((_, index) => {
    const itemParsed = { ...parsed, data: (parsed.data as unknown[])[index], lineOf: (path: readonly PropertyKey[]) => parsed.lineOf([index, ...path]) };
    const { value, problems: p } = validateFrontmatter(schema, itemParsed, file);
    problems.push(...p);
    if (value) items.push({ value, source: { file, lineOf: itemParsed.lineOf, bodyLine: 1 } });
  });
  return { items, problems };
}
