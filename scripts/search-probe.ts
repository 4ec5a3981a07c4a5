/**
 * Measures search on a built site in Chromium, for the benchmark (issue 8): what the first query on
 * a cold page transfers, and how long later queries take in the page. No thresholds here; the
 * benchmark owns the targets (first query < 300 KB, later queries < 50 ms at 10,000 reports).
 *
 *   node_modules/.bin/node scripts/search-probe.ts [DIST] [--first "doi ngoai"] [--later "a,b,c"]
 *
 * prints the result as JSON. `probeSearch` is the same, for scripts.
 */
import { resolve } from 'node:path';
import { launchChromium } from '../test/helpers/browser.ts';
import { waitForResults } from '../test/helpers/search-page.ts';
import { serveStatic } from '../src/cli/static-server.ts';

export interface ProbeOptions {
  /** A built site (dist/), served gzipped like a static host. */
  distDir: string;
  firstQuery?: string;
  laterQueries?: string[];
}

export interface ProbeResult {
  firstQuery: {
    query: string;
    /** Bytes on the wire from opening /tim-kiem/?q=… (cold cache) to the results drawn: page, CSS, scripts and index. */
    bytes: number;
    /** Of those, the bytes under /pagefind/ (script, worker, WebAssembly, metadata, index chunks, fragments). */
    searchBytes: number;
    requests: number;
    /** Wall time of the same span, in milliseconds. */
    ms: number;
    results: number;
  };
  /**
   * Each later query: `ms` from Enter to the first ten results drawn with excerpts (the page's
   * `kb-search` measure), `indexMs` Pagefind's lookup alone (`kb-search-index`).
   */
  laterQueries: { query: string; ms: number; indexMs: number; results: number }[];
}

const defaultLater = ['doi ngoai nhan dan', '80/2020/ND-CP', 'chi thi 12', 'hoi nhap quoc te', 'Pham Quang Su'];

export async function probeSearch({ distDir, firstQuery = 'doi ngoai', laterQueries = defaultLater }: ProbeOptions): Promise<ProbeResult> {
  const server = await serveStatic(distDir);
  const browser = await launchChromium();
  try {
    // Without the service worker (src/integrations/offline.ts): this measures what search costs, not
    // what the worker keeps for offline use in the background.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    // Counted where the bytes leave the server: Chromium's own figures miss the worker's script.
    server.sent.length = 0;
    const started = Date.now();
    await page.goto(`${server.origin}/tim-kiem/?q=${encodeURIComponent(firstQuery)}`);
    await waitForResults(page, firstQuery);
    const ms = Date.now() - started;
    const transfers = [...server.sent];
    const count = () => page.locator('#ket-qua > li').count();
    const first = {
      query: firstQuery,
      bytes: transfers.reduce((sum, t) => sum + t.bytes, 0),
      searchBytes: transfers.filter((t) => t.path.startsWith('/pagefind/')).reduce((sum, t) => sum + t.bytes, 0),
      requests: transfers.length,
      ms,
      results: await count(),
    };
    const later: ProbeResult['laterQueries'] = [];
    for (const query of laterQueries) {
      await page.fill('#tu-khoa', query);
      await page.press('#tu-khoa', 'Enter');
      await waitForResults(page, query);
      const [ms, indexMs] = await page.evaluate(() =>
        ['kb-search', 'kb-search-index'].map((name) => Math.round((performance.getEntriesByName(name).at(-1)?.duration ?? NaN) * 10) / 10),
      );
      later.push({ query, ms, indexMs, results: await count() });
    }
    await context.close();
    return { firstQuery: first, laterQueries: later };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args.splice(at, 2)[1] : undefined;
  };
  const firstQuery = option('--first');
  const later = option('--later');
  const distDir = resolve(args[0] ?? 'dist');
  const result = await probeSearch({ distDir, firstQuery, laterQueries: later?.split(',').map((q) => q.trim()).filter(Boolean) });
  console.log(JSON.stringify(result, null, 2));
}
