/**
 * The floor the benchmark compares the site build with: the same public report and document bodies
 * compiled straight to HTML with satteri (the site's own renderBody) and indexed by Pagefind the
 * way the site indexes (the site's own indexSite), with no site around them: no layout, no lists,
 * no unit pages, no catalog.
 *
 *   node scripts/bench/floor.ts CONTENT_DIR OUT_DIR
 *
 * Prints `floor:render <ms> <pages>` when the HTML is written and `floor:index-start` before
 * indexing, so the caller can split time and memory by phase, then `floor:index <ms>`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listFiles } from '../../src/lib/content/walk.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { decodeContentFile } from '../../src/lib/content/decode.ts';
import { renderBody } from '../../src/lib/render/body.ts';
import { indexSite } from '../../src/lib/search/index-site.ts';

const [contentArg, outArg] = process.argv.slice(2);
if (!contentArg || !outArg) {
  console.error('usage: node scripts/bench/floor.ts CONTENT_DIR OUT_DIR');
  process.exit(2);
}
const root = resolve(contentArg);
const out = resolve(outArg);
rmSync(out, { recursive: true, force: true });

const started = performance.now();
let pages = 0;
const files = [...listFiles(root, 'reports', ['.mdx']), ...listFiles(root, 'directives', ['.mdx'])];
for (const file of files) {
  const decoded = decodeContentFile(readFileSync(join(root, file)));
  if (!decoded.ok) throw new Error(`${file}: ${decoded.message}`);
  const split = splitFrontmatter(decoded.text);
  // Confidential reports are not built, so the floor does not index them either.
  if (!split || /^confidential:\s*true\s*$/m.test(split.yaml)) continue;
  const title = (/^title:\s*"?(.*?)"?\s*$/m.exec(split.yaml)?.[1] ?? file).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head>` +
    `<body><article data-pagefind-body><h1>${title}</h1>${renderBody(split.body)}</article></body></html>`;
  const dir = join(out, file.replace(/\.mdx$/, ''));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), html);
  pages++;
}
console.log(`floor:render ${Math.round(performance.now() - started)} ${pages}`);
console.log('floor:index-start');
// One Pagefind run over everything: the plain way, without the site's shards.
const indexed = await indexSite(out, { pagesPerShard: Infinity });
console.log(`floor:index ${Math.round(indexed.ms)} ${indexed.pages}`);
