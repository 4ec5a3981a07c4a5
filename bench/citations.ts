/**
 * What citations cost the build: reading them at load (parse + resolve + check, every report) and
 * linking them at render (the satteri mdast plugin), against rendering the same bodies without links;
 * with `--build N`, also a real `astro build` of N copies of the real reports.
 *
 *   node_modules/.bin/node bench/citations.ts [--build 1000]
 *
 * A benchmark, not a test: run it by hand on a quiet machine and note the figures in the README.
 * Each in-process figure is the best of several interleaved rounds, as the machine is shared.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { citationLinkSpans } from '../src/lib/citations/link-spans.ts';
import { readReportCitations } from '../src/lib/citations/report-citations.ts';
import { loadKnowledgeBase } from '../src/lib/content/load.ts';
import { readBody, renderBody } from '../src/lib/render/body.ts';
import { citationLinks } from '../src/markdown/citation-links.ts';

const project = join(import.meta.dirname, '..');
const root = join(project, 'content');
const { kb } = loadKnowledgeBase(root);
const bodies = kb.reports.map((r) => ({ file: r.source.file, body: readBody(root, r.source.file), bodyLine: r.source.bodyLine }));
const cited = new Map(bodies.map((b) => [b.file, readReportCitations(b.file, b.body, b.bodyLine, kb.documents).citations]));

const steps: [string, (b: (typeof bodies)[number]) => unknown][] = [
  ['read citations (parse, resolve, check)', (b) => readReportCitations(b.file, b.body, b.bodyLine, kb.documents)],
  ['render body without links', (b) => renderBody(b.body)],
  ['render body with citation links', (b) => renderBody(b.body, [citationLinks(b.body, citationLinkSpans(cited.get(b.file)!, (c) => ({ href: `/van-ban/${c.normalized}/` })))])],
];
const best = new Map<string, number>();
for (let round = 0; round < 8; round++) {
  for (const [label, run] of steps) {
    const start = performance.now();
    for (let i = 0; i < 20; i++) for (const b of bodies) run(b);
    best.set(label, Math.min(best.get(label) ?? Infinity, (performance.now() - start) / (20 * bodies.length)));
  }
}
const kb1 = bodies.reduce((sum, b) => sum + b.body.length, 0) / bodies.length / 1000;
console.log(`Per report (real report bodies, ${kb1.toFixed(0)} k characters on average):`);
for (const [label, ms] of best) console.log(`  ${label.padEnd(40)} ${ms.toFixed(2)} ms`);

const buildAt = process.argv.indexOf('--build');
if (buildAt > 0) {
  const copies = Number(process.argv[buildAt + 1] ?? 1000);
  const content = mkdtempSync(join(tmpdir(), 'kb-bench-citations-'));
  cpSync(root, content, { recursive: true });
  for (let i = 0; i < copies; i++) {
    const source = kb.reports[i % kb.reports.length].source.file;
    const target = join(content, source.replace(/^reports\//, `reports/bench-${String(i).padStart(5, '0')}/`));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, readFileSync(join(root, source)));
  }
  const out = mkdtempSync(join(tmpdir(), 'kb-bench-out-'));
  const start = performance.now();
  execFileSync(join(project, 'node_modules/.bin/node'), [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    cwd: project, env: { ...process.env, KB_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'ignore',
  });
  const seconds = (performance.now() - start) / 1000;
  const pages = readdirSync(join(out, 'van-ban')).length;
  console.log(`astro build of ${copies + kb.reports.length} reports with citation links: ${seconds.toFixed(1)} s (${pages} /van-ban/ pages)`);
  console.log(`  linking's share at the figure above: about ${(((best.get(steps[2][0])! - best.get(steps[1][0])!) * copies) / 1000).toFixed(1)} s`);
  rmSync(content, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}
