// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';
import searchIndex from './src/integrations/search-index.ts';

// Report bodies are rendered by src/lib/render (satteri, as plain Markdown) from the content root,
// not through content collections: they carry no code, and this keeps a 10,000-report build fast.
// @astrojs/mdx serves the site's own pages written in MDX (the staff guide).
export default defineConfig({
  site: process.env.KB_SITE_URL ?? 'https://example.invalid',
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx(), searchIndex()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
