import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { openJsonCache } from '../../src/lib/cache/json-cache.ts';
import { bodyKey, MIN_DUPLICATE_TEXT } from '../../src/lib/content/identity.ts';
import { stripInvisible } from '../../src/lib/text.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load.ts';
import { loadForCheck, loadWithCache } from '../../src/lib/content/load-shared.ts';
import { contentFolder } from '../helpers/content-folder.ts';

const FILE = 'reports/tinh-a/huyen-a/moi.mdx';
const bad = '---\nunit: huyen-a\nperiod: 2022-H1\ntitle: Báo cáo thử\ndirectives:\n  - nq-22-2013\n  - nd-80-2022\n---\n\nNội dung.\n';

describe('the frontmatter cache (node_modules/.cache/kb)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kb-cache-'));
  });

  it('gives the same knowledge base and the same problems, at the same lines, warm as cold', () => {
    const citing = '---\nunit: huyen-a\nperiod: 2023\ntitle: Báo cáo dẫn chiếu\n---\n\nThực hiện Nghị quyết số 22-NQ/TW ngày 10/3/2013 và Quyết định số 609/QĐ-UBND ngày 11/5/2022 (gọi tắt là Quyết định số 609).\n';
    const root = contentFolder({ [FILE]: bad, 'reports/tinh-a/huyen-a/dan-chieu.mdx': citing });
    const uncached = loadKnowledgeBase(root);
    const cold = loadWithCache(root, dir);
    expect(existsSync(join(dir, 'frontmatter.json'))).toBe(true);
    expect(existsSync(join(dir, 'citations.json'))).toBe(true);
    const warm = loadWithCache(root, dir);
    const citations = uncached.kb.reports.find((r) => r.id === 'tinh-a/huyen-a/dan-chieu')!.citations;
    expect(citations.map((c) => [c.form, c.number, c.documentId])).toEqual([['full', '22-NQ/TW', 'nq-22-2013'], ['full', '609/QĐ-UBND', null], ['short', '609', null]]);
    for (const run of [cold, warm]) {
      expect(run.problems).toEqual(uncached.problems);
      expect(run.kb.reports.map((r) => [r.id, r.title, r.tasks, r.progress, r.citations])).toEqual(uncached.kb.reports.map((r) => [r.id, r.title, r.tasks, r.progress, r.citations]));
    }
    expect(warm.problems.find((p) => p.file === 'reports/tinh-a/huyen-a/dan-chieu.mdx')).toMatchObject({ line: 7, code: 'citation-mismatch' });
    expect(warm.problems.find((p) => p.file === FILE)).toMatchObject({ line: 7, code: 'unknown-directive' });
  });

  it('finds one report saved twice from the cached identities as from fresh ones, and a short body has none', () => {
    const long = `${'Năm 2022, UBND huyện đã triển khai nhiều hoạt động đối ngoại nhân dân, hợp tác hữu nghị. '.repeat(4)}\n`;
    const report = (number: string, body: string) => `---\nunit: huyen-a\nperiod: 2022-H1\ntitle: Báo cáo\nnumber: "${number}"\n---\n\n${body}`;
    const root = contentFolder({
      'reports/tinh-a/huyen-a/ban-mot.mdx': report('7/BC-UBND', long),
      'reports/tinh-a/huyen-a/ban-hai.mdx': report('8/BC-UBND', `${long.replace(/ /g, ' \t ').toUpperCase()}\u200b`),
      'reports/tinh-a/huyen-a/ngan-mot.mdx': report('9/BC-UBND', 'Nội dung ngắn.\n'),
      'reports/tinh-a/huyen-a/ngan-hai.mdx': report('10/BC-UBND', 'Nội dung ngắn.\n'),
    });
    const duplicates = (problems: { code: string; file: string }[]) => problems.filter((p) => p.code === 'duplicate-report').map((p) => p.file);
    const uncached = duplicates(loadKnowledgeBase(root).problems);
    // Each copy names the other; the two short bodies are too short to tell a copy from a form letter.
    expect([...uncached].sort()).toEqual(['reports/tinh-a/huyen-a/ban-hai.mdx', 'reports/tinh-a/huyen-a/ban-mot.mdx']);
    expect(duplicates(loadWithCache(root, dir).problems)).toEqual(uncached);
    expect(readdirSync(dir).some((name) => name.startsWith('body-keys-'))).toBe(true);
    expect(duplicates(loadWithCache(root, dir).problems)).toEqual(uncached);
  });

  it('reads spacing in a body as one space, whatever the spaces are (the quicker pattern, checked against /\\s+/)', () => {
    const pieces = ['a', 'Đ', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u200b', 'x'.repeat(60)];
    let seed = 5;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: 4 + Math.floor(random() * 30) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const plain = stripInvisible(text).normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
      expect(bodyKey(text)).toBe(plain.length < MIN_DUPLICATE_TEXT ? undefined : createHash('sha256').update(plain).digest('hex'));
    }
  });

  it('sees an edited file at once: entries are keyed by the text, not the file name', () => {
    const root = contentFolder({ [FILE]: bad });
    loadWithCache(root, dir);
    writeFileSync(join(root, FILE), bad.replace('nd-80-2022', 'nq-59-2025'));
    expect(loadWithCache(root, dir).problems).toEqual([]);
  });

  it('checking one file reads the others from the checked-entry cache, and sees them change at once', () => {
    const H1 = 'reports/tinh-a/huyen-a/2022-h1-hoi-nhap.mdx';
    const onlyFiles = new Set(['reports/tinh-a/huyen-a/2022-h2-hoi-nhap.mdx']);
    const root = contentFolder();
    // A check of everything fills the cache that a check of some files then reads.
    expect(loadForCheck(root, dir).problems).toEqual([]);
    expect(readdirSync(dir).some((name) => name.startsWith('checked-frontmatter-'))).toBe(true);
    const warm = loadForCheck(root, dir, onlyFiles);
    expect(warm.kb.reports.map((r) => [r.id, r.tasks, r.progress])).toEqual(loadKnowledgeBase(root, { onlyFiles }).kb.reports.map((r) => [r.id, r.tasks, r.progress]));

    // The task the checked report closes is renamed in a file that is not being checked.
    writeFileSync(join(root, H1), readFileSync(join(root, H1), 'utf8').replace('id: tuyen-truyen', 'id: tuyen-truyen-rong-rai'));
    const after = loadForCheck(root, dir, onlyFiles);
    expect(after.problems).toEqual(loadKnowledgeBase(root, { onlyFiles }).problems);
    expect(after.problems.map((p) => [p.file, p.code])).toContainEqual(['reports/tinh-a/huyen-a/2022-h2-hoi-nhap.mdx', 'unknown-task']);
  });

  it('keeps what a run used and drops the rest beyond its bound', () => {
    const first = openJsonCache<number>(dir, 'bounded.json', 3);
    for (const key of ['a', 'b', 'c']) first.set(key, key.charCodeAt(0));
    first.flush();
    const second = openJsonCache<number>(dir, 'bounded.json', 3);
    second.set('d', 100);
    second.set('e', 101);
    expect(second.get('a')).toBe(97);
    second.flush();
    const third = openJsonCache<number>(dir, 'bounded.json', 3);
    expect(['a', 'd', 'e'].map((k) => third.get(k))).toEqual([97, 100, 101]);
    expect(['b', 'c'].map((k) => third.get(k))).toEqual([undefined, undefined]);
  });
});
