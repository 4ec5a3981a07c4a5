import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTermIndex, type IndexedDoc } from '../../src/lib/search/terms/build.ts';

/**
 * A build writes the term index into an empty staging folder, given the live site's term index as
 * `previous` (src/lib/search/terms/writer.ts): files with the same bytes are hard-linked from it,
 * the others written. The result must be the index a build from nothing writes, and the live
 * site's files must be left as they were.
 */
const docs = (extra: string): IndexedDoc[] =>
  Array.from({ length: 60 }, (_, id) => ({
    id,
    fragment: `fragment/${id}.pf_fragment`,
    url: `/bao-cao/r${id}/`,
    content: `Báo cáo công tác đối ngoại năm ${2015 + (id % 10)}. ${id === 7 ? extra : ''}`,
    meta: { title: `Báo cáo số ${id}` },
    filters: { unit: [`don-vi-${id % 5}`] },
  }));

function files(dir: string): Map<string, { text: string; inode: number }> {
  return new Map(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return [relative(dir, path), { text: readFileSync(path, 'utf8'), inode: statSync(path).ino }];
  }));
}

const folder = () => mkdtempSync(join(tmpdir(), 'kb-term-writer-'));

describe('the term index written beside the live one', () => {
  it('links every unchanged file from the live index, writes the changed ones, and equals an index written from nothing', () => {
    const live = folder();
    writeTermIndex(live, 60, 60, docs('Hợp tác với tỉnh Champasak.'));
    const liveBefore = files(live);

    const staging = folder();
    const summary = writeTermIndex(staging, 60, 60, docs('Hợp tác với tỉnh Savannakhet.'));
    const fresh = folder();
    writeTermIndex(fresh, 60, 60, docs('Hợp tác với tỉnh Savannakhet.'));
    expect(summary.written).toBe(summary.files);

    const linkedInto = folder();
    const linked = writeTermIndex(linkedInto, 60, 60, docs('Hợp tác với tỉnh Savannakhet.'), live);
    const [built, expected] = [files(linkedInto), files(fresh)];
    expect(new Map([...built].map(([path, { text }]) => [path, text]))).toEqual(new Map([...expected].map(([path, { text }]) => [path, text])));
    const shared = [...built].filter(([path, { inode }]) => liveBefore.get(path)?.inode === inode).map(([path]) => path);
    // The one report's new word changes a few files; every other file is the live one's, linked.
    expect(linked.written).toBeGreaterThan(0);
    expect(linked.written).toBeLessThan(linked.files / 2);
    expect(shared.length).toBe(linked.files - linked.written);
    for (const path of shared) expect(built.get(path)!.text).toBe(liveBefore.get(path)!.text);
    // The live index is untouched.
    expect(files(live)).toEqual(liveBefore);
  });
});
