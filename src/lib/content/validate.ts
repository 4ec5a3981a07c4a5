import type { z } from 'astro/zod';
import type { Problem } from '../problems.ts';
import type { ParsedYaml } from './frontmatter.ts';
import { slugify } from '../text.ts';
import { closestWord, findUnknownKeys } from './unknown-keys.ts';

/**
 * Validates frontmatter against a schema and turns every Zod issue into a Problem at the line of
 * the offending field, worded for the author: which field, what is wrong, how to fix it. Keys the
 * schema does not know are errors too: Zod would drop them silently.
 */
export function validateFrontmatter<S extends z.ZodType>(
  schema: S,
  parsed: ParsedYaml,
  file: string,
  options: { unknownKeys?: boolean } = {},
): { value?: z.output<S>; problems: Problem[] } {
  const data = parsed.data ?? {};
  // Unknown keys only make problems, never change the value: a reader that shows no problems for
  // this file (kb check --changed reading the other 10,000) passes unknownKeys: false.
  const unknown = options.unknownKeys === false ? [] : findUnknownKeys(schema, data);
  const problems: Problem[] = unknown.map(({ path, key, known }) => {
    const guess = closestWord(key, known);
    return {
      file,
      line: parsed.lineOf(path),
      severity: 'error',
      code: 'unknown-field',
      message: `không có trường "${fieldName(path)}"${guess ? ` — có phải "${guess}"?` : ''}`,
      hint: guess ? `đổi "${key}" thành "${guess}"` : `xóa dòng này hoặc dùng một trong các trường: ${known.join(', ')}`,
    };
  });
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const input = valueAt(data, issue.path);
      problems.push({
        file,
        line: parsed.lineOf(issue.path as PropertyKey[]),
        severity: 'error',
        code: 'schema',
        message: `trường "${issue.path.length ? fieldName(issue.path) : '(phần đầu)'}": ${describeIssue(issue, input)}`,
        hint: hintFor(issue, input),
      });
    }
  }
  return { value: result.success ? result.data : undefined, problems };
}

const typeNames: Record<string, string> = {
  string: 'chữ', number: 'số', boolean: 'true hoặc false', array: 'danh sách', object: 'nhóm trường con', null: 'giá trị trống',
};
const typeName = (type: string) => typeNames[type] ?? type;
const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
const fieldName = (path: readonly PropertyKey[]) => path.map(String).join('.');

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** The types a union accepted, from its branches' complaints. */
function expectedTypes(issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'invalid_type') return [issue.expected];
  if (issue.code === 'invalid_union') return issue.errors.flatMap((branch) => branch.flatMap(expectedTypes));
  return [];
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  if (input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
    return `bắt buộc nhưng đang thiếu`;
  }
  if (input === null) return 'đang để trống';
  if (issue.code === 'invalid_type' || issue.code === 'invalid_union') {
    const expected = [...new Set(expectedTypes(issue))].map(typeName);
    if (expected.length) return `cần ${expected.join(' hoặc ')}, nhận được ${typeName(kindOf(input))}`;
  }
  if (issue.code === 'invalid_value') return `giá trị "${String(input)}" không hợp lệ; chọn một trong: ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'too_small' && issue.origin === 'string') return 'không được để trống';
  if (issue.code === 'too_small') return `cần ít nhất ${String(issue.minimum)}`;
  if (issue.code === 'too_big') return `nhiều nhất ${String(issue.maximum)}`;
  if (issue.code === 'invalid_format') return `"${String(input)}" không đúng dạng: ${issue.message}`;
  return issue.message;
}

function hintFor(issue: z.core.$ZodIssue, input: unknown): string {
  const field = String(issue.path.findLast((key) => typeof key === 'string') ?? 'trường');
  if (input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) return `thêm dòng "${field}: …" vào phần đầu`;
  if (input === null) return `điền giá trị sau "${field}:" hoặc xóa cả dòng nếu trường không bắt buộc`;
  if (issue.code === 'invalid_type' || issue.code === 'invalid_union') {
    const expected = expectedTypes(issue);
    if (expected.includes('string')) return `đặt giá trị trong dấu ngoặc kép: ${field}: "…"`;
    if (expected.includes('array')) return `viết danh sách: ${field}: [a, b] hoặc mỗi mục một dòng "- …"`;
    if (expected.includes('boolean')) return `viết ${field}: true hoặc ${field}: false`;
    if (expected.includes('object')) return `viết các trường con của "${field}" thụt vào bên dưới`;
  }
  if (issue.code === 'invalid_value') {
    const guess = typeof input === 'string' ? closestWord(input, issue.values.map(String)) : undefined;
    return guess ? `có phải "${guess}"?` : 'viết một giá trị trong danh sách trên';
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return `điền nội dung cho "${field}" hoặc xóa dòng nếu trường không bắt buộc`;
  if (issue.code === 'invalid_format' && typeof input === 'string' && /^[a-z0-9-]/i.test(slugify(input)) && !input.includes('#')) {
    return `viết "${slugify(input)}"`;
  }
  if (issue.code === 'invalid_format') return 'viết lại theo mẫu trong thông báo';
  const custom = issue.code === 'custom' ? (issue.params as { hint?: string } | undefined)?.hint : undefined;
  return custom ?? 'sửa giá trị ở dòng này (các trường được mô tả trong src/schemas/)';
}
