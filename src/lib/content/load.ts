import { documentSchema } from '../../schemas/document.ts';
import { reportSchema } from '../../schemas/report.ts';
import { unitSchema } from '../../schemas/unit.ts';
import { contentHash, type JsonCache } from '../cache/json-cache.ts';
import type { KnowledgeBase, LegalDocument, Report, Task, Unit } from '../model.ts';
import { dueDayOf } from '../tracker/due.ts';
import { latestDay, parsePartialDate } from '../partial-date.ts';
import { parsePeriod } from '../period.ts';
import { hasErrors, sortProblems, type Problem } from '../problems.ts';
import type { Citation } from '../citations/types.ts';
import { readReportCitations } from '../citations/report-citations.ts';
import { checkOutlineAnswer } from '../letters/outline-check.ts';
import { checkBodyLimits } from './body-limits.ts';
import { checkConsistency } from './consistency.ts';
import { bodyKey, checkIdentity } from './identity.ts';
import { checkReportPlace } from './report-place.ts';
import { checkUnitGraph } from './unit-graph.ts';
import { checkFileLayout } from './file-layout.ts';
import { checkBodySafety } from './mdx-safety.ts';
import { checkReferences } from './references.ts';
import { checkDates } from './dates.ts';
import { readMdxEntry, readYamlList, type CheckedEntry, type ReadOptions } from './read-entry.ts';
import { listFiles } from './walk.ts';

/** A body handed to checks while loading; bodies are not kept in the model (they are re-read to render). */
export interface LoadedBody {
  file: string;
  kind: 'report' | 'document';
  id: string;
  body: string;
  bodyLine: number;
}

export interface LoadOptions {
  /** Called once per body while it is in memory (citation checks hook in here). */
  onBody?: (body: LoadedBody, problems: Problem[]) => void;
  /** Only these files (paths under the root) get body checks; all entries are still loaded for references. */
  onlyFiles?: ReadonlySet<string>;
  /** Parsed frontmatter from earlier runs, by hash of its text (see cache/json-cache.ts). */
  yamlCache?: JsonCache<unknown>;
  /** Each report body's identity (identity.ts bodyKey; '' for a body too short to have one), by hash of the body. */
  bodyKeyCache?: JsonCache<string>;
  /** Citations read from report bodies in earlier runs, by hash of the body. */
  citationCache?: JsonCache<Citation[]>;
  /** Checked frontmatter of the files outside onlyFiles, by size and modification time (see read-entry.ts). */
  checkedCache?: JsonCache<CheckedEntry>;
}

/** Reads and checks the whole content root. Never throws on bad content: every fault is a Problem. */
export function loadKnowledgeBase(root: string, options: LoadOptions = {}): { kb: KnowledgeBase; problems: Problem[] } {
  const problems: Problem[] = checkFileLayout(root);
  const units = loadUnits(root, problems, options);
  const documents = loadDocuments(root, problems, options);
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const bodyKeys = new Map<string, string>();
  const reports = loadReports(root, problems, options, documents, unitNames, bodyKeys);
  const kb: KnowledgeBase = { root, reports, documents, units };
  problems.push(...checkReferences(kb), ...checkConsistency(kb), ...checkDates(kb), ...checkIdentity(kb, bodyKeys));
  problems.push(...checkUnitGraph(units), ...checkReportPlace(kb));
  options.yamlCache?.flush();
  options.citationCache?.flush();
  options.bodyKeyCache?.flush();
  options.checkedCache?.flush();
  return { kb, problems: sortProblems(problems) };
}

/**
 * A body's identity, from the cache when this exact text was seen before: normalising and hashing
 * every report's text was a third of a warm load at 10,000 reports (3.7 of 9.6 s).
 */
function cachedBodyKey(body: string, cache: JsonCache<string> | undefined, bodyHash: string | undefined): string | undefined {
  if (!cache) return bodyKey(body);
  const hash = bodyHash ?? contentHash(body);
  const known = cache.get(hash);
  if (known !== undefined) return known || undefined;
  const key = bodyKey(body);
  cache.set(hash, key ?? '');
  return key;
}

function loadUnits(root: string, problems: Problem[], options: LoadOptions): Unit[] {
  const units: Unit[] = [];
  for (const file of listFiles(root, 'units', ['.yaml', '.yml'])) {
    const { items, problems: p } = readYamlList(root, file, unitSchema, options.yamlCache);
    problems.push(...p);
    for (const { value, source } of items) units.push({ ...value, source });
  }
  return units;
}

function wantsBody(options: LoadOptions, file: string): boolean {
  return !options.onlyFiles || options.onlyFiles.has(file);
}

/**
 * How one file is read: in full when it is checked, otherwise its frontmatter only. A full read of
 * everything files each checked frontmatter in the checked-entry cache for later partial checks.
 */
function readOptions(options: LoadOptions, file: string): ReadOptions {
  if (!options.onlyFiles) return { yamlCache: options.yamlCache, rememberIn: options.checkedCache };
  return { yamlCache: options.yamlCache, frontmatterOnly: !options.onlyFiles.has(file), checkedCache: options.checkedCache };
}

