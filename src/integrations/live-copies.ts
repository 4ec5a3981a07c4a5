import { readFileSync, rmSync, statSync, type Stats } from 'node:fs';
import { join, relative } from 'node:path';
import { linkOrCopy } from '../lib/cache/link-tree.ts';

/**
 * Gives `file` (in the folder being built, `dir`) the .gz and .br copies the live site holds for
 * the same file, by hard link, when the two files have the same bytes. Returns whether it did.
 *
 * The live site's copies are its files' own: a site is swapped in only after the last pass
 * compressed or linked every file lacking copies (precompress.ts). Their times are not compared:
 * a copy linked so keeps its older time, and a file rewritten with the same bytes is newer.
 *
 * Why: some files are rewritten by every build with the same bytes, which leaves them without
 * fresh copies: above all the search index, a new folder each build (its files hard links into
 * the search cache, most unchanged). Comparing bytes costs a fraction of gzip 9 and brotli 6.
 * Linking is safe because nothing writes a copy in place (precompress-files.ts renames them in).
 */
export function linkLiveCopies(dir: string, live: string, file: string, stats: Stats): boolean {
  const liveFile = join(live, relative(dir, file));
  const liveStats = statSync(liveFile, { throwIfNoEntry: false });
  if (!liveStats?.isFile() || liveStats.size !== stats.size) return false;
  if (!['.gz', '.br'].every((ext) => statSync(liveFile + ext, { throwIfNoEntry: false })?.isFile())) return false;
  const sameFile = liveStats.ino === stats.ino && liveStats.dev === stats.dev;
  if (!sameFile && !readFileSync(liveFile).equals(readFileSync(file))) return false;
  for (const ext of ['.gz', '.br']) {
    rmSync(file + ext, { force: true });
    linkOrCopy(liveFile + ext, file + ext);
  }
  return true;
}
