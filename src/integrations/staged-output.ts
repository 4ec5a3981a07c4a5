import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mirrorTree, type Mirrored } from './mirror-tree.ts';

/**
 * The site a build replaces stays whole and deployable until the new one is complete. Astro is
 * pointed at a staging folder beside the output folder (`dist.staging` for `dist`); the staging
 * folder is first made a copy of the current site (only files that differ are copied, so a rebuild
 * stays quick and Astro still finds the unchanged pages it skips), then the build, the pruning of
 * stale pages and the search index all write there, and only when every step has succeeded are the
 * two folders swapped by renames. A render error, a crash or a kill at any point before that leaves
 * the output folder exactly as the last good build left it. The swap is two renames; a kill between
 * them leaves the old site under `<out>.previous`, which the next build (or a person) puts back.
 *
 * Listed last in astro.config.mjs: its `astro:build:done` must run after the other integrations'.
 */
const STAGING = 'staging';

export default function stagedOutput(): AstroIntegration {
  let finalDir: string | undefined;
  let stagingDir: string | undefined;
  let preparing: Preparing | undefined;
  return {
    name: 'kb-staged-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        finalDir = resolve(fileURLToPath(config.outDir));
        stagingDir = siblingOf(finalDir, STAGING);
        // A URL, as Astro holds outDir once resolved (updateConfig does not resolve it again). For a
        // static site, pages and assets go to outDir itself (build.client is not used).
        updateConfig({ outDir: pathToFileURL(`${stagingDir}/`) });
        // Copying the site into the staging folder (5 s after a first build at 10,000 reports, when
        // there is no staging folder yet) runs on a thread while the content is read and checked.
        preparing = prepareOnThread(finalDir, stagingDir);
      },
      // After the content check (first in the list) passed: Astro writes nothing before this.
      'astro:build:start': async ({ logger }) => {
        if (!finalDir || !stagingDir || !preparing) return;
        const { copied, linked } = await preparing.done();
        const seconds = (preparing.ms() / 1000).toFixed(1);
        if (copied || linked) logger.info(`Thư mục dựng tạm ${stagingDir}: chép ${copied} tệp, liên kết ${linked} bản nén cho khớp bản đang dùng, ${seconds} giây (trong lúc đọc nội dung)`);
      },
      'astro:build:done': ({ logger }) => {
        if (!finalDir || !stagingDir) return;
        swapIn(finalDir, stagingDir);
        logger.info(`Đã thay trang web trong ${finalDir} bằng bản vừa dựng xong`);
      },
    },
  };
}

interface Preparing {
  /** Resolves once the staging folder is ready; rejects with what went wrong. */
  done(): Promise<Mirrored>;
  /** How long the preparation took (ms), once done. */
  ms(): number;
}

/**
 * Starts preparing the staging folder on a thread (staging-worker.ts). Until `done()` is awaited the
 * thread does not keep Node alive: a build refused by the content check ends at once.
 */
function prepareOnThread(finalDir: string, stagingDir: string): Preparing {
  const started = performance.now();
  let took = 0;
  const worker = new Worker(new URL('./staging-worker.ts', import.meta.url), { workerData: { finalDir, stagingDir } });
  worker.unref();
  const answer = new Promise<Mirrored>((resolve, reject) => {
    worker.once('message', (message: { mirrored?: Mirrored; error?: string }) => {
      took = performance.now() - started;
      if (message.mirrored) resolve(message.mirrored);
      else reject(new Error(`Không chuẩn bị được thư mục dựng tạm ${stagingDir}: ${message.error}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`Không chuẩn bị được thư mục dựng tạm ${stagingDir}: luồng dừng (mã ${code})`)));
  });
  // Not awaited until build start: a failure is reported there, not as an unhandled rejection.
  answer.catch(() => undefined);
  return {
    done: () => {
      worker.ref();
      return answer;
    },
    ms: () => took,
  };
}

/** `dist` → `dist.staging` (a sibling, so renames stay on one disk). */
export function siblingOf(dir: string, suffix: string): string {
  return join(dirname(dir), `${basename(dir)}.${suffix}`);
}

/**
 * The live site a staging folder will replace (`dist` for `dist.staging`), if it exists; undefined
 * for a folder that is not a staging folder.
 */
export function liveSiteOf(dir: string): string | undefined {
  const folder = resolve(dir);
  const live = folder.endsWith(`.${STAGING}`) ? folder.slice(0, -`.${STAGING}`.length) : undefined;
  return live && existsSync(live) ? live : undefined;
}

/** A kill between the two renames of a swap left the last good site under `.previous`: put it back. */
export function restoreInterruptedSwap(finalDir: string): void {
  const previous = siblingOf(finalDir, 'previous');
  if (!existsSync(finalDir) && existsSync(previous)) renameSync(previous, finalDir);
}

/**
 * Makes the staging folder hold what the output folder holds (and nothing else), copying only the
 * files that differ. A missing output folder means no site yet: staging then starts empty, whatever
 * a failed build left in it.
 *
 * The .gz and .br copies (two thirds of the files) are hard-linked, not copied: the build only
 * ever replaces them by rename or removes them (precompress-files.ts, stale-output.ts), so the
 * site being served keeps its own. Pages cannot be shared so: Astro rewrites a page in place.
 */
export function prepareStaging(finalDir: string, stagingDir: string): Mirrored {
  if (!existsSync(finalDir)) {
    rmSync(stagingDir, { recursive: true, force: true });
    mkdirSync(stagingDir, { recursive: true });
    return { copied: 0, linked: 0 };
  }
  // The search index is removed and rewritten by every build (search-index.ts): not worth copying.
  return mirrorTree(finalDir, stagingDir, new Set(['pagefind']), isCompressedCopy);
}

/** Written only by precompress-files.ts, under a temporary name then renamed. */
const isCompressedCopy = (file: string) => /\.(gz|br)$/.test(file);

/** Staging becomes the output folder; the old site becomes the next build's staging folder. */
export function swapIn(finalDir: string, stagingDir: string): void {
  const previous = siblingOf(finalDir, 'previous');
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(finalDir)) renameSync(finalDir, previous);
  renameSync(stagingDir, finalDir);
  if (existsSync(previous)) renameSync(previous, stagingDir);
}
