import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { markStrokes } from './fold.ts';

/** How the site's pages are indexed: Vietnamese, whatever a page's lang says. Part of the shard cache's key (index-site.ts). */
export const INDEX_OPTIONS = { forceLanguage: 'vi' } as const;

/** Pages in flight to the Pagefind service at once: enough to keep it busy, little memory. */
const BATCH = 32;

/** One shard to index: its built pages (file under distDir, URL) and where its bundle goes. */
export interface ShardJob {
  distDir: string;
  pages: { file: string; url: string }[];
  outputPath: string;
}

/**
 * One Pagefind index over one shard's pages, written to `outputPath`, then deleted from the
 * service so its memory is freed. Every đ/Đ is handed to Pagefind marked (fold.ts). Throws with
 * Pagefind's own message, naming the page, when it refuses one.
 */
export async function indexShard({ distDir, pages, outputPath }: ShardJob): Promise<void> {
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    for (let i = 0; i < pages.length; i += BATCH) {
      const batch = pages.slice(i, i + BATCH);
      const added = await Promise.all(batch.map(({ file, url }) => index.addHTMLFile({ url, content: markStrokes(readFileSync(join(distDir, file), 'utf8')) })));
      added.forEach((response, n) => {
        if (response.errors.length) throw new Error(`Pagefind không lập chỉ mục được ${batch[n].file}: ${response.errors.join('; ')}`);
      });
    }
    mkdirSync(outputPath, { recursive: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await index.deleteIndex();
  }
}
