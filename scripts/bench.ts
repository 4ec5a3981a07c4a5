/**
 * `npm run bench [-- --sizes 1000,3000,10000] [--keep]`: the scale benchmark of issue 8.
 *
 * For each size N it generates N reports (kb generate) under bench-out/, then, as CI would:
 * builds the site and its search index (cold caches), checks the whole corpus with `kb check`,
 * changes one report and checks it with `kb check --changed` (in a git repository made around the
 * tree), rebuilds, measures the floor (the same bodies through satteri and Pagefind with no site
 * around them) and probes search in Chromium. It prints one table. Run it with `nice -n 10`: it
 * keeps the machine's two cores busy for minutes. `--seed S` generates another tree (a held-out
 * run); `--keep` leaves bench-out/n<N>/ (content, dist, caches) for a look.
 *
 * `--index-only N` (100000: thirty-four provinces' decades) builds only the term index of N
 * generated reports, no pages (scripts/bench/index-only.ts), and prints what the first query on a
 * cold page would transfer for each query of the set. The page's own bytes come from the newest
 * full run in bench/results/ unless `--page-bytes B` is given.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { peakBetween, run, succeeded, type Measured } from './bench/measure.ts';
import { formatIngest, measureIngest } from './bench/ingest.ts';
import { formatIndexOnly, formatTable, type IndexOnlyResult, type SizeResult } from './bench/table.ts';
import { probeSearch } from './search-probe.ts';

const project = resolve(import.meta.dirname, '..');
const node = process.execPath;
const { values } = parseArgs({ options: { sizes: { type: 'string' }, reports: { type: 'string' }, seed: { type: 'string' }, keep: { type: 'boolean' }, ingest: { type: 'string' }, 'index-only': { type: 'string' }, 'page-bytes': { type: 'string' } } });
// --ingest N or --index-only N alone runs only that; with --sizes, the full runs too.
const sizes = (values.sizes ?? values.reports ?? (values.ingest || values['index-only'] ? '' : '10000')).split(',').filter((s) => s.trim()).map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes: whole numbers, e.g. --sizes 1000,3000,10000 (got ${values.sizes})`);

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const astro = (outDir: string, env: NodeJS.ProcessEnv) =>
  run(node, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], { cwd: project, env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' } });
const kb = (args: string[], env: NodeJS.ProcessEnv) => run(node, ['--disable-warning=ExperimentalWarning', join(project, 'src/cli/kb.ts'), ...args], { cwd: project, env });

/**
 * Splits a build at the line the search integration prints when indexing ends ("… trong 12.3 giây");
 * the precompression after it (src/integrations/precompress.ts, "Nén sẵn … trong 1.2 giây") is told
 * apart from the index.
 */
function splitBuild(build: Measured): { site: number; index: number; terms: number; precompress: number; siteBytes: number; indexBytes: number } {
  const seconds = (pattern: RegExp) => {
    const line = build.lines.find((l) => pattern.test(l.text));
    return line ? { at: line.at, ms: Number(/trong ([\d.]+) giây/.exec(line.text)![1]) * 1000 } : undefined;
  };
  const indexed = seconds(/Chỉ mục tìm kiếm: .* trong ([\d.]+) giây/);
  const precompress = seconds(/Nén sẵn .* trong ([\d.]+) giây/)?.ms ?? 0;
  // The term index (src/lib/search/terms) is timed inside the index line: "chỉ mục từ 8.9 giây".
  const termLine = build.lines.find((l) => /chỉ mục từ ([\d.]+) giây/.test(l.text));
  const terms = termLine ? Number(/chỉ mục từ ([\d.]+) giây/.exec(termLine.text)![1]) : 0;
  const indexStart = indexed ? indexed.at - indexed.ms : build.seconds * 1000;
  return {
    site: indexStart / 1000,
    index: build.seconds - indexStart / 1000 - precompress / 1000,
    terms,
    precompress: precompress / 1000,
    siteBytes: peakBetween(build.samples, 0, indexStart),
    indexBytes: peakBetween(build.samples, indexStart),
  };
}

