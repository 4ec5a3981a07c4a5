/**
 * Measures search on a built site in Chromium, for the benchmark: what the first query on a cold
 * page transfers (every byte: HTML, CSS, scripts, index files, records, fragments), for each query
 * of a set, and how long later queries take in one page. No thresholds here; the benchmark owns the
 * targets (first query ≤ 300 KB; later queries median ≤ 50 ms, slowest ≤ 150 ms at 10,000 reports).
 *
 *   node_modules/.bin/node scripts/search-probe.ts [DIST]
 *
 * prints the result as JSON. `probeSearch` is the same, for scripts.
 */
import { resolve } from 'node:path';
import { launchChromium } from '../test/helpers/browser.ts';
import { waitForResults } from '../test/helpers/search-page.ts';
import { serveStatic } from '../src/cli/static-server.ts';

/** A query with its filters, as the search page's address carries them (`loai=bao-cao`). */
export interface ProbeQuery { q: string; params?: Record<string, string> }

/**
 * The benchmark's set: common words, two- and three-syllable phrases, document numbers written
 * several ways, a unit and a signer of the generated corpus (kb generate's seeded names), Telex, and
 * filtered queries.
 */
export const benchQueries: ProbeQuery[] = [
  { q: 'doi ngoai' },
  { q: 'hoi nhap quoc te' },
  { q: 'doi ngoai nhan dan' },
  { q: 'kinh te' },
  { q: 'vien tro khong hoan lai' },
  { q: '80/2020/ND-CP' },
  { q: 'NĐ 80' },
  { q: 'chi thi 12' },
  { q: '22-NQ/TW' },
  { q: 'Phu Phong' },
  { q: 'Truong Huu Hoa' },
  { q: 'ddoois ngoaij nhaan daan' },
  { q: 'doi ngoai', params: { loai: 'bao-cao' } },
  { q: 'hoi nhap quoc te', params: { nam: '2023' } },
  { q: 'kinh te', params: { 'sap-xep': 'moi-nhat' } },
];

export interface ColdResult {
  query: string;
  /** Bytes on the wire from opening /tim-kiem/?q=… (cold cache) to the results drawn. */
  bytes: number;
  /** Of those, the bytes under /pagefind/ (term index, records, fragments). */
  searchBytes: number;
  requests: number;
  ms: number;
  results: number;
}

export interface ProbeResult {
  cold: ColdResult[];
  /**
   * Each later query: `ms` from Enter to the first ten results drawn with excerpts (`kb-search`),
   * `indexMs` the index lookup alone, `fromTypedMs` from the text put in the box (the input event,
   * when the page starts loading the words already typed) to the same drawing.
   */
  later: { query: string; ms: number; indexMs: number; fromTypedMs: number; results: number }[];
}

const address = ({ q, params }: ProbeQuery) => `/tim-kiem/?${new URLSearchParams({ q, ...params })}`;
const label = ({ q, params }: ProbeQuery) => (params ? `${q} (${new URLSearchParams(params)})` : q);

export async function probeSearch(distDir: string, cold: ProbeQuery[] = benchQueries, later: string[] = benchQueries.filter((p) => !p.params).map((p) => p.q)): Promise<ProbeResult> {
  const server = await serveStatic(distDir);
  const browser = await launchChromium();
  try {
    const coldResults: ColdResult[] = [];
    for (const query of cold) {
      // A fresh context is an empty cache: every byte the page needs is fetched again. Without the
      // service worker (src/integrations/offline.ts): this measures what search costs, not what the
      // worker keeps for offline use in the background.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      server.sent.length = 0;
      const started = Date.now();
      await page.goto(`${server.origin}${address(query)}`);
      await waitForResults(page, query.q);
      const ms = Date.now() - started;
      const transfers = [...server.sent];
      coldResults.push({
        query: label(query),
        bytes: transfers.reduce((sum, t) => sum + t.bytes, 0),
        searchBytes: transfers.filter((t) => t.path.startsWith('/pagefind/')).reduce((sum, t) => sum + t.bytes, 0),
        requests: transfers.length,
        ms,
        results: await page.locator('#ket-qua > li').count(),
      });
      await context.close();
    }
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/tim-kiem/`);
    await waitForResults(page, '');
    const laterResults: ProbeResult['later'] = [];
    for (const query of later) {
      await page.fill('#tu-khoa', query);
      await page.press('#tu-khoa', 'Enter');
      await waitForResults(page, query);
      const [ms, indexMs, fromTypedMs] = await page.evaluate(() => {
        const last = (name: string) => performance.getEntriesByName(name).at(-1);
        const search = last('kb-search');
        const typed = last('kb-input');
        const drawn = search ? search.startTime + search.duration : NaN;
        return [search?.duration, last('kb-search-index')?.duration, drawn - (typed?.startTime ?? NaN)].map((ms) => Math.round((ms ?? NaN) * 10) / 10);
      });
      laterResults.push({ query, ms, indexMs, fromTypedMs, results: await page.locator('#ket-qua > li').count() });
    }
    await context.close();
    return { cold: coldResults, later: laterResults };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.main) {
  const result = await probeSearch(resolve(process.argv[2] ?? 'dist'));
  console.log(JSON.stringify(result, null, 2));
}
