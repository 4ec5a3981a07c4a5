import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW, getManifest, type GenerateSWOptions } from 'workbox-build';
import { contentHash } from '../lib/cache/json-cache.ts';
import type { Settings } from '../lib/settings.ts';
import { listFiles } from '../lib/content/walk.ts';
import { sizedPack } from '../lib/offline/packs.ts';
import { searchPacks } from '../lib/offline/search-packs.ts';
import { assetPattern, cacheNames, neverCachedPattern, searchChunkPattern, searchIndexPackUrl, searchRuntimePackUrl, searchRuntimePattern, type OfflinePack } from '../lib/offline/routes.ts';

/**
 * Offline use: once the site is written and indexed, fills in the sizes of the "Lưu để dùng khi
 * mất mạng" packs and has Workbox (workbox-build's generateSW; @vite-pwa/astro wraps the same
 * tool but supports Astro only up to 5) write the service worker, /sw.js.
 *
 * What it keeps (URL patterns: src/lib/offline/routes.ts):
 * - precached: the CSS and JS of /_astro/ and the manifest, replaced as a whole by each build;
 * - pages: from the network first, the kept copy when offline, so a new build is seen at once
 *   online; home, tracker and search page are fetched into it on every online visit (the shell),
 *   as is every page read; they are not precached, since precached HTML is served before the
 *   network and the tracker would show the previous build's figures until the worker updated;
 * - search: chunks named by their content from the cache first; the runtime from the network first;
 * - feeds, calendars, exports: never kept.
 * Listed last in astro.config.mjs: it needs the search index written, and what it writes would
 * otherwise be pruned as stale.
 */
export default function offline(settings: Pick<Settings, 'cacheDir'>): AstroIntegration {
  return {
    name: 'kb-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const packs = listFiles(outDir, '').filter((file) => file.endsWith('/ngoai-tuyen.json'));
        for (const file of packs) {
          const path = join(outDir, file);
          writeFileSync(path, JSON.stringify(sizedPack(outDir, JSON.parse(readFileSync(path, 'utf8')) as OfflinePack)));
        }
        const search = searchPacks(outDir);
        writeFileSync(join(outDir, searchRuntimePackUrl), JSON.stringify(search.runtime));
        writeFileSync(join(outDir, searchIndexPackUrl), JSON.stringify(search.index));
        const { count, size, warnings, reused } = await writeServiceWorker(outDir, settings.cacheDir);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`Dùng khi mất mạng: sw.js (Workbox), ${count} tệp lưu sẵn (${Math.round(size / 1024)} KB), ${packs.length} gói "Lưu để dùng khi mất mạng"${reused ? ', sw.js dùng lại từ lần dựng trước' : ''}, ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

/** The worker's configuration: the routes of src/lib/offline/routes.ts, each with its strategy. */
function workerOptions(outDir: string, swDest: string): GenerateSWOptions {
  return {
    swDest,
    globDirectory: outDir,
    globPatterns: ['_astro/**/*.{js,css}', 'manifest.webmanifest', 'favicon.svg'],
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      { urlPattern: neverCachedPattern, handler: 'NetworkOnly' },
      { urlPattern: /\/ngoai-tuyen(?:-chi-muc)?\.json$|\/ngoai-tuyen\/ban-dung\.json$/, handler: 'NetworkOnly' },
      { urlPattern: searchChunkPattern, handler: 'CacheFirst', options: { cacheName: cacheNames.searchChunks } },
      // Pagefind asks for pagefind-entry.json?ts=<now> to pass HTTP caches: offline, the kept copy is the answer.
      { urlPattern: searchRuntimePattern, handler: 'NetworkFirst', options: { cacheName: cacheNames.searchRuntime, networkTimeoutSeconds: 6, matchOptions: { ignoreSearch: true } } },
      { urlPattern: assetPattern, handler: 'CacheFirst', options: { cacheName: cacheNames.assets, expiration: { maxEntries: 400 } } },
      {
        urlPattern: ({ request }) => request.mode === 'navigate' || request.destination === 'document',
        handler: 'NetworkFirst',
        options: { cacheName: cacheNames.pages, networkTimeoutSeconds: 6, matchOptions: { ignoreSearch: true } },
      },
    ],
  };
}

/**
 * Writes /sw.js. Workbox bundles the worker with Rollup and Babel, about 5 s on two cores, while
 * the worker only changes with its configuration and the precached files (the same CSS and JS
 * from one build to the next): it is kept in the kb cache under a hash of both, and a build with
 * the same ones copies it (getManifest, which hashes the files, takes milliseconds).
 */
async function writeServiceWorker(outDir: string, cacheDir: string): Promise<{ count: number; size: number; warnings: string[]; reused: boolean }> {
  const swDest = join(outDir, 'sw.js');
  const probe = workerOptions(outDir, swDest);
  const { manifestEntries = [], count, size } = await getManifest({ globDirectory: outDir, globPatterns: probe.globPatterns });
  const workbox = (createRequire(import.meta.url)('workbox-build/package.json') as { version: string }).version;
  const config = JSON.stringify(probe, (_key, value: unknown) => (value instanceof RegExp || typeof value === 'function' ? String(value) : value));
  const key = contentHash(`${workbox}\n${config.split(outDir).join('')}\n${JSON.stringify(manifestEntries)}`).slice(0, 16);
  const kept = join(cacheDir, 'service-worker', `sw-${key}.js`);
  if (existsSync(kept)) {
    try {
      copyFileSync(kept, swDest);
      return { count, size, warnings: [], reused: true };
    } catch {
      // Pruned by a build running beside this one: make it again.
    }
  }
  // Generated apart and copied in, so no half-written worker is ever served.
  const scratch = mkdtempSync(join(tmpdir(), 'kb-sw-'));
  try {
    const { warnings } = await generateSW({ ...probe, swDest: join(scratch, 'sw.js') });
    mkdirSync(join(cacheDir, 'service-worker'), { recursive: true });
    // Renamed into place: a build beside this one never copies a half-written worker.
    copyFileSync(join(scratch, 'sw.js'), `${kept}.${process.pid}`);
    renameSync(`${kept}.${process.pid}`, kept);
    copyFileSync(kept, swDest);
    pruneKept(join(cacheDir, 'service-worker'));
    return { count, size, warnings, reused: false };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Keeps the eight workers made last: one per change of the CSS and JS is enough to go back and forth. */
function pruneKept(folder: string): void {
  try {
    const files = readdirSync(folder).filter((name) => name.endsWith('.js')).map((name) => ({ name, time: statSync(join(folder, name)).mtimeMs })).sort((a, b) => b.time - a.time);
    for (const { name } of files.slice(8)) rmSync(join(folder, name), { force: true });
  } catch {
    // Another build pruned at the same time; the next build prunes again.
  }
}