function sizeOf(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Appends a paragraph to one public report (a confidential one is not built at all), as an author's pull request would. */
function changeOneReport(content: string): string {
  const reports = execFileSync('git', ['-C', content, 'ls-files', 'reports'], { encoding: 'utf8' }).trim().split('\n');
  const isPublic = (file: string) => !/^confidential:\s*true\s*$/m.test(readFileSync(join(content, file), 'utf8').split('\n---')[0]);
  const file = [...reports.slice(reports.length / 2), ...reports].find(isPublic)!;
  appendFileSync(join(content, file), '\nBổ sung: UBND đã tổ chức thêm một hội nghị quán triệt trong tháng cuối kỳ.\n');
  return file;
}

/** "… 8 phần, dùng lại 7 phần không đổi" in the search integration's line: shards in all, and reused. */
function shardsOf(build: Measured): { shards: number; reused: number } {
  const match = build.lines.map((l) => /(\d+) phần, dùng lại (\d+) phần/.exec(l.text)).find(Boolean);
  return match ? { shards: Number(match[1]), reused: Number(match[2]) } : { shards: 1, reused: 0 };
}

async function measureSize(reports: number): Promise<SizeResult> {
  const dir = join(project, 'bench-out', `n${reports}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const content = join(dir, 'content');
  const dist = join(dir, 'dist');
  // Cold means cold: this run's own Astro cache, empty at first, so no pages come from an earlier run.
  const env = { KB_CONTENT_DIR: content, KB_CACHE_DIR: join(dir, 'cache'), KB_ASTRO_CACHE_DIR: join(dir, 'astro-cache') };

  log(`${reports}: generating`);
  succeeded('kb generate', await kb(['generate', '--reports', String(reports), '--out', content, ...(values.seed ? ['--seed', values.seed] : [])], {}));
  const git = (...args: string[]) => execFileSync('git', ['-C', content, ...args], { stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-qm', 'generated');

  log(`${reports}: full build (site + search index), cold caches`);
  const build = succeeded('astro build', await astro(dist, env));
  const phases = splitBuild(build);
  const index = sizeOf(join(dist, 'pagefind'));

  log(`${reports}: kb check, whole corpus (cold, then warm)`);
  const checkCold = succeeded('kb check', await kb(['check'], { ...env, KB_CACHE_DIR: join(dir, 'cache-check') }));
  const checkWarm = succeeded('kb check', await kb(['check'], env));

  const changed = changeOneReport(content);
  log(`${reports}: kb check --changed (${changed})`);
  const checkChanged = succeeded('kb check --changed', await kb(['check', '--changed'], env));

  log(`${reports}: rebuild after one report changed`);
  const rebuild = succeeded('astro rebuild', await astro(dist, env));
  const rebuildPhases = splitBuild(rebuild);

  log(`${reports}: floor (satteri + Pagefind, no site)`);
  const floor = succeeded('floor', await run(node, [join(project, 'scripts/bench/floor.ts'), content, join(dir, 'floor')], { cwd: project }));
  const rendered = floor.lines.find((l) => l.text.startsWith('floor:index-start'))!.at;

  log(`${reports}: search probe in Chromium`);
  // Every query of the set on a cold page (all bytes counted), then the same queries in one page.
  const probe = await probeSearch(dist);
  const termIndex = sizeOf(join(dist, 'pagefind', 'kb'));

  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  return {
    reports,
    build: { seconds: build.seconds, cpuSeconds: build.cpuSeconds, peakBytes: build.peakBytes, ...phases },
    floor: { seconds: floor.seconds, cpuSeconds: floor.cpuSeconds, peakBytes: floor.peakBytes, render: rendered / 1000, index: floor.seconds - rendered / 1000, renderBytes: peakBetween(floor.samples, 0, rendered), indexBytes: peakBetween(floor.samples, rendered) },
    checkCold: { seconds: checkCold.seconds, cpuSeconds: checkCold.cpuSeconds },
    checkWarm: { seconds: checkWarm.seconds, cpuSeconds: checkWarm.cpuSeconds },
    checkChanged: { seconds: checkChanged.seconds, cpuSeconds: checkChanged.cpuSeconds },
    rebuild: { seconds: rebuild.seconds, cpuSeconds: rebuild.cpuSeconds, peakBytes: rebuild.peakBytes, site: rebuildPhases.site, index: rebuildPhases.index, precompress: rebuildPhases.precompress, ...shardsOf(rebuild) },
    index,
    termIndex,
    search: {
      cold: probe.cold.map(({ query, bytes, searchBytes }) => ({ query, bytes, searchBytes })),
      later: probe.later.map(({ query, ms, indexMs, fromTypedMs }) => ({ query, ms, indexMs, fromTypedMs })),
    },
  };
}

if (values.ingest) {
  const n = Number(values.ingest);
  if (!Number.isInteger(n) || n < 4) throw new Error(`--ingest: a whole number of files, at least 4 (got ${values.ingest})`);
  const dir = join(project, 'bench-out', 'ingest');
  rmSync(dir, { recursive: true, force: true });
  log(`ingest: making ${n} archive files, then kb import`);
  const ingest = await measureIngest(n, dir, project, { KB_CACHE_DIR: join(dir, 'cache') });
  console.log(formatIngest(ingest));
  mkdirSync(join(project, 'bench-out'), { recursive: true });
  writeFileSync(join(project, 'bench-out', `ingest-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify(ingest, null, 2));
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

/** The search page's own bytes (HTML, CSS, scripts) on a cold first query, from the newest full run kept in bench/results/. */
function measuredPageBytes(): { bytes: number; from: string } {
  if (values['page-bytes']) return { bytes: Number(values['page-bytes']), from: 'given with --page-bytes' };
  const dir = join(project, 'bench', 'results');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort().reverse()) {
    const run = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { results?: SizeResult[] };
    const largest = run.results?.filter((r) => r.search?.cold?.length).at(-1);
    // Everything not under /pagefind/ is the page itself; the same for every query.
    if (largest) return { bytes: largest.search.cold[0].bytes - largest.search.cold[0].searchBytes, from: `measured in Chromium at ${largest.reports.toLocaleString('en-US')} reports, bench/results/${file}` };
  }
  throw new Error('--index-only: no full run in bench/results/ to take the page\'s own bytes from; pass --page-bytes');
}

if (values['index-only']) {
  const n = Number(values['index-only']);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--index-only: a whole number of reports (got ${values['index-only']})`);
  const dir = join(project, 'bench-out', `index-only-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const page = measuredPageBytes();
  log(`index only, ${n} reports: generating the records and writing the term index`);
  const measured = succeeded('index-only', await run(node, ['--disable-warning=ExperimentalWarning', join(project, 'scripts/bench/index-only.ts'), String(n), dir, values.seed ?? 'kb', String(page.bytes)], { cwd: project }));
  const child = JSON.parse(measured.output.trim().split('\n').at(-1)!);
  const result: IndexOnlyResult = { ...child, seconds: measured.seconds, cpuSeconds: measured.cpuSeconds, peakBytes: measured.peakBytes, pageBytesFrom: page.from };
  const machine = `${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  console.log(formatIndexOnly(result, { date: new Date().toISOString().slice(0, 10), machine }));
  writeFileSync(join(project, 'bench-out', `index-only-${n}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify({ machine, indexOnly: result }, null, 2));
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

const results: SizeResult[] = [];
const machine = `${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
for (const n of sizes) results.push(await measureSize(n));
if (results.length) {
const table = formatTable(results, {
  date: new Date().toISOString().slice(0, 10),
  machine,
  load: loadavg().map((l) => l.toFixed(1)).join(' '),
});
console.log(table);
mkdirSync(join(project, 'bench-out'), { recursive: true });
writeFileSync(join(project, 'bench-out', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify({ machine, results }, null, 2));
}
