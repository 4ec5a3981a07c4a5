import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSite } from '../../src/lib/search/index-site.ts';
import { indexWhileWriting } from '../../src/lib/search/index-while-writing.ts';
import { readDigest, shardCacheName } from '../../src/lib/search/shard-store.ts';
import { fileOfUrl, inShardOrder, planShards } from '../../src/lib/search/shards.ts';
import { readSettings } from '../../src/lib/settings.ts';

/**
 * Shards indexed while the site is being written (src/lib/search/index-while-writing.ts), with a
 * real Pagefind on real threads: pages are written one by one as Astro writes them, and the index
 * made once they are all written must be exactly the index made without that head start.
 */
const PER_SHARD = 2;
const reports = Array.from({ length: 6 }, (_, n) => `/bao-cao/tinh-a/r${n}/`);
const documents = ['/van-ban/nq-22-2013/', '/van-ban/nd-80-2020/'];
const urls = [...reports, ...documents];
const plan = planShards(urls, PER_SHARD);

const page = (url: string, word: string) =>
  `<!DOCTYPE html><html lang="vi"><head><title>${url}</title></head><body><article data-pagefind-body><h1>Trang ${url}</h1><p>Báo cáo công tác đối ngoại nhân dân, có từ ${word}.</p></article></body></html>`;

function site(): { distDir: string; cacheDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'kb-while-writing-'));
  return { distDir: join(root, 'site'), cacheDir: join(root, 'cache') };
}

function writePage(distDir: string, url: string, text: string): void {
  const file = join(distDir, fileOfUrl(url));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Astro's order: the report pages in shard order, then the documents. */
const writingOrder = [...inShardOrder(reports, (url) => url, plan), ...documents];

const nonEmptyShards = [...new Set(urls.map((url) => plan.shardOf(url)))].sort((a, b) => a - b);
const cacheNames = nonEmptyShards.map((shard, n) => shardCacheName(plan, shard, n === 0));

async function until(done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(cacheNames)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every file under a folder, by path, with its bytes (the .gz/.br copies are none of the index's). */
function filesOf(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path).toString('base64'));
    }
  };
  walk(dir);
  return files;
}

/** The index of the same pages made with no cache and no head start. */
async function indexFromScratch(distDir: string): Promise<Map<string, string>> {
  const { distDir: copy, cacheDir } = site();
  cpSync(distDir, copy, { recursive: true });
  await indexSite(copy, { cacheDir, pagesPerShard: PER_SHARD });
  return filesOf(join(copy, 'pagefind'));
}

