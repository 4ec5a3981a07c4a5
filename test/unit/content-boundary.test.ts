import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load.ts';
import { contentFolder } from '../helpers/content-folder.ts';
import { runKb } from '../helpers/kb-cli.ts';

const R = 'reports/tinh-a/huyen-a';
const report = (title: string) => `---\nunit: huyen-a\nperiod: 2022-H1\ntitle: ${title}\n---\n\nNội dung.\n`;

/** A content folder with `links` (path under the root → target) made as symbolic links. */
function withLinks(links: Record<string, string>, files: Record<string, string> = {}) {
  const root = contentFolder(files);
  for (const [path, target] of Object.entries(links)) symlinkSync(target, join(root, path));
  return root;
}

describe('symbolic links under the content root', () => {
  it('a link to a file outside the root is refused and nothing of that file is read', () => {
    const outside = join(mkdtempSync(join(tmpdir(), 'kb-outside-')), 'bi-mat.mdx');
    writeFileSync(outside, report('NGOAI-THU-MUC-BI-MAT'));
    const { kb, problems } = loadKnowledgeBase(withLinks({ [`${R}/ngoai.mdx`]: outside }));
    expect(problems).toEqual([expect.objectContaining({ file: `${R}/ngoai.mdx`, line: 1, code: 'symlink', severity: 'error', message: expect.stringContaining('ra ngoài thư mục nội dung') })]);
    expect(JSON.stringify(kb)).not.toContain('NGOAI-THU-MUC-BI-MAT');
  });

  it('a folder linked inside the root makes no second copy of its reports', () => {
    const { kb, problems } = loadKnowledgeBase(withLinks({ 'reports/tinh-a/huyen-b': 'huyen-a' }));
    expect(problems.map((p) => [p.file, p.code])).toEqual([['reports/tinh-a/huyen-b', 'symlink']]);
    expect(problems[0].message).toContain('bản thứ hai');
    expect(kb.reports.map((r) => r.id).filter((id) => id.startsWith('tinh-a/huyen-b'))).toEqual([]);
  });

  it('a loop is refused once, not read again and again', () => {
    const { problems } = loadKnowledgeBase(withLinks({ 'reports/tinh-a/vong': '.', 'reports/tinh-a/vong-hai': 'vong-hai' }));
    expect(problems.map((p) => [p.file, p.code])).toEqual([['reports/tinh-a/vong', 'symlink'], ['reports/tinh-a/vong-hai', 'symlink']]);
  });

  it('a link standing for the whole reports/ folder is refused, not followed', () => {
    const elsewhere = contentFolder();
    const root = mkdtempSync(join(tmpdir(), 'kb-content-'));
    for (const folder of ['units', 'directives', 'reports']) symlinkSync(join(elsewhere, folder), join(root, folder));
    const { kb, problems } = loadKnowledgeBase(root);
    expect(problems.filter((p) => p.code === 'symlink').map((p) => p.file)).toEqual(['directives', 'reports', 'units']);
    expect(kb.reports).toEqual([]);
  });

  it('kb check names the link and exits 1', () => {
    const run = runKb(withLinks({ [`${R}/hong.mdx`]: '/khong/co/tep-nay.mdx' }), ['check']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${R}/hong.mdx:1 lỗi [symlink]`);
  });
});

describe('hidden files and folders under the content folders', () => {
  it('are named in a warning with the fix, not skipped in silence', () => {
    const { problems } = loadKnowledgeBase(contentFolder({ [`${R}/.2022-h2-an.mdx`]: report('Ẩn'), 'reports/tinh-a/.nhap/x.mdx': report('Nháp'), [`${R}/.DS_Store`]: 'x' }));
    expect(problems.map((p) => [p.file, p.code, p.severity]).sort()).toEqual([
      ['reports/tinh-a/.nhap', 'hidden-file', 'warning'],
      [`${R}/.2022-h2-an.mdx`, 'hidden-file', 'warning'],
      [`${R}/.DS_Store`, 'hidden-file', 'warning'],
    ]);
    expect(problems.find((p) => p.file.endsWith('.2022-h2-an.mdx'))!.hint).toContain('2022-h2-an.mdx');
  });
});
