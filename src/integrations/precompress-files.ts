import { readdirSync, rmSync, statSync, type Stats } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Text the site serves. Pagefind's index files (.pf_*, wasm.*.pagefind) are not here: Pagefind
 * writes them already gzip-compressed and decompresses them itself in the browser.
 */
const TEXT = /\.(html|css|js|mjs|json|svg|csv|xml|txt|ics|atom|webmanifest|map)$/;
/** Below this a compressed copy saves less than the response headers weigh. */
export const MIN_BYTES = 1024;
/**
 * Measured on a 1,000-report build (74.5 MB of text, one core): gzip 9 took 2.4 s, no longer than
 * the default 6. Brotli 6 took 2.6 s for 10.2 MB; 7 took twice that, 9 took 49 s and 11 (zlib's
 * default) 167 s, for at most 10 % less. 6 keeps a 10,000-report build within its budget.
 */
const GZIP_LEVEL = 9;
const BROTLI_QUALITY = 6;

export interface PrecompressResult {
  /** Text files given fresh .gz and .br copies. */
  compressed: number;
  /** Text files whose copies, newer than the file, were kept from an earlier build. */
  reused: number;
  /** Copies removed: their file is gone, too small, or no longer compressible. */
  removed: number;
  ms: number;
}

/** Writes .gz and .br copies of every text file of `dir` of at least MIN_BYTES (see precompress.ts). */
export async function precompressFolder(dir: string): Promise<PrecompressResult> {
  const started = performance.now();
  const files = new Map<string, Stats>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name), statSync(join(entry.parentPath, entry.name)));
  }
  const wanted = [...files].filter(([file, stats]) => TEXT.test(file) && stats.size >= MIN_BYTES);
  const wantedSet = new Set(wanted.map(([file]) => file));

  // A copy whose file was deleted or shrank below the threshold would still be served by nginx.
  let removed = 0;
  for (const file of files.keys()) {
    const source = /^(.*)\.(gz|br)$/.exec(file)?.[1];
    if (source && TEXT.test(source) && !wantedSet.has(source)) {
      rmSync(file, { force: true });
      removed++;
    }
  }

  // Copies written after the file last changed are its own (an incremental build leaves unchanged
  // pages and assets as they were); anything else is compressed again.
  const isFresh = (file: string, stats: Stats) =>
    ['.gz', '.br'].every((ext) => (files.get(file + ext)?.mtimeMs ?? -1) > stats.mtimeMs);
  const todo = wanted.filter(([file, stats]) => !isFresh(file, stats)).map(([file]) => file);
  await inParallel(todo, availableParallelism() * 2, compressOne);
  return { compressed: todo.length, reused: wanted.length - todo.length, removed, ms: performance.now() - started };
}

async function compressOne(file: string): Promise<void> {
  const bytes = await readFile(file);
  const [gz, br] = await Promise.all([
    gzipAsync(bytes, { level: GZIP_LEVEL }),
    brotliAsync(bytes, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  ]);
  await Promise.all([writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)]);
}

/** Runs `work` on every item, at most `limit` at a time (zlib's async calls use libuv's threads). */
async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