function checkBody(body: LoadedBody, problems: Problem[], options: LoadOptions) {
  if (!wantsBody(options, body.file)) return;
  // Too large or too deeply nested: refused before any parser (the MDX check's included) sees it.
  const limits = checkBodyLimits(body.body, body.file, body.bodyLine);
  problems.push(...limits);
  if (hasErrors(limits)) return;
  problems.push(...checkBodySafety(body.body, body.file, body.bodyLine));
  options.onBody?.(body, problems);
}

function loadDocuments(root: string, problems: Problem[], options: LoadOptions): LegalDocument[] {
  const documents: LegalDocument[] = [];
  for (const file of listFiles(root, 'directives', ['.mdx'])) {
    const id = file.slice('directives/'.length, -'.mdx'.length);
    const entry = readMdxEntry(root, file, documentSchema, readOptions(options, file));
    problems.push(...entry.problems);
    if (wantsBody(options, file) && !entry.body.trim() && entry.value) {
      problems.push({ file, line: entry.source.bodyLine, severity: 'warning', code: 'empty-body', message: 'văn bản chưa có phần giới thiệu', hint: 'viết vài dòng tóm tắt nội dung văn bản bên dưới phần đầu' });
    }
    checkBody({ file, kind: 'document', id, body: entry.body, bodyLine: entry.source.bodyLine }, problems, options);
    if (entry.value) documents.push({ ...entry.value, id, source: entry.source });
  }
  return documents;
}

function loadReports(root: string, problems: Problem[], options: LoadOptions, documents: LegalDocument[], unitNames: ReadonlyMap<string, string>, bodyKeys: Map<string, string>): Report[] {
  const reports: Report[] = [];
  // Files with other extensions are named by checkFileLayout, not skipped in silence.
  for (const file of listFiles(root, 'reports', ['.mdx'])) {
    const id = file.slice('reports/'.length, -'.mdx'.length);
    const entry = readMdxEntry(root, file, reportSchema, readOptions(options, file));
    problems.push(...entry.problems);
    if (wantsBody(options, file) && !entry.body.trim() && entry.value) {
      problems.push({ file, line: entry.source.bodyLine, severity: 'error', code: 'empty-body', message: 'báo cáo chỉ có phần đầu, chưa có toàn văn', hint: 'dán toàn văn báo cáo bên dưới dòng --- đóng phần đầu' });
    }
    checkBody({ file, kind: 'report', id, body: entry.body, bodyLine: entry.source.bodyLine }, problems, options);
    if (!entry.value) continue;
    // One hash of the body keys both of its caches (identity here, citations below).
    const bodyHash = options.bodyKeyCache || options.citationCache ? contentHash(entry.body) : undefined;
    const textKey = entry.body ? cachedBodyKey(entry.body, options.bodyKeyCache, bodyHash) : undefined;
    if (textKey) bodyKeys.set(id, textKey);
    // Citations are read for every report (the site links and indexes them) and checked, as warnings,
    // for the files being checked.
    const cited = readReportCitations(file, entry.body, entry.source.bodyLine, documents, options.citationCache, bodyHash);
    if (wantsBody(options, file)) problems.push(...cited.problems);
    // Sections of a letter's outline left empty or left out (src/lib/letters, issue 17).
    if (wantsBody(options, file)) problems.push(...checkOutlineAnswer({ file, body: entry.body, bodyLine: entry.source.bodyLine, request: entry.value.request, requestLine: () => entry.source.lineOf(['request']) }, documents));
    const report = toReport(id, entry.value, entry.source, unitNames);
    if (report.untitled && wantsBody(options, file)) {
      problems.push({ file, line: 1, severity: 'warning', code: 'missing-title', message: `báo cáo chưa có tiêu đề (title); trang tạm gọi là «${report.title}»`, hint: 'thêm dòng title: với trích yếu của báo cáo như bản in (dòng "V/v …" hoặc tên báo cáo dưới số, ký hiệu)' });
    }
    reports.push({ ...report, citations: cited.citations });
  }
  return reports;
}

/**
 * A report in the model from its checked frontmatter: period resolved, issued day and task keys
 * computed, and a title made from unit and period when the file gives none.
 */
export function toReport(
  id: string,
  fm: NonNullable<ReturnType<typeof reportSchema.parse>>,
  source: Report['source'],
  unitNames: ReadonlyMap<string, string> = new Map(),
): Omit<Report, 'citations'> {
  const periodInfo = parsePeriod(fm.period)!;
  const title = fm.title ?? `Báo cáo của ${unitNames.get(fm.unit) ?? fm.unit}, ${periodInfo.label}`;
  const issued = fm.issued ? parsePartialDate(fm.issued) : null;
  const tasks: Task[] = fm.tasks.map((task) => ({
    ...task,
    key: `${id}#${task.id}`,
    report: id,
    owner: task.owner ?? fm.unit,
    dueDay: dueDayOf(task.due),
  }));
  return { ...fm, id, title, ...(fm.title ? {} : { untitled: true }), source, periodInfo, issuedDay: issued ? latestDay(issued) : undefined, tasks };
}

