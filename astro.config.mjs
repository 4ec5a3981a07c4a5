// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';
import searchIndex from './src/integrations/search-index.ts';
import staleOutput from './src/integrations/stale-output.ts';
import stagedOutput from './src/integrations/staged-output.ts';

// Report bodies are rendered by src/lib/render (satteri, as plain Markdown) from the content root,
// not through content collections: they carry no code, and this keeps a 10,000-report build fast.
// @astrojs/mdx serves the site's own pages written in MDX (the staff guide).
export default defineConfig({
  site: process.env.KB_SITE_URL ?? 'https://example.invalid',
  trailingSlash: 'always',
  // staleOutput before searchIndex: the index is made from the pages left in the folder. The build
  // writes into a staging folder that stagedOutput swaps in last, once everything has succeeded.
  integrations: [contentCheck(), mdx(), staleOutput(), searchIndex(), stagedOutput()],
  // Four pages in flight: each page's file writes then overlap the next page's rendering instead of
  // the build waiting on the disk (1,000 reports: pages 15.1 s at 1, 13.0 s at 4).
  build: { format: 'directory', concurrency: 4 },
  // Report, document and unit pages carry a cacheKey (src/data/page-keys.ts): a rebuild after one
  // report's text changed renders that page and reuses the other 11,000 from the previous build.
  experimental: { incrementalBuild: true },
  // Where that reuse record lives (default node_modules/.astro). Each test build gets its own, so no
  // test reuses pages another test's build left behind.
  ...(process.env.KB_ASTRO_CACHE_DIR ? { cacheDir: process.env.KB_ASTRO_CACHE_DIR } : {}),
  // The output folder is kept between builds and pruned of what this build did not write
  // (src/integrations/stale-output.ts): emptying it cost a 10,000-report rebuild 6.5 s.
  vite: { build: { emptyOutDir: false } },
  devToolbar: { enabled: false },
});
