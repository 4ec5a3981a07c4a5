/** The benchmark's one table: a row per figure, a column per size, targets checked on the largest. */
import type { IndexOnlyRun } from './index-only.ts';

interface Timed { seconds: number; cpuSeconds?: number }

export interface SizeResult {
  reports: number;
  build: Timed & { peakBytes: number; site: number; index: number; terms: number; precompress: number; siteBytes: number; indexBytes: number };
  floor: Timed & { peakBytes: number; render: number; index: number; renderBytes: number; indexBytes: number };
  checkCold: Timed;
  checkWarm: Timed;
  checkChanged: Timed;
  rebuild: Timed & { peakBytes: number; site: number; index: number; precompress: number; shards: number; reused: number };
  index: { bytes: number; files: number };
  /** The term index alone (pagefind/kb/). */
  termIndex: { bytes: number; files: number };
  search: { cold: { query: string; bytes: number; searchBytes: number }[]; later: { query: string; ms: number; indexMs: number; fromTypedMs?: number }[] };
}

const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20).toLocaleString('en-US')} MB`;
const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;
const cpu = (t: Timed) => (t.cpuSeconds === undefined ? s(t.seconds) : `${s(t.seconds)} (CPU ${t.cpuSeconds.toFixed(1)})`);
const laterMs = (r: SizeResult) => r.search.later.map((q) => q.ms);
const typedMs = (r: SizeResult) => r.search.later.flatMap((q) => (q.fromTypedMs === undefined || Number.isNaN(q.fromTypedMs) ? [] : [q.fromTypedMs]));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const coldMax = (r: SizeResult) => Math.max(...r.search.cold.map((q) => q.bytes));
const coldOf = (r: SizeResult, query: string) => r.search.cold.find((q) => q.query === query)?.bytes ?? NaN;

type Row = [label: string, value: (r: SizeResult) => string, target?: (r: SizeResult) => [text: string, met: boolean]];

const rows: Row[] = [
  ['Full build: site + search index + copies', (r) => cpu(r.build)],
  ['  site pages', (r) => s(r.build.site)],
  ['  search index (Pagefind, then the term index)', (r) => `${s(r.build.index)} (term index ${s(r.build.terms)})`],
  ['  .gz and .br copies for nginx', (r) => s(r.build.precompress)],
  ['Peak memory, site', (r) => mb(r.build.siteBytes), (r) => ['< 3 GiB', r.build.peakBytes < 3 * 2 ** 30]],
  ['Peak memory, search index', (r) => mb(r.build.indexBytes)],
  ['Floor: satteri + Pagefind, no site', (r) => cpu(r.floor)],
  ['  render / index', (r) => `${s(r.floor.render)} / ${s(r.floor.index)}`],
  ['  peak memory, render / index', (r) => `${mb(r.floor.renderBytes)} / ${mb(r.floor.indexBytes)}`],
  ['Build ÷ floor', (r) => `${(r.build.seconds / r.floor.seconds).toFixed(2)}×`, (r) => ['≤ 2×', r.build.seconds <= 2 * r.floor.seconds]],
  ['Build seconds per 1,000 reports', (r) => s((r.build.seconds / r.reports) * 1000)],
  ['kb check, whole corpus, cold cache', (r) => cpu(r.checkCold), (r) => ['≤ ¼ build', r.checkCold.seconds <= r.build.seconds / 4]],
  ['kb check, whole corpus, warm cache', (r) => cpu(r.checkWarm)],
  ['kb check --changed, one report', (r) => cpu(r.checkChanged), (r) => ['< 2 s', r.checkChanged.seconds < 2]],
  ['Rebuild after one report changes', (r) => cpu(r.rebuild), (r) => ['< ¼ build', r.rebuild.seconds < r.build.seconds / 4]],
  ['  site pages / search index (shards reused) / copies', (r) => `${s(r.rebuild.site)} / ${s(r.rebuild.index)} (${r.rebuild.reused} of ${r.rebuild.shards}) / ${s(r.rebuild.precompress)}`],
  ['Search index on disk (all)', (r) => `${mb(r.index.bytes)}, ${r.index.files.toLocaleString('en-US')} files`],
  ['  of which the term index', (r) => `${mb(r.termIndex.bytes)}, ${r.termIndex.files.toLocaleString('en-US')} files`],
  ['First query, cold page, all bytes: largest of the set', (r) => kb(coldMax(r)), (r) => ['≤ 300 KB', coldMax(r) <= 300 * 1024]],
  ['  "doi ngoai" / "80/2020/ND-CP"', (r) => `${kb(coldOf(r, 'doi ngoai'))} / ${kb(coldOf(r, '80/2020/ND-CP'))}`],
  ['Later queries, median', (r) => `${median(laterMs(r)).toFixed(0)} ms`, (r) => ['≤ 50 ms', median(laterMs(r)) <= 50]],
  ['Later queries, slowest', (r) => `${Math.max(...laterMs(r)).toFixed(0)} ms`, (r) => ['≤ 150 ms', Math.max(...laterMs(r)) <= 150]],
  // The words' files start loading as they are typed: counted from the text put in the box instead of from Enter.
  ['  counted from the words typed, median / slowest', (r) => (typedMs(r).length ? `${median(typedMs(r)).toFixed(0)} / ${Math.max(...typedMs(r)).toFixed(0)} ms` : 'not measured')],
];

export function formatTable(results: SizeResult[], about: { date: string; machine: string; load: string }): string {
  const largest = results.at(-1)!;
  const head = ['', ...results.map((r) => `${r.reports.toLocaleString('en-US')} reports`), `target (${largest.reports.toLocaleString('en-US')})`];
  const body = rows.map(([label, value, target]) => {
    const [text, met] = target ? target(largest) : ['', true];
    return [label.replace(/^ {2}/, '· '), ...results.map(value), target ? `${text} ${met ? '✓' : '✗'}` : ''];
  });
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const typed = (q: SizeResult['search']['later'][number]) => (q.fromTypedMs === undefined ? '' : `, ${q.fromTypedMs.toFixed(0)} from typed`);
  const later = largest.search.later.map((q) => `"${q.query}" ${q.ms.toFixed(0)} ms (index ${q.indexMs.toFixed(0)}${typed(q)})`).join(', ');
  const cold = largest.search.cold.map((q) => `"${q.query}" ${kb(q.bytes)}`).join(', ');
  return [
    `Scale benchmark, ${about.date}; ${about.machine}; load average at the end ${about.load}.`,
    '',
    line(head),
    line(head.map(() => '---')),
    ...body.map(line),
    '',
    `Cold first queries at ${largest.reports.toLocaleString('en-US')} reports (all bytes): ${cold}.`,
    '',
    `Later queries at ${largest.reports.toLocaleString('en-US')} reports: ${later}.`,
  ].join('\n');
}

/** The index-only run at one size (scripts/bench/index-only.ts), with its process's time and peak memory. */
export interface IndexOnlyResult extends Timed, IndexOnlyRun {
  peakBytes: number;
  pageBytesFrom: string;
}

export function formatIndexOnly(r: IndexOnlyResult, about: { date: string; machine: string }): string {
  const largest = Math.max(...r.cold.map((q) => q.bytes));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    `Index only, ${r.reports.toLocaleString('en-US')} generated reports (${r.docs.toLocaleString('en-US')} pages, no site built), ${about.date}; ${about.machine}.`,
    '',
    line(['', 'measured', 'target']),
    line(['---', '---', '---']),
    line(['Run: generate twice + write the term index', cpu(r), '']),
    line(['· learning pass / records (text, fragment sizes) / term index', `${s(r.learnSeconds)} / ${s(r.recordSeconds)} / ${s(r.indexSeconds)}`, '']),
    line(['Peak memory of the run', mb(r.peakBytes), '']),
    line(['Term index on disk', `${mb(r.bytes)}, ${r.files.toLocaleString('en-US')} files, ${r.terms.toLocaleString('en-US')} terms`, '']),
    line(['First query, cold page, all bytes: largest of the set', kb(largest), `≤ 300 KB ${largest <= 300 * 1024 ? '✓' : '✗'}`]),
    '',
    line(['Query', 'all bytes', 'index and fragments', 'index files', 'results']),
    line(['---', '---', '---', '---', '---']),
    ...r.cold.map((q) => line([`"${q.query}"`, kb(q.bytes), kb(q.searchBytes), String(q.files), q.results.toLocaleString('en-US')])),
    '',
    `All bytes = the page's own ${kb(r.pageBytes)} (HTML, CSS, scripts; ${r.pageBytesFrom}) + the manifest and the index files the query loads, gzipped ` +
      `+ the fragments of the ten results shown and of those the quotation check reads (no pages: each counted as the gzip of the fragment its text would make; mean ${kb(r.meanFragmentBytes)}).`,
  ].join('\n');
}
