import type { z } from 'astro/zod';
import type { JsonCache } from '../cache/json-cache.ts';
import type { Problem } from '../problems.ts';
import type { SourceRef } from '../model.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import { parseMdxEntry, parseYamlList } from './parse-entry.ts';
import { fileStamp, readText } from './read-file.ts';

/**
 * Reading one content file: read-file.ts reads it (the disk), parse-entry.ts parses and checks the
 * text (pure), and the checked-entry cache wraps the two for files nobody is shown.
 */

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
  const key = options.rememberIn && fileStamp(root, file);
  const problems: Problem[] = [];
  const text = readText(root, file, problems, options.frontmatterOnly);
  if (text === undefined) return { body: '', source: nowhere(file), problems };
  const lineOf = lazyLineOf(root, file);
  const parsed = parseMdxEntry(file, text, schema, { yamlCache: options.yamlCache, unknownKeys: !options.frontmatterOnly, lineOf });
  problems.push(...parsed.problems);
  const source: SourceRef = parsed.hasFrontmatter ? { file, lineOf, bodyLine: parsed.bodyLine } : nowhere(file);
  if (key && parsed.value !== undefined) options.rememberIn!.set(key, { value: parsed.value, bodyLine: parsed.bodyLine });
  return { value: parsed.value, body: parsed.body, source, problems };
}

/**
 * A frontmatter-only read through the checked-entry cache, with readMdxEntry's interface: only the
 * value and where the body starts are kept, as the file's own problems are not reported by the
 * reads that use this (see ReadOptions).
 */
function readCheckedEntry<S extends z.ZodType>(root: string, file: string, schema: S, cache: JsonCache<CheckedEntry>, options: ReadOptions): ReadEntry<z.output<S>> {
  const key = fileStamp(root, file);
  const hit = key === undefined ? undefined : cache.get(key);
  if (hit) return { value: hit.value as z.output<S>, body: '', source: { file, lineOf: lazyLineOf(root, file), bodyLine: hit.bodyLine }, problems: [] };
  return readMdxEntry(root, file, schema, { ...options, frontmatterOnly: true, checkedCache: undefined, rememberIn: cache });
}

/** Reads a YAML data file holding a list of entries (units), its parse cached like frontmatter. */
export function readYamlList<S extends z.ZodType>(root: string, file: string, schema: S, yamlCache?: JsonCache<unknown>): { items: { value: z.output<S>; source: SourceRef }[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const text = readText(root, file, problems);
  if (text === undefined) return { items: [], problems };
  const parsed = parseYamlList(file, text, schema, yamlCache);
  return { items: parsed.items, problems: [...problems, ...parsed.problems] };
}
