import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { contentHash, type JsonCache } from '../cache/json-cache.ts';
import type { Problem } from '../problems.ts';
import type { SourceRef } from '../model.ts';
import { uniqueBy } from '../unique.ts';
import { decodeContentFile } from './decode.ts';
import { opensFrontmatter, parseYaml, splitFrontmatter, type ParsedYaml } from './frontmatter.ts';
import { fileTooLarge } from './body-limits.ts';
import { validateFrontmatter } from './validate.ts';
import { yamlDepthError, yamlMessage } from './yaml-messages.ts';

export interface ReadEntry<T> {
  value?: T;
  body: string;
  source: SourceRef;
  problems: Problem[];
}

const nowhere = (file: string): SourceRef => ({ file, lineOf: () => 1, bodyLine: 1 });

export interface ReadOptions {
  /** Parsed YAML from earlier runs, by hash of its text (see cache/json-cache.ts). */
  yamlCache?: JsonCache<unknown>;
  /**
   * For a file whose problems nobody is shown (kb check --changed reads every other file only for
   * its ids and tasks): read and decode the frontmatter only, return an empty body, and skip the
   * checks that can only add problems.
   */
  frontmatterOnly?: boolean;
  /**
   * With frontmatterOnly: the checked frontmatter of files read in an earlier run, by path, size and
   * modification time. kb check --changed then only looks at the 10,000 files it does not report on
   * (a stat each) instead of reading, parsing and checking them again.
   */
  checkedCache?: JsonCache<CheckedEntry>;
  /** Where a full read files its checked frontmatter, so that a later frontmatter-only read finds it. */
  rememberIn?: JsonCache<CheckedEntry>;
}

/** What a frontmatter-only read keeps of a file whose frontmatter passed its schema. */
export interface CheckedEntry {
  value: unknown;
  bodyLine: number;
}

/**
 * The text of a content file as NFC, with warnings about how it was stored; undefined (and an
 * error) when it cannot be read as UTF-8 text at all. Never throws: an unreadable file is a problem.
 */
function readText(root: string, file: string, problems: Problem[], frontmatterOnly = false): string | undefined {
  let bytes: Uint8Array;
  try {
    // A file far past the body limit is not read at all: memory stays bounded whatever is dropped in.
    const tooLarge = frontmatterOnly ? undefined : fileTooLarge(root, file);
    if (tooLarge) {
      problems.push(tooLarge);
      return undefined;
    }
    bytes = frontmatterOnly ? readFrontmatterBytes(join(root, file)) : readFileSync(join(root, file));
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

type YamlNotes = Pick<ParsedYaml, 'errors' | 'warnings'>;

function yamlProblems(parsed: YamlNotes, file: string, where: string): Problem[] {
  return [
    // One problem per line and kind: the parser can report the same fault twice.
    ...uniqueBy(parsed.errors, (e) => `${e.line} ${e.code}`).map((e): Problem => {
      const { message, hint } = yamlMessage(e.code);
      return { file, line: e.line, severity: 'error', code: 'yaml', message: `${where} không đọc được: ${message}`, hint };
    }),
    ...parsed.warnings.map((e): Problem => ({ file, line: e.line, severity: 'warning', code: 'yaml', message: `${where}: ${e.message}`, hint: 'bỏ thẻ !… ở dòng này; viết giá trị thường' })),
  ];
}

/**
 * The data of a YAML text and what the parser had to say, from the cache when this exact text was
 * parsed in an earlier run: parsing was most of the time of reading 10,000 reports.
 */
function readYaml(text: string, firstLine: number, cache: JsonCache<unknown> | undefined): YamlNotes & { data?: unknown } {
  const key = cache && contentHash(`${firstLine}\n${text}`);
  const hit = key === undefined ? undefined : (cache!.get(key) as { data: unknown; warnings: ParsedYaml['warnings'] } | undefined);
  if (hit) return { data: hit.data, errors: [], warnings: hit.warnings };
  const tooDeep = yamlDepthError(text, firstLine);
  if (tooDeep) return { errors: [tooDeep], warnings: [] };
  const parsed = parseYaml(text, firstLine);
  if (parsed.errors.length) return parsed;
  // A JSON copy holds its own strings, not slices that would keep the whole file text alive.
  const data = JSON.parse(JSON.stringify(parsed.data ?? null));
  if (key !== undefined) cache!.set(key, { data, warnings: parsed.warnings });
  return { data, errors: [], warnings: parsed.warnings };
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
      const text = readText(root, file, []);
      const split = text === undefined ? null : splitFrontmatter(text);
      lineOf = split ? parseYaml(split.yaml, split.yamlLine).lineOf : () => 1;
    }
    return lineOf(path);
  };
}

