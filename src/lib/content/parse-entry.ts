import type { z } from 'astro/zod';
import { contentHash, type JsonCache } from '../cache/json-cache.ts';
import type { SourceRef } from '../model.ts';
import type { Problem } from '../problems.ts';
import { uniqueBy } from '../unique.ts';
import { opensFrontmatter, parseYaml, splitFrontmatter, type ParsedYaml } from './frontmatter.ts';
import { validateFrontmatter } from './validate.ts';
import { yamlDepthError, yamlMessage } from './yaml-messages.ts';

/**
 * Parsing and checking a content file's text, with no disk in sight: the text comes from
 * read-file.ts, lines of values from a `lineOf` the caller gives (read-entry.ts re-reads the file
 * only when a problem needs one). A YAML cache, when given, is an in-memory map to this code.
 */

/** One entry parsed from its text: the checked value (when it passed), the body, and what was wrong. */
export interface ParsedEntry<T> {
  value?: T;
  body: string;
  bodyLine: number;
  /** Whether the text opened and closed a frontmatter at all (lines can be looked up in it). */
  hasFrontmatter: boolean;
  problems: Problem[];
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

export interface ParseOptions {
  /** Parsed YAML from earlier runs, by hash of its text (see cache/json-cache.ts). */
  yamlCache?: JsonCache<unknown>;
  /** Whether a field the schema does not know is a problem (not for files nobody is shown). */
  unknownKeys: boolean;
  /** Where a frontmatter value stands in the file, looked up only when a problem needs it. */
  lineOf: SourceRef['lineOf'];
}

/** An .mdx text: its frontmatter split off, parsed and validated against `schema`. */
export function parseMdxEntry<S extends z.ZodType>(file: string, text: string, schema: S, options: ParseOptions): ParsedEntry<z.output<S>> {
  const problems: Problem[] = [];
  const split = splitFrontmatter(text);
  if (!split) {
    problems.push(opensFrontmatter(text)
      ? { file, line: 1, severity: 'error', code: 'frontmatter-unclosed', message: 'phần đầu (frontmatter) mở bằng --- nhưng không có dòng --- đóng lại', hint: 'thêm một dòng chỉ có --- sau trường cuối cùng, trước toàn văn' }
      : { file, line: 1, severity: 'error', code: 'frontmatter-missing', message: 'thiếu phần đầu (frontmatter)', hint: 'dòng đầu tiên của tệp phải là ---, rồi các trường, rồi một dòng --- nữa' });
    return { body: text, bodyLine: 1, hasFrontmatter: false, problems };
  }
  const yaml = readYaml(split.yaml, split.yamlLine, options.yamlCache);
  problems.push(...yamlProblems(yaml, file, 'phần đầu'));
  if (yaml.errors.length) return { body: split.body, bodyLine: split.bodyLine, hasFrontmatter: true, problems };
  const { value, problems: schemaProblems } = validateFrontmatter(schema, { data: yaml.data, lineOf: options.lineOf, errors: [], warnings: [] }, file, { unknownKeys: options.unknownKeys });
  problems.push(...schemaProblems);
  return { value, body: split.body, bodyLine: split.bodyLine, hasFrontmatter: true, problems };
}

/** A YAML data text holding a list of entries (units), each validated against `schema`. */
export function parseYamlList<S extends z.ZodType>(file: string, text: string, schema: S, yamlCache?: JsonCache<unknown>): { items: { value: z.output<S>; source: SourceRef }[]; problems: Problem[] } {
  const problems: Problem[] = [];
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
