import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { linkLiveCopies } from './live-copies.ts';
import { inParallel } from '../lib/cache/in-parallel.ts';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync, type BrotliOptions, type ZlibOptions } from 'node:zlib';

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
 * The gzip copy stays although every browser asks for brotli: browsers ask for it over HTTPS only,
 * and deploy/nginx.conf serves the office network over plain HTTP, where gzip is all they take.
 */
const gzipOptions = (): ZlibOptions => ({ level: 9 });
const brotliOptions = (bytes: Buffer): BrotliOptions => ({
  params: {
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_QUALITY]: 6,
    [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
  },
});

export interface PrecompressResult {
  /** Text files given fresh .gz and .br copies. */
  compressed: number;
  /** Text files whose copies, newer than the file, were kept from an earlier build or compressed earlier in this one. */
  reused: number;
  /** Copies removed: their file is gone, too small, or no longer compressible. */
  removed: number;
  ms: number;
}

/** Every file under `dir` with its stats, by absolute path. */
function filesOf(dir: string): Map<string, Stats> {
  const files = new Map<string, Stats>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile()) files.set(path, statSync(path));
  }
  return files;
}

const wantsCopies = (file: string, stats: Stats) => TEXT.test(file) && stats.size >= MIN_BYTES;

/**
 * Copies written after the file last changed are its own (an incremental build leaves unchanged
 * pages and assets as they were, and the background pass writes them after reading the file).
 */
const hasFreshCopies = (files: Map<string, Stats>, file: string, stats: Stats) =>
  ['.gz', '.br'].every((ext) => (files.get(file + ext)?.mtimeMs ?? -1) > stats.mtimeMs);

/**
 * Whether a text file still needs compressing: it has no fresh copies and `live` (the site being
 * served) could not lend it its own (live-copies.ts, which links them in when it can).
 */
const needsCompressing = (dir: string, files: Map<string, Stats>, live: string | undefined) => ([file, stats]: [string, Stats]) =>
  !hasFreshCopies(files, file, stats) && !(live && linkLiveCopies(dir, live, file, stats));

/**
 * The text files of `dir` that need compressing, leaving out those whose path relative to `dir`
 * matches `later` (files a later build step rewrites: compressing them now would be wasted).
 */
export function filesToCompress(dir: string, later: RegExp, live?: string): string[] {
  const files = filesOf(dir);
  const needed = needsCompressing(dir, files, live);
  return [...files].filter((entry) => wantsCopies(...entry) && !later.test(relative(dir, entry[0])) && needed(entry)).map(([file]) => file);
}

/**
 * Writes .gz and .br copies of every text file of `dir` of at least MIN_BYTES (see precompress.ts).
 * `live`, the site being served while `dir` is built, lends its copies of files that have not
 * changed (live-copies.ts).
 */
export async function precompressFolder(dir: string, live?: string): Promise<PrecompressResult> {
  const started = performance.now();
  const files = filesOf(dir);
  const wanted = [...files].filter(([file, stats]) => wantsCopies(file, stats));
  const wantedSet = new Set(wanted.map(([file]) => file));

  // A copy whose file was deleted or shrank below the threshold would still be served by nginx.
  let removed = 0;
  for (const file of files.keys()) {
    const source = /^(.*)\.(gz|br)$/.exec(file)?.[1];
    if (source && TEXT.test(source) && !wantedSet.has(source)) {
      rmSync(file, { force: true });
      removed++;
    }
    // A copy the early pass's thread left half-written, had it died: never part of the site.
    if (/\.(gz|br)\.tmp$/.test(file)) rmSync(file, { force: true });
  }

  const todo = wanted.filter(needsCompressing(dir, files, live)).map(([file]) => file);
  await inParallel(todo, availableParallelism() * 2, compressOne);
  return { compressed: todo.length, reused: wanted.length - todo.length, removed, ms: performance.now() - started };
}

/**
 * A copy is written under a temporary name beside it and renamed into place, never written in
 * place: the staging folder holds the copies as hard links to the live site's own
 * (staged-output.ts), and a write in place would change the site being served mid-build. The
 * temporary name ends in `.tmp`, which the stale-output pass leaves to its copy.
 */
export const pendingName = (copy: string) => `${copy}.tmp`;

async function writeCopy(copy: string, bytes: Buffer): Promise<void> {
  await writeFile(pendingName(copy), bytes);
  await rename(pendingName(copy), copy);
}

function writeCopySync(copy: string, bytes: Buffer): void {
  writeFileSync(pendingName(copy), bytes);
  renameSync(pendingName(copy), copy);
}

async function compressOne(file: string): Promise<void> {
  const bytes = await readFile(file);
  const [gz, br] = await Promise.all([gzipAsync(bytes, gzipOptions()), brotliAsync(bytes, brotliOptions(bytes))]);
  await Promise.all([writeCopy(`${file}.gz`, gz), writeCopy(`${file}.br`, br)]);
}

/**
 * Writes the copies of `file` on the calling thread (precompress-worker.ts), while other build
 * steps still run. Returns false, leaving no copy, if the file was gone or changed meanwhile: the
 * last pass (precompressFolder) then compresses what it finds.
 */
export function compressWhileUnchanged(file: string): boolean {
  try {
    const before = statSync(file);
    const bytes = readFileSync(file);
    writeCopySync(`${file}.gz`, gzipSync(bytes, gzipOptions()));
    writeCopySync(`${file}.br`, brotliCompressSync(bytes, brotliOptions(bytes)));
    const after = statSync(file, { throwIfNoEntry: false });
    if (after && after.mtimeMs === before.mtimeMs && after.size === before.size) return true;
  } catch {
    // Removed as stale while being read: its copies, if written, go below or in the last pass.
  }
  for (const copy of [`${file}.gz`, `${file}.br`]) for (const path of [copy, pendingName(copy)]) rmSync(path, { force: true });
  return false;
}
