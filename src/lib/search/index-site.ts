import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { listFiles } from '../content/walk.ts';
import { markStrokes } from './fold.ts';

/** What indexing a built site did. */
export interface IndexSummary {
  /** Pages that carry data-pagefind-body (reports and documents), all indexed. */
  pages: number;
  /** Wall time of indexing and writing the bundle, in milliseconds. */
  ms: number;
  /** Where the bundle went (<dist>/pagefind). */
  outputPath: string;
}

/** Pages in flight to the Pagefind service at once: enough to keep it busy, little memory. */
const BATCH = 32;

/** The page URL of a built file: bao-cao/x/index.html → /bao-cao/x/. */
export function urlOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Builds the Pagefind index of a built site in `distDir` (written to `<distDir>/pagefind`). Only
 * pages with a data-pagefind-body element are read: report and document pages; lists, unit pages
 * and the search page itself are left out. Every đ/Đ is handed to Pagefind marked (see fold.ts);
 * files on disk are not changed. Throws with Pagefind's own message when it refuses a page.
 */
export async function indexSite(distDir: string): Promise<IndexSummary> {
  const started = performance.now();
  const outputPath = join(distDir, 'pagefind');
  rmSync(outputPath, { recursive: true, force: true });
  const files = listFiles(distDir, '', ['.html']).filter((file) => !file.startsWith('pagefind/'));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    let pages = 0;
    for (let i = 0; i < files.length; i += BATCH) {
      const batch = files.slice(i, i + BATCH).flatMap((file) => {
        const html = readFileSync(join(distDir, file), 'utf8');
        return html.includes('data-pagefind-body') ? [{ file, html }] : [];
      });
      const added = await Promise.all(batch.map(({ file, html }) => index.addHTMLFile({ url: urlOfFile(file), content: markStrokes(html) })));
      added.forEach((response, n) => {
        if (response.errors.length) throw new Error(`Pagefind không lập chỉ mục được ${batch[n].file}: ${response.errors.join('; ')}`);
      });
      pages += batch.length;
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return { pages, ms: performance.now() - started, outputPath };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
