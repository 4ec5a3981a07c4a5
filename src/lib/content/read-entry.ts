import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { Problem } from '../problems.ts';
import type { SourceRef } from '../model.ts';
import { decodeContentFile } from './decode.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import { validateFrontmatter } from './validate.ts';

export interface ReadEntry<T> {
  value?: T;
  body: string;
  source: SourceRef;
  problems: Problem[];
}

const nowhere = (file: string): SourceRef => ({ file, lineOf: () => 1, bodyLine: 1 });

/** Reads one .mdx file: decodes it, splits the frontmatter, parses and validates it. */
export function readMdxEntry<S extends z.ZodType>(root: string, file: string, schema: S): ReadEntry<z.output<S>> {
  const decoded = decodeContentFile(readFileSync(join(root, file)));
  if (!decoded.ok) {
    return { body: '', source: nowhere(file), problems: [{ file, line: decoded.line, severity: 'error', code: 'encoding', message: decoded.message, hint: decoded.hint }] };
  }
  const problems: Problem[] = [];
  if (decoded.wasNfd) {
    problems.push({
      file, line: 1, severity: 'warning', code: 'nfd',
      message: 'văn bản ở dạng Unicode tổ hợp (NFD); trang web hiển thị bản đã chuẩn hóa NFC',
      hint: 'lưu lại tệp ở dạng NFC (dựng sẵn) để tìm kiếm và so sánh chính xác',
    });
  }
  const split = splitFrontmatter(decoded.text);
  if (!split) {
    problems.push({ file, line: 1, severity: 'error', code: 'frontmatter-missing', message: 'thiếu phần đầu (frontmatter)', hint: 'mở đầu tệp bằng một dòng ---, các trường, rồi một dòng --- nữa' });
    return { body: decoded.text, source: nowhere(file), problems };
  }
  const parsed = parseYaml(split.yaml, split.yamlLine);
  const source: SourceRef = { file, lineOf: parsed.lineOf, bodyLine: split.bodyLine };
  if (parsed.errors.length) {
    for (const e of parsed.errors) {
      problems.push({ file, line: e.line, severity: 'error', code: 'yaml', message: `phần đầu không đọc được: ${e.message}`, hint: 'kiểm tra thụt lề, dấu hai chấm và dấu ngoặc kép ở dòng này' });
    }
    return { body: split.body, source, problems };
  }
  const { value, problems: schemaProblems } = validateFrontmatter(schema, parsed, file);
  problems.push(...schemaProblems);
  return { value, body: split.body, source, problems };
}

/** Reads a YAML data file holding a list of entries (units). */
export function readYamlList<S extends z.ZodType>(root: string, file: string, schema: S): { items: { value: z.output<S>; source: SourceRef }[]; problems: Problem[] } {
  const decoded = decodeContentFile(readFileSync(join(root, file)));
  if (!decoded.ok) {
    return { items: [], problems: [{ file, line: decoded.line, severity: 'error', code: 'encoding', message: decoded.message, hint: decoded.hint }] };
  }
  const parsed = parseYaml(decoded.text, 1);
  if (parsed.errors.length) {
    return { items: [], problems: parsed.errors.map((e) => ({ file, line: e.line, severity: 'error' as const, code: 'yaml', message: `không đọc được: ${e.message}`, hint: 'kiểm tra thụt lề và dấu hai chấm ở dòng này' })) };
  }
  if (!Array.isArray(parsed.data)) {
    return { items: [], problems: [{ file, line: 1, severity: 'error', code: 'schema', message: 'tệp đơn vị phải là một danh sách (mỗi đơn vị bắt đầu bằng "- id: …")' }] };
  }
  const items: { value: z.output<S>; source: SourceRef }[] = [];
  const problems: Problem[] = [];
  parsed.data.forEach((_, index) => {
    const itemParsed = { ...parsed, data: (parsed.data as unknown[])[index], lineOf: (path: readonly PropertyKey[]) => parsed.lineOf([index, ...path]) };
    const { value, problems: p } = validateFrontmatter(schema, itemParsed, file);
    problems.push(...p);
    if (value) items.push({ value, source: { file, lineOf: itemParsed.lineOf, bodyLine: 1 } });
  });
  return { items, problems };
}
