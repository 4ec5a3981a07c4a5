// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';
import searchIndex from './src/integrations/search-index.ts';
import staleOutput from './src/integrations/stale-output.ts';
import precompress from './src/integrations/precompress.ts';
import siteMap from './src/integrations/sitemap.ts';
import offline from './src/integrations/offline.ts';
import stagedOutput from './src/integrations/staged-output.ts';
import { readSettings } from './src/lib/settings.ts';

// The environment is read here, once, for the build and its integrations (src/lib/settings.ts);
// the pages read theirs in src/data/settings.ts.
const settings = readSettings(process.env, process.cwd());

// Report bodies are rendered by src/lib/render (satteri, as plain Markdown) from the content root,
// not through content collections: they carry no code, and this keeps a 10,000-report build fast.
// @astrojs/mdx serves the site's own pages written in MDX (the staff guide).
export default defineConfig({
  site: settings.siteUrl,
  trailingSlash: 'always',
  // staleOutput before searchIndex: the index is made from the pages left in the folder; and before
  // siteMap and offline, whose files no page writes; offline after the search index, which it reads;
  // precompress after them: it writes .gz and .br copies of what is left, the search index's JS
  // included. The build writes into a staging folder that stagedOutput swaps in last, once every
  // step has succeeded (src/integrations/staged-output.ts).
  integrations: [contentCheck(settings), mdx(), staleOutput(), siteMap(settings), searchIndex(settings), offline(settings), precompress(), stagedOutput()],
  // Four pages in flight: each page's file writes then overlap the next page's rendering instead of
  // the build waiting on the disk (1,000 reports: pages 15.1 s at 1, 13.0 s at 4).
  // No inline stylesheet (and, through assetsInlineLimit below, no inline script): every page's CSS
  // and JS are files under /_astro/, so deploy/nginx.conf's Content-Security-Policy allows 'self'
  // and nothing inline.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  // Report, document and unit pages carry a cacheKey (src/data/page-keys.ts): a rebuild after one
  // report's text changed renders that page and reuses the other 11,000 from the previous build.
  experimental: { incrementalBuild: true },
  // Where that reuse record lives (default node_modules/.astro). Each test build gets its own, so no
  // test reuses pages another test's build left behind.
  ...(settings.astroCacheDir ? { cacheDir: settings.astroCacheDir } : {}),
  // The output folder is kept between builds and pruned of what this build did not write
  // (src/integrations/stale-output.ts): emptying it cost a 10,000-report rebuild 6.5 s.
  // assetsInlineLimit 0: Astro would inline every script under 4 kB as an inline <script>, which a
  // strict Content-Security-Policy refuses (deploy/nginx.conf).
  vite: { build: { emptyOutDir: false, assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
