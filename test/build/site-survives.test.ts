import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../helpers/build-site.ts';
import { contentFolder } from '../helpers/content-folder.ts';

/** Every file of a built site with the hash of its bytes: what a deploy would copy. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, file);
    if (statSync(path).isFile()) files[file] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return files;
}

function runFixture(script: string, args: string[], content: string, env: NodeJS.ProcessEnv = {}) {
  return spawnSync(join(projectRoot, 'node_modules/.bin/node'), [join(projectRoot, 'test/fixtures', script), ...args], {
    cwd: projectRoot, env: { ...process.env, KB_CONTENT_DIR: content, KB_ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'kb-astro-cache-')), ...env }, encoding: 'utf8',
    // A build left hanging (a thread or a timer still alive) is a failure, not a stuck test run.
    timeout: 180_000,
  });
}

describe('a build that fails after pages start being written', () => {
  const report = 'reports/tinh-a/huyen-a/2022-h2-hoi-nhap.mdx';
  let outDir: string;
  let before: Record<string, string>;
  beforeAll(() => {
    outDir = join(mkdtempSync(join(tmpdir(), 'kb-survives-')), 'dist');
    buildSite(contentFolder(), {}, { outDir });
    before = snapshot(outDir);
  });

  it('had a whole site to lose: pages and the search index', () => {
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['index.html', 'pagefind/pagefind.js', `bao-cao/${report.slice('reports/'.length, -4)}/index.html`]));
  });

  it('fails while rendering a report: names the report and leaves the previous site byte for byte', () => {
    const run = runFixture('build-failing-render.ts', [outDir, report], contentFolder());
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}\n${run.stderr}`).toContain(`Không dựng được trang của ${report}`);
    expect(snapshot(outDir)).toEqual(before);
  });

  it('fails while rendering a report with search shards being indexed alongside: stops, and leaves the previous site', () => {
    // One page a shard: the shards of the pages written before the failure are being indexed on
    // their threads (src/lib/search/index-while-writing.ts) when the build fails.
    const run = runFixture('build-failing-render.ts', [outDir, report], contentFolder(), { KB_SEARCH_SHARD_PAGES: '1', KB_CACHE_DIR: mkdtempSync(join(tmpdir(), 'kb-cache-')) });
    expect(run.signal).toBeNull();
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}\n${run.stderr}`).toContain(`Không dựng được trang của ${report}`);
    expect(snapshot(outDir)).toEqual(before);
  });

  it('fails after every page is written: the previous site is left byte for byte', () => {
    const run = runFixture('build-failing-late.ts', [outDir], contentFolder());
    expect(run.stderr).toContain('lỗi giả lập sau khi đã ghi các trang');
    expect(run.status).not.toBe(0);
    expect(snapshot(outDir)).toEqual(before);
  });

  it('is killed (SIGKILL) after writing its pages: the previous site is left byte for byte', () => {
    const run = runFixture('build-failing-late.ts', [outDir, 'kill'], contentFolder());
    expect(run.signal).toBe('SIGKILL');
    expect(snapshot(outDir)).toEqual(before);
  });

  it('is killed after rewriting a changed page’s compressed copies: the copies served stay those of the previous site', () => {
    // The staging folder shares the .gz and .br copies with the site (hard links): a copy written in
    // place would change the site being served.
    const content = contentFolder();
    const file = join(content, report);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n${'Bổ sung sau lần dựng trước. '.repeat(80)}\n`);
    const page = `bao-cao/${report.slice('reports/'.length, -4)}/index.html`;
    const run = runFixture('build-failing-late.ts', [outDir, 'kill-after-copies', page], content);
    expect(run.signal).toBe('SIGKILL');
    expect(brotliDecompressSync(readFileSync(join(`${outDir}.staging`, `${page}.br`))).toString()).toContain('Bổ sung sau lần dựng trước');
    expect(snapshot(outDir)).toEqual(before);
  });

  it('and the next good build replaces the site whole, the new report in its pages and index', () => {
    const content = contentFolder({ 'reports/tinh-a/huyen-a/2023-h1-moi.mdx': '---\nunit: huyen-a\nperiod: 2023-H1\ntitle: Báo cáo mới sau lần dựng hỏng\n---\n\nNội dung mới.\n' });
    const site = buildSite(content, {}, { outDir });
    expect(site.page('/bao-cao/tinh-a/huyen-a/2023-h1-moi/')).toContain('Báo cáo mới sau lần dựng hỏng');
    const after = snapshot(outDir);
    expect(after['index.html']).toBeDefined();
    expect(Object.keys(after).filter((f) => !(f in before) && !f.startsWith('pagefind/'))).toContain('bao-cao/tinh-a/huyen-a/2023-h1-moi/index.html');
  });
});
