import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load.ts';
import { generateContent, type GeneratedFile } from '../../src/tools/generate/index.ts';
import { MAX_BYTES, MIN_BYTES } from '../../src/tools/generate/report.ts';
import type { KnowledgeBase } from '../../src/lib/model.ts';
import { formatProblem } from '../../src/lib/problems.ts';

const collect = (reports: number, seed?: string): GeneratedFile[] => [...generateContent({ reports, seed })];

function writeTree(files: GeneratedFile[]): string {
  const root = mkdtempSync(join(tmpdir(), 'kb-generated-'));
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  return root;
}

describe('kb generate, the content generator', () => {
  let files: GeneratedFile[];
  let kb: KnowledgeBase;
  let problems: ReturnType<typeof loadKnowledgeBase>['problems'];
  beforeAll(() => {
    files = collect(50);
    ({ kb, problems } = loadKnowledgeBase(writeTree(files)));
  });
  const reportFiles = () => files.filter((f) => f.path.startsWith('reports/'));

  it('writes exactly the reports asked for, and a tree the content check accepts', () => {
    expect(reportFiles()).toHaveLength(50);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(kb.reports).toHaveLength(50);
  });

  it('keeps a larger tree free of any problem too: dates, follow-ups and citations agree', () => {
    const larger = loadKnowledgeBase(writeTree(collect(400, 'larger')));
    expect(larger.problems.map(formatProblem)).toEqual([]);
    expect(larger.kb.reports.flatMap((r) => r.progress).length).toBeGreaterThan(200);
  });

  it('is deterministic for a seed, and a different seed gives different content', () => {
    expect(collect(50)).toEqual(files);
    const other = collect(50, 'another-seed');
    expect(other.filter((f) => f.path.startsWith('reports/')).map((f) => f.text)).not.toEqual(reportFiles().map((f) => f.text));
  });

  it('writes reports of real length, 5 KB to 60 KB each', () => {
    const sizes = reportFiles().map((f) => Buffer.byteLength(f.text));
    for (const size of sizes) {
      expect(size).toBeGreaterThanOrEqual(MIN_BYTES);
      expect(size).toBeLessThanOrEqual(MAX_BYTES);
    }
    expect(new Set(sizes.map((s) => Math.floor(s / 5000))).size).toBeGreaterThan(3);
  });

  it('keeps some reports confidential', () => {
    const confidential = kb.reports.filter((r) => r.confidential);
    expect(confidential.length).toBeGreaterThan(0);
    expect(confidential.length).toBeLessThan(kb.reports.length / 10);
  });

  it('follows up earlier tasks, never a confidential report\'s from a public one', () => {
    const tasks = new Map(kb.reports.flatMap((r) => r.tasks.map((t) => [t.key, r] as const)));
    const followUps = kb.reports.flatMap((r) => r.progress.map((p) => ({ from: r, to: tasks.get(p.task) })));
    expect(followUps.length).toBeGreaterThan(10);
    for (const { from, to } of followUps) {
      expect(to).toBeDefined();
      expect(to!.periodInfo.end <= from.periodInfo.end).toBe(true);
      if (!from.confidential) expect(to!.confidential).toBe(false);
    }
    expect(kb.reports.flatMap((r) => r.tasks).filter((t) => t.dueDay).length).toBeGreaterThan(50);
  });

  it('models the 2025 reorganisation: districts end on 30/6/2025, successors begin on 1/7/2025', () => {
    const units = new Map(kb.units.map((u) => [u.id, u]));
    const ended = kb.units.filter((u) => u.level === 'huyen');
    expect(ended.length).toBeGreaterThan(0);
    expect(ended.every((u) => u.until === '2025-06-30')).toBe(true);
    const successors = ended.flatMap((u) => u.successors).map((id) => units.get(id));
    expect(successors.length).toBeGreaterThan(0);
    expect(successors.every((u) => u?.from === '2025-07-01')).toBe(true);
    expect(kb.units.some((u) => u.level === 'tinh' && u.until === '2025-06-30' && u.successors.length === 1)).toBe(true);
  });

  it('writes Vietnamese reports with Roman-numbered parts, tables, footnotes and real citations', () => {
    const bodies = reportFiles().map((f) => f.text).join('\n');
    expect(bodies).toMatch(/^## II\. ĐÁNH GIÁ CHUNG$/m);
    expect(bodies).toMatch(/^\| STT \| /m);
    expect(bodies).toMatch(/^\[\^1\]: /m);
    expect(bodies).toMatch(/Nghị quyết số 22-NQ\/TW ngày 10\/4\/2013 của Bộ Chính trị|Chỉ thị số 04-CT\/TW ngày 06\/7\/2011 của Ban Bí thư/);
    expect(bodies).not.toMatch(/lorem|ipsum/i);
    expect(kb.documents.map((d) => d.id)).toEqual(expect.arrayContaining(['nq-22-2013', 'ct-12-2022', 'nd-80-2020']));
    // Varied vocabulary: many distinct words, not one paragraph repeated.
    expect(new Set(bodies.split(/\s+/)).size).toBeGreaterThan(3000);
  });
});
