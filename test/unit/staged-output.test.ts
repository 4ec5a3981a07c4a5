import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressWhileUnchanged } from '../../src/integrations/precompress-files.ts';
import { mirrorTree } from '../../src/integrations/mirror-tree.ts';
import { prepareStaging, restoreInterruptedSwap, siblingOf, swapIn } from '../../src/integrations/staged-output.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'kb-staged-'));
const write = (path: string, text: string) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};

describe('mirrorTree', () => {
  it('makes the copy hold exactly the source: changed files copied, extra ones removed', () => {
    const [from, to] = [folder(), folder()];
    write(join(from, 'a/index.html'), 'mới');
    write(join(from, 'b.html'), 'giữ');
    write(join(to, 'a/index.html'), 'cũ');
    write(join(to, 'c/cu.html'), 'trang đã xóa');
    expect(mirrorTree(from, to)).toEqual({ copied: 2, linked: 0 });
    expect(readFileSync(join(to, 'a/index.html'), 'utf8')).toBe('mới');
    expect(existsSync(join(to, 'c'))).toBe(false);
    expect(mirrorTree(from, to)).toEqual({ copied: 0, linked: 0 }); // nothing differs the second time
  });

  it('replaces a file rather than writing through it: a hard link into a cache keeps its bytes', () => {
    const [from, to, cache] = [folder(), folder(), folder()];
    write(join(cache, 'shard.pf'), 'bộ nhớ đệm');
    linkSync(join(cache, 'shard.pf'), join(to, 'shard.pf'));
    write(join(from, 'shard.pf'), 'nội dung khác hẳn');
    utimesSync(join(from, 'shard.pf'), new Date(0), new Date(0));
    mirrorTree(from, to);
    expect(readFileSync(join(cache, 'shard.pf'), 'utf8')).toBe('bộ nhớ đệm');
    expect(readFileSync(join(to, 'shard.pf'), 'utf8')).toBe('nội dung khác hẳn');
  });
});

describe('staging shares the compressed copies with the live site', () => {
  it('links them instead of copying, and a build replacing one in staging leaves the live one as it was', () => {
    const dist = join(folder(), 'dist');
    write(join(dist, 'a/index.html'), 'trang');
    write(join(dist, 'a/index.html.gz'), 'bản nén cũ');
    const staging = siblingOf(dist, 'staging');
    expect(prepareStaging(dist, staging)).toEqual({ copied: 1, linked: 1 });
    expect(statSync(join(staging, 'a/index.html.gz')).ino).toBe(statSync(join(dist, 'a/index.html.gz')).ino);
    expect(statSync(join(staging, 'a/index.html')).ino).not.toBe(statSync(join(dist, 'a/index.html')).ino);
    compressWhileUnchanged(join(staging, 'a/index.html'));
    expect(readFileSync(join(dist, 'a/index.html.gz'), 'utf8')).toBe('bản nén cũ');
    expect(gunzipSync(readFileSync(join(staging, 'a/index.html.gz'))).toString()).toBe('trang');
  });
});

describe('the swap', () => {
  it('puts staging in place and keeps the old site as the next staging folder', () => {
    const dist = join(folder(), 'dist');
    write(join(dist, 'index.html'), 'cũ');
    const staging = siblingOf(dist, 'staging');
    expect(prepareStaging(dist, staging)).toEqual({ copied: 1, linked: 0 });
    write(join(staging, 'index.html'), 'mới');
    swapIn(dist, staging);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('mới');
    expect(readFileSync(join(staging, 'index.html'), 'utf8')).toBe('cũ');
  });

  it('after a kill between its two renames, the next build puts the old site back first', () => {
    const dist = join(folder(), 'dist');
    write(join(dist, 'index.html'), 'bản tốt');
    renameSync(dist, siblingOf(dist, 'previous'));
    restoreInterruptedSwap(dist);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('bản tốt');
  });

  it('with no site yet, staging starts empty whatever a failed build left in it', () => {
    const dist = join(folder(), 'dist');
    write(join(siblingOf(dist, 'staging'), 'bao-cao/nua-chung/index.html'), 'dở dang');
    prepareStaging(dist, siblingOf(dist, 'staging'));
    expect(existsSync(join(siblingOf(dist, 'staging'), 'bao-cao'))).toBe(false);
  });
});
