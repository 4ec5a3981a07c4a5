/**
 * Writes the files of the term index as JSON, leaving a file that is already there with the same
 * content untouched (not even its modification time), and removing the files of an older index
 * that this one no longer has. After a small change most files are the same, so what comes after
 * (precompression compares modification times) need only redo the few that changed.
 *
 * Given `previous`, the term index of the site being served (a build writes into an empty staging
 * folder, src/integrations/staged-output.ts), a file with the same bytes there is hard-linked
 * instead of written: creating 14,650 files took 6 s of a 10,000-report rebuild, linking the 14,500
 * unchanged ones a fraction. Safe because the build writes each file once, and the next build starts
 * from an empty folder again; the compressed copies are then linked alike (live-copies.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { linkOrCopy } from '../../cache/link-tree.ts';
import { dirname, join, relative } from 'node:path';

export class IndexWriter {
  files = 0;
  bytes = 0;
  written = 0;
  /** Index files found in the folder and not (yet) written by this index. */
  private readonly others: Set<string>;
  private readonly madeDirs = new Set<string>();
  private readonly outDir: string;
  private readonly previous: string | undefined;

  constructor(outDir: string, previous?: string) {
    this.outDir = outDir;
    this.previous = previous && existsSync(previous) ? previous : undefined;
    this.others = new Set(existsSync(outDir)
      ? readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.json')).map((entry) => relative(outDir, join(entry.parentPath, entry.name)))
      : []);
  }

  write(path: string, value: unknown): void {
    const file = join(this.outDir, path);
    const text = JSON.stringify(value);
    this.files++;
    this.bytes += text.length;
    if (this.others.delete(path) && sameContent(file, text)) return;
    const dir = dirname(file);
    if (!this.madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    const earlier = this.previous && join(this.previous, path);
    if (earlier && existsSync(earlier) && sameContent(earlier, text)) {
      rmSync(file, { force: true });
      return linkOrCopy(earlier, file);
    }
    writeFileSync(file, text);
    this.written++;
  }

  /**
   * Removes the files an older index left that this one did not write, and their compressed
   * copies (a kept file's .gz and .br stay: precompression sees by their dates that they are current).
   */
  removeOthers(): void {
    for (const path of this.others) for (const suffix of ['', '.gz', '.br']) rmSync(join(this.outDir, path + suffix), { force: true });
    this.others.clear();
  }
}

function sameContent(file: string, text: string): boolean {
  return statSync(file).size === Buffer.byteLength(text) && readFileSync(file, 'utf8') === text;
}
