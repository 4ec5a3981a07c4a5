import type { z } from 'astro/zod';
import type { Problem } from '../problems.ts';
import type { ParsedYaml } from './frontmatter.ts';

/**
 * Validates frontmatter against a schema and turns every Zod issue into a Problem at the line of
 * the offending field, worded for the author: which field, what is wrong, what is expected.
 */
export function validateFrontmatter<S extends z.ZodType>(
  schema: S,
  parsed: ParsedYaml,
  file: string,
): { value?: z.output<S>; problems: Problem[] } {
  const result = schema.safeParse(parsed.data ?? {});
  if (result.success) return { value: result.data, problems: [] };
  const problems = result.error.issues.map((issue): Problem => {
    const field = issue.path.length ? issue.path.join('.') : '(phần đầu)';
    return {
      file,
      line: parsed.lineOf(issue.path as PropertyKey[]),
      severity: 'error',
      code: 'schema',
      message: `trường "${field}": ${describeIssue(issue)}`,
      hint: hintFor(issue),
    };
  });
  return { problems };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const received = (issue as { input?: unknown }).input;
    if (received === undefined) return `bắt buộc nhưng đang thiếu (cần ${issue.expected})`;
    return `cần kiểu ${issue.expected}, nhận được ${typeof received}`;
  }
  if (issue.code === 'invalid_value') return `giá trị không hợp lệ; chọn một trong: ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'unrecognized_keys') return `không có trường ${issue.keys.join(', ')}`;
  return issue.message;
}

function hintFor(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) {
    return `thêm dòng "${String(issue.path.at(-1))}: …" vào phần đầu`;
  }
  if (issue.code === 'invalid_value') return `viết một giá trị trong danh sách trên`;
  return undefined;
}
