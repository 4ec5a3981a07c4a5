import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { contentHash, type JsonCache } from '../cache/json-cache.ts';
import type { Problem } from '../problems.ts';
import type { SourceRef } from '../model.ts';
import { decodeContentFile } from './decode.ts';
import { parseYaml, splitFrontmatter, type ParsedYaml } from './frontmatter.ts';
import { validateFrontmatter } from './validate.ts';

export interface ReadEntry<T> {
  value?: T;
  body: string;
  source: SourceRef;
  problems: Problem[];
}

const nowhere = (file: string): SourceRef => ({ file, lineOf: () => 1, bodyLine: 1 });

export interface ReadOptions {
  /** Parsed frontmatter from earlier runs, by hash of its text. */
  yamlCache?: JsonCache<unknown>;
  /** Decode the frontmatter only and return an empty body (for files whose body nobody checks). */
  frontmatterOnly?: boolean;
}

/**
 * Reads one .mdx file: decodes it, splits the frontmatter, parses and validates it. With a cache,
 * frontmatter already parsed in an earlier run (same text, same hash) is not parsed again.
 */
export function readMdxEntry<S extends z.ZodType>(root: string, file: string, schema: S, options: ReadOptions = {}): ReadEntry<z.output<S>> {
  const { yamlCache } = options;
  const decoded = decodeContentFile(options.frontmatterOnly ? readFrontmatterBytes(join(root, file)) : readFileSync(join(root, file)));
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
  const source: SourceRef = { file, lineOf: lazyLineOf(root, file), bodyLine: split.bodyLine };
  const key = yamlCache && contentHash(split.yaml);
  let data = key === undefined ? undefined : yamlCache!.get(key);
  if (data === undefined) {
    const parsed = parseYaml(split.yaml, split.yamlLine);
    if (parsed.errors.length) {
      for (const e of parsed.errors) {
        problems.push({ file, line: e.line, severity: 'error', code: 'yaml', message: `phần đầu không đọc được: ${e.message}`, hint: 'kiểm tra thụt lề, dấu hai chấm và dấu ngoặc kép ở dòng này' });
      }
      return { body: split.body, source, problems };
    }
    // A JSON copy holds its own strings, not slices that would keep the whole file text alive.
    data = JSON.parse(JSON.stringify(parsed.data ?? null));
    if (key !== undefined) yamlCache!.set(key, data);
  }
  const { value, problems: schemaProblems } = validateFrontmatter(schema, { data, lineOf: source.lineOf, errors: [] }, file);
  problems.push(...schemaProblems);
  return { value, body: split.body, source, problems };
}

/**
 * The bytes up to the end of the closing `---` line, read from the head of the file (all of it
 * when the frontmatter is longer than the head): `kb check --changed` needs the ids and tasks of 10,000 unchanged
 * reports, not their 60 KB bodies.
 */
function readFrontmatterBytes(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, head, 0, head.length, 0);
    const end = frontmatterEnd(head.subarray(0, read));
    if (end >= 0) return Buffer.from(head.subarray(0, end));
    if (read < head.length) return Buffer.from(head.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return readFileSync(path);
}

/** One buffer for the heads of files, reused: allocating one per file kept the collector busy. */
const head = Buffer.alloc(32768);

/** Offset just past the closing `---` line (ending in a newline), or -1 when not (yet) found. */
function frontmatterEnd(bytes: Buffer): number {
  for (let at = bytes.indexOf('\n---'); at >= 0; at = bytes.indexOf('\n---', at + 1)) {
    let end = at + 4;
    while (end < bytes.length && (bytes[end] === 0x20 || bytes[end] === 0x09 || bytes[end] === 0x0d)) end++;
    if (end < bytes.length && bytes[end] === 0x0a) return end;
  }
  return -1;
}

/**
 * Lines of frontmatter values, found only when a problem needs one: the file is read and its YAML
 * parsed again then. Keeping every parsed YAML document for the rare problem cost hundreds of
 * megabytes at 10,000 reports.
 */
function lazyLineOf(root: string, file: string): SourceRef['lineOf'] {
  let lineOf: SourceRef['lineOf'] | undefined;
  return (path) => {
    if (!lineOf) {
      const decoded = decodeContentFile(readFileSync(join(root, file)));
      const split = decoded.ok ? splitFrontmatter(decoded.text) : null;
      lineOf = split ? parseYaml(split.yaml, split.yamlLine).lineOf : () => 1;
    }
    return lineOf(path);
  };
}

/** Reads a YAML data file holding a list of entries (units), with the parse cached like frontmatter. */
export function readYamlList<S extends z.ZodType>(root: string, file: string, schema: S, yamlCache?: JsonCache<unknown>): { items: { value: z.output<S>; source: SourceRef }[]; problems: Problem[] } {
  const decoded = decodeContentFile(readFileSync(join(root, file)));
  if (!decoded.ok) {
    return { items: [], problems: [{ file, line: decoded.line, severity: 'error', code: 'encoding', message: decoded.message, hint: decoded.hint }] };
  }
  const text = decoded.text;
  let parsed: ParsedYaml | undefined;
  const parse = () => (parsed ??= parseYaml(text, 1));
  const key = yamlCache && contentHash(text);
  let data = key === undefined ? undefined : yamlCache!.get(key);
  if (data === undefined) {
    const { errors, data: fresh } = parse();
    if (errors.length) {
      return { items: [], problems: errors.map((e) => ({ file, line: e.line, severity: 'error' as const, code: 'yaml', message: `không đọc được: ${e.message}`, hint: 'kiểm tra thụt lề và dấu hai chấm ở dòng này' })) };
    }
    data = JSON.parse(JSON.stringify(fresh ?? null));
    if (key !== undefined) yamlCache!.set(key, data);
  }
  if (!Array.isArray(data)) {
    return { items: [], problems: [{ file, line: 1, severity: 'error', code: 'schema', message: 'tệp đơn vị phải là một danh sách (mỗi đơn vị bắt đầu bằng "- id: …")' }] };
  }
  const items: { value: z.output<S>; source: SourceRef }[] = [];
  const problems: Problem[] = [];
  data.forEach((item, index) => {
    // Lines are looked up (and the YAML parsed) only when a problem needs one.
    const lineOf = (path: readonly PropertyKey[]) => parse().lineOf([index, ...path]);
    const { value, problems: p } = validateFrontmatter(schema, { data: item, lineOf, errors: [] }, file);
    problems.push(...p);
    if (value) items.push({ value, source: { file, lineOf, bodyLine: 1 } });
  });
  return { items, problems };
}