/** Reads one .mdx file: decodes it, splits the frontmatter, parses and validates it. */
export function readMdxEntry<S extends z.ZodType>(root: string, file: string, schema: S, options: ReadOptions = {}): ReadEntry<z.output<S>> {
  if (options.frontmatterOnly && options.checkedCache) return readCheckedEntry(root, file, schema, options.checkedCache, options);
  // Taken before reading, so an edit made meanwhile gives the entry a key no later read will match.
  const key = options.rememberIn && checkedKey(root, file);
  const problems: Problem[] = [];
  const text = readText(root, file, problems, options.frontmatterOnly);
  if (text === undefined) return { body: '', source: nowhere(file), problems };
  const split = splitFrontmatter(text);
  if (!split) {
    problems.push(opensFrontmatter(text)
      ? { file, line: 1, severity: 'error', code: 'frontmatter-unclosed', message: 'phần đầu (frontmatter) mở bằng --- nhưng không có dòng --- đóng lại', hint: 'thêm một dòng chỉ có --- sau trường cuối cùng, trước toàn văn' }
      : { file, line: 1, severity: 'error', code: 'frontmatter-missing', message: 'thiếu phần đầu (frontmatter)', hint: 'dòng đầu tiên của tệp phải là ---, rồi các trường, rồi một dòng --- nữa' });
    return { body: text, source: nowhere(file), problems };
  }
  const source: SourceRef = { file, lineOf: lazyLineOf(root, file), bodyLine: split.bodyLine };
  const yaml = readYaml(split.yaml, split.yamlLine, options.yamlCache);
  problems.push(...yamlProblems(yaml, file, 'phần đầu'));
  if (yaml.errors.length) return { body: split.body, source, problems };
  const { value, problems: schemaProblems } = validateFrontmatter(schema, { data: yaml.data, lineOf: source.lineOf, errors: [], warnings: [] }, file, { unknownKeys: !options.frontmatterOnly });
  problems.push(...schemaProblems);
  if (key && value !== undefined) options.rememberIn!.set(key, { value, bodyLine: split.bodyLine });
  return { value, body: split.body, source, problems };
}

/** A file's key in the checked-entry cache: its path, size and modification time. */
function checkedKey(root: string, file: string): string | undefined {
  try {
    const stat = statSync(join(root, file));
    return `${join(root, file)}\t${stat.size}\t${stat.mtimeMs}`;
  } catch {
    return undefined; // unreadable: the read says so
  }
}

/**
 * A frontmatter-only read through the checked-entry cache. Only the value and where the body starts
 * are kept: the file's own problems are not reported by the reads that use this (see ReadOptions).
 */
function readCheckedEntry<S extends z.ZodType>(root: string, file: string, schema: S, cache: JsonCache<CheckedEntry>, options: ReadOptions): ReadEntry<z.output<S>> {
  const key = checkedKey(root, file);
  const hit = key === undefined ? undefined : cache.get(key);
  if (hit) return { value: hit.value as z.output<S>, body: '', source: { file, lineOf: lazyLineOf(root, file), bodyLine: hit.bodyLine }, problems: [] };
  return readMdxEntry(root, file, schema, { ...options, frontmatterOnly: true, checkedCache: undefined, rememberIn: cache });
}

/** Reads a YAML data file holding a list of entries (units), its parse cached like frontmatter. */
export function readYamlList<S extends z.ZodType>(root: string, file: string, schema: S, yamlCache?: JsonCache<unknown>): { items: { value: z.output<S>; source: SourceRef }[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const text = readText(root, file, problems);
  if (text === undefined) return { items: [], problems };
  const yaml = readYaml(text, 1, yamlCache);
  problems.push(...yamlProblems(yaml, file, 'tệp'));
  if (yaml.errors.length) return { items: [], problems };
  if (!Array.isArray(yaml.data)) {
    problems.push({ file, line: 1, severity: 'error', code: 'schema', message: 'tệp đơn vị phải là một danh sách', hint: 'mỗi đơn vị bắt đầu bằng một dòng "- id: …", các trường tiếp theo thụt vào hai dấu cách' });
    return { items: [], problems };
  }
  // Lines are looked up (and the YAML parsed) only when a problem needs one.
  let parsed: ParsedYaml | undefined;
  const items: { value: z.output<S>; source: SourceRef }[] = [];
  yaml.data.forEach((item, index) => {
    const lineOf = (path: readonly PropertyKey[]) => (parsed ??= parseYaml(text, 1)).lineOf([index, ...path]);
    const { value, problems: p } = validateFrontmatter(schema, { data: item, lineOf, errors: [], warnings: [] }, file);
    problems.push(...p);
    if (value) items.push({ value, source: { file, lineOf, bodyLine: 1 } });
  });
  return { items, problems };
}

/**
 * The bytes up to the end of the closing `---` line, read from the head of the file (all of it
 * when the frontmatter is longer than the head): `kb check --changed` needs the ids and tasks of
 * 10,000 unchanged reports, not their 60 KB bodies.
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