describe('indexing shards while the site is written', () => {
  it('plans the reports and the documents apart, several shards each', () => {
    expect(plan.count).toBe(4);
    for (const url of reports) expect(plan.shardOf(url)).toBeLessThan(3);
    expect(documents.map((url) => plan.shardOf(url))).toEqual([3, 3]);
    expect(writingOrder.map((url) => plan.shardOf(url))).toEqual([...writingOrder.map((url) => plan.shardOf(url))].sort());
  });

  it('indexes each shard once its pages are written, and the index made afterwards is the same as without', async () => {
    const { distDir, cacheDir } = site();
    const early = indexWhileWriting({ distDir, urls, plan, cacheDir, since: Date.now() });
    for (const url of writingOrder) {
      writePage(distDir, url, page(url, `tu${url.length}`));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await until(() => cacheNames.every((name) => readDigest(join(cacheDir, name))), 'every shard indexed early');
    const filled = await early.stop();
    expect([...filled].sort()).toEqual([...cacheNames].sort());
    const summary = await indexSite(distDir, { cacheDir, pagesPerShard: PER_SHARD, indexedEarly: Promise.resolve(filled) });
    expect(summary).toMatchObject({ pages: urls.length, shards: cacheNames.length, indexedEarly: cacheNames.length, reused: 0, termShardsReused: 0 });
    expect(filesOf(join(distDir, 'pagefind'))).toEqual(await indexFromScratch(distDir));
  });

  it('waits for a page still being written, and re-indexes a shard whose page changed after it was indexed', async () => {
    const { distDir, cacheDir } = site();
    const early = indexWhileWriting({ distDir, urls, plan, cacheDir, since: Date.now() });
    const [first, ...rest] = writingOrder;
    // Half a page: its shard must not be indexed from it.
    writePage(distDir, first, page(first, 'motnua').slice(0, 80));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(readDigest(join(cacheDir, cacheNames[0]))).toBeUndefined();
    writePage(distDir, first, page(first, 'dayduthu'));
    for (const url of rest) writePage(distDir, url, page(url, 'binhthuong'));
    await until(() => cacheNames.every((name) => readDigest(join(cacheDir, name))), 'every shard indexed early');
    const filled = await early.stop();
    // The last document rewritten once its shard was indexed: that shard alone is indexed again.
    writePage(distDir, documents[1], page(documents[1], 'vietlaisau'));
    const summary = await indexSite(distDir, { cacheDir, pagesPerShard: PER_SHARD, indexedEarly: Promise.resolve(filled) });
    expect(summary).toMatchObject({ shards: cacheNames.length, indexedEarly: cacheNames.length - 1, reused: 0 });
    expect(filesOf(join(distDir, 'pagefind'))).toEqual(await indexFromScratch(distDir));
    const terms = filesOf(join(distDir, 'pagefind', 'kb'));
    expect([...terms.values()].some((bytes) => Buffer.from(bytes, 'base64').includes('vietlaisau'))).toBe(true);
  });

  it('once every page is written, indexes only the shards with a page this build wrote, and skips one with a page missing', async () => {
    const { distDir, cacheDir } = site();
    // A rebuild: an earlier build's pages, one report rewritten, one document's page not there.
    const [rewritten, missing, fresh] = [reports[5], documents[0], documents[1]];
    for (const url of writingOrder) if (url !== missing) writePage(distDir, url, page(url, 'cu'));
    const old = new Date(Date.now() - 60_000);
    for (const url of writingOrder) if (url !== missing) utimesSync(join(distDir, fileOfUrl(url)), old, old);
    const early = indexWhileWriting({ distDir, urls, plan, cacheDir, since: Date.now() });
    writePage(distDir, rewritten, page(rewritten, 'moi'));
    writePage(distDir, fresh, page(fresh, 'moi'));
    await new Promise((resolve) => setTimeout(resolve, 600));
    const nameOf = (url: string) => cacheNames[nonEmptyShards.indexOf(plan.shardOf(url))];
    early.allWritten();
    await until(() => readDigest(join(cacheDir, nameOf(rewritten))) !== undefined, 'the rewritten report’s shard indexed');
    expect([...(await early.stop())]).toEqual([nameOf(rewritten)]);
    for (const name of cacheNames.filter((name) => name !== nameOf(rewritten))) expect(readDigest(join(cacheDir, name)), name).toBeUndefined();
  });

  it('stops at once when asked, with nothing written yet', async () => {
    const { distDir, cacheDir } = site();
    const early = indexWhileWriting({ distDir, urls, plan, cacheDir, since: Date.now() });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = Date.now();
    expect((await early.stop()).size).toBe(0);
    expect(Date.now() - started).toBeLessThan(100);
  });
});

describe('the shard size, KB_SEARCH_SHARD_PAGES', () => {
  it('takes a whole number above 0 and refuses anything else, naming the variable, only where it is needed', () => {
    expect(readSettings({ KB_SEARCH_SHARD_PAGES: '2' }, '/').searchShardPages).toBe(2);
    expect(readSettings({}, '/').searchShardPages).toBeUndefined();
    for (const bad of ['0', '-5', '2.5', 'abc']) {
      expect(() => readSettings({ KB_SEARCH_SHARD_PAGES: bad }, '/').searchShardPages).toThrow(`KB_SEARCH_SHARD_PAGES="${bad}" không phải là số trang hợp lệ`);
    }
    expect(readSettings({ KB_SEARCH_SHARD_PAGES: '-5' }, '/').contentRoot).toBe('/content');
  });

  it('plans one page a shard at most, whatever it is given', () => {
    for (const per of [0, -3, 0.5]) expect(planShards(urls, per).count).toBe(planShards(urls, 1).count);
  });
});
