import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../lib/content/walk.ts';

/**
 * Removes what an earlier build left in the output folder and this one did not write: the page of a
 * report since deleted or renamed, above all (a withdrawn confidential report must not stay
 * published). Astro would empty the folder before every build, but at 10,000 reports that cost a
 * rebuild 6.5 s of its 46 (deleting 24,000 files, then copying 12,000 unchanged pages back from its
 * incremental cache), so astro.config.mjs keeps the folder (vite.build.emptyOutDir: false) and
 * this prunes it instead. Kept: every file a route wrote or reused this build, Vite's assets
 * (_astro/) of this build, the files of public/, the search index (pagefind/, rewritten after this), and the
 * sitemap and service worker (also rewritten after this).
 */
/**
 * Files the integrations after this one write anew on every build (sitemap.ts, offline.ts): not
 * stale, and removing them here would only be counted as removals (nor worth compressing early,
 * precompress.ts).
 */
export const WRITTEN_AFTER_PAGES = /^(?:sw\.js|sitemap-index\.xml|sitemap-\d+\.xml|tim-kiem\/ngoai-tuyen(?:-chi-muc)?\.json)$/;

/** A compressed copy of a file, or one being written (precompress-files.ts). */
const COPY = /\.(gz|br)(\.tmp)?$/;

/**
 * Vite writes every script and stylesheet of `_astro/` anew on each build, so one older than the
 * build is from a build whose code differed: no page names it, but the service worker would
 * precache it (offline.ts lists `_astro/`). The slack covers file times coarser than the clock.
 */
const SLACK_MS = 1000;

export default function staleOutput(): AstroIntegration {
  let publicDir = 'public';
  let startedAt = 0;
  return {
    name: 'kb-stale-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:start': () => {
        startedAt = Date.now();
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const outDir = fileURLToPath(dir);
        const written = new Set([...assets.values()].flat().map((url) => resolve(fileURLToPath(url))));
        // A page's .gz and .br copies (src/integrations/precompress.ts) go or stay with the page, and
        // so does a copy still being written under its temporary name (`.gz.tmp`) by the thread that
        // compresses pages while this runs.
        const isStale = (page: string) => {
          if (/^pagefind\//.test(page) || WRITTEN_AFTER_PAGES.test(page) || existsSync(join(publicDir, page))) return false;
          if (/^_astro\//.test(page)) return (statSync(join(outDir, page), { throwIfNoEntry: false })?.mtimeMs ?? 0) < startedAt - SLACK_MS;
          return !written.has(resolve(outDir, page));
        };
        const stale = listFiles(outDir, '').map((file) => [file, file.replace(COPY, '')]).filter(([, page]) => isStale(page)).map(([file]) => file);
        for (const file of stale) rmSync(join(outDir, file), { force: true });
        removeEmptyFolders(outDir);
        // Counted and named without their compressed copies, which went with them.
        const named = stale.filter((file) => !COPY.test(file));
        if (named.length) logger.info(`Đã xóa ${named.length} tệp của lần dựng trước không còn trang tương ứng (${named.slice(0, 3).join(', ')}${named.length > 3 ? ', …' : ''})`);
      },
    },
  };
}

/** Folders left empty once their pages are gone (a deleted unit's reports). */
function removeEmptyFolders(dir: string): boolean {
  let empty = true;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && removeEmptyFolders(join(dir, entry.name))) rmdirSync(join(dir, entry.name));
    else empty = false;
  }
  return empty;
}
