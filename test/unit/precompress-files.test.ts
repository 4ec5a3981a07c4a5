import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressWhileUnchanged, filesToCompress, precompressFolder } from '../../src/integrations/precompress-files.ts';

const page = (n: number) => `<!doctype html><p>${'Báo cáo công tác đối ngoại. '.repeat(60)} ${n}</p>`;
const site = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-precompress-'));
  mkdirSync(join(dir, 'a'), { recursive: true });
  mkdirSync(join(dir, 'pagefind'), { recursive: true });
  writeFileSync(join(dir, 'a/index.html'), page(1));
  writeFileSync(join(dir, 'pagefind/pagefind.js'), page(2));
  writeFileSync(join(dir, 'nho.html'), '<p>nhỏ</p>');
  // Written a minute ago: copies made now are newer (the clock's tick is coarser than these writes).
  const past = new Date(Date.now() - 60_000);
  for (const file of ['a/index.html', 'pagefind/pagefind.js']) utimesSync(join(dir, file), past, past);
  return dir;
};

describe('precompressed copies, the two passes', () => {
  it('the early pass takes the pages lacking copies and leaves what later steps rewrite', () => {
    const dir = site();
    expect(filesToCompress(dir, /^pagefind\//)).toEqual([join(dir, 'a/index.html')]);
    expect(compressWhileUnchanged(join(dir, 'a/index.html'))).toBe(true);
    expect(gunzipSync(readFileSync(join(dir, 'a/index.html.gz'))).toString()).toBe(page(1));
    expect(brotliDecompressSync(readFileSync(join(dir, 'a/index.html.br'))).toString()).toBe(page(1));
    expect(filesToCompress(dir, /^pagefind\//)).toEqual([]); // its copies are now newer than it
  });

  it('a page gone before the early pass reads it leaves no copy behind', () => {
    const dir = site();
    rmSync(join(dir, 'a/index.html'));
    expect(compressWhileUnchanged(join(dir, 'a/index.html'))).toBe(false);
    expect(existsSync(join(dir, 'a/index.html.gz'))).toBe(false);
  });

  it('the last pass keeps the early copies and compresses the rest; a page rewritten after its copies is compressed again', async () => {
    const dir = site();
    compressWhileUnchanged(join(dir, 'a/index.html'));
    const first = await precompressFolder(dir);
    expect(first).toMatchObject({ compressed: 1, reused: 1 }); // pagefind.js new, the page kept
    writeFileSync(join(dir, 'a/index.html'), page(3));
    const later = new Date(statSync(join(dir, 'a/index.html.gz')).mtimeMs + 1000);
    utimesSync(join(dir, 'a/index.html'), later, later);
    expect(await precompressFolder(dir)).toMatchObject({ compressed: 1, reused: 1 });
    expect(gunzipSync(readFileSync(join(dir, 'a/index.html.gz'))).toString()).toBe(page(3));
  });
});

describe('copies lent by the live site', () => {
  const withCopies = async (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-live-'));
    writeFileSync(join(dir, 'index.html'), text);
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(dir, 'index.html'), past, past);
    await precompressFolder(dir);
    return dir;
  };

  it('a file with the same bytes as the live one takes its copies by hard link, compressing nothing', async () => {
    const [live, staging] = [await withCopies(page(1)), mkdtempSync(join(tmpdir(), 'kb-staging-'))];
    writeFileSync(join(staging, 'index.html'), page(1));
    expect(await precompressFolder(staging, live)).toMatchObject({ compressed: 0, reused: 1 });
    expect(statSync(join(staging, 'index.html.br')).ino).toBe(statSync(join(live, 'index.html.br')).ino);
  });

  it('a file whose bytes changed gets copies of its own, and the live copies keep theirs', async () => {
    const [live, staging] = [await withCopies(page(1)), mkdtempSync(join(tmpdir(), 'kb-staging-'))];
    writeFileSync(join(staging, 'index.html'), page(2));
    expect(await precompressFolder(staging, live)).toMatchObject({ compressed: 1 });
    expect(gunzipSync(readFileSync(join(staging, 'index.html.gz'))).toString()).toBe(page(2));
    expect(gunzipSync(readFileSync(join(live, 'index.html.gz'))).toString()).toBe(page(1));
  });
});

describe('a copy left half-written', () => {
  it('is removed by the last pass, so it never reaches the site', async () => {
    const dir = site();
    writeFileSync(join(dir, 'a/index.html.gz.tmp'), 'dở dang');
    await precompressFolder(dir);
    expect(existsSync(join(dir, 'a/index.html.gz.tmp'))).toBe(false);
    expect(gunzipSync(readFileSync(join(dir, 'a/index.html.gz'))).toString()).toBe(page(1));
  });
});
