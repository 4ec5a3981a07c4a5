import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { contentFolder, fixturesDir } from '../helpers/content-folder.ts';
import { runKbIn } from '../helpers/kb-cli.ts';

const R = 'reports/tinh-a/huyen-a';
const INJECTED = /^::(?!(error|warning) file=)/;

/** Content whose keys, values and file names each try to start a line the CI runner obeys. */
function hostileContent(): string {
  return contentFolder({
    [`${R}/khoa.mdx`]: '---\nunit: huyen-a\nperiod: 2022-H1\ntitle: X\n"a\\n::error::TIEM-KHOA": 1\n"b\\r\\n::set-output name=x::TIEM-KHOA-2": 2\n---\n\nNội dung.\n',
    [`${R}/gia-tri.mdx`]: '---\nunit: "huyen-a\\n::warning::TIEM-GIA-TRI"\nperiod: 2022-H1\ntitle: X\n---\n\nNội dung.\n',
    [`${R}/ten\n::error file=x,line=1::TIEM-TEN-TEP.mdx`]: '---\nunit: huyen-a\nperiod: 2022-H1\ntitle: X\n---\n\nNội dung.\n',
    [`${R}/\u2028::add-mask::TIEM-U2028.mdx`]: '---\nunit: huyen-a\nperiod: 2022-H1\ntitle: X\n---\n\nNội dung.\n',
  });
}

describe('kb check output read by a CI runner', () => {
  it.each([[['check']], [['check', '--json']]])('kb %j: nothing from content starts a command line, and every problem is still named', (args) => {
    const run = runKbIn(args, { KB_CONTENT_DIR: hostileContent(), GITHUB_ACTIONS: 'true' });
    expect(run.status).toBe(1);
    const lines = `${run.stdout}\n${run.stderr}`.split(/\r?\n|\r/).map((line) => line.trimStart());
    expect(lines.filter((line) => INJECTED.test(line))).toEqual([]);
    const annotations = lines.filter((line) => line.startsWith('::'));
    expect(annotations.length).toBeGreaterThanOrEqual(4);
    for (const marker of ['TIEM-KHOA', 'TIEM-KHOA-2', 'TIEM-GIA-TRI', 'TIEM-TEN-TEP']) expect(run.stdout).toContain(marker);
  });
});

describe('kb review Markdown', () => {
  it('shows HTML, links and code from content as text: no HTML, link or code node once rendered', () => {
    const repo = mkdtempSync(join(tmpdir(), 'kb-repo-'));
    const content = join(repo, 'content');
    cpSync(join(fixturesDir, 'basic'), content, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.email=t@example.invalid', '-c', 'user.name=t', ...args], { encoding: 'utf8' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
    const title = '<img src=x onerror=alert(1)> [bấm](https://evil.example) https://evil.example www.evil.example a@evil.example `mã` **đậm** | ống';
    writeFileSync(join(content, `${R}/2023-h1-doc-hai.mdx`), [
      '---', 'unit: huyen-a', 'period: 2023-H1', `title: ${JSON.stringify(title)}`, 'number: "<b>1</b>/BC-UBND"',
      'tasks:', '  - id: a', `    title: ${JSON.stringify('<script>alert(1)</script> [x](javascript:alert(1)) ```')}`,
      `"\`\`\`\\n<img src=y onerror=alert(2)>": 1`, '---', '', 'Nội dung.', '',
    ].join('\n'));
    const run = runKbIn(['review', '--base', 'HEAD'], { KB_CONTENT_DIR: content, KB_AS_OF: '2023-06-30' }, repo);
    expect(run.status).toBe(0);
    const tree = remark().use(remarkGfm).parse(run.stdout);
    const kinds = new Map<string, string[]>();
    let text = '';
    const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
      kinds.set(node.type, [...(kinds.get(node.type) ?? []), node.value ?? '']);
      if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
      (node.children as (typeof node)[] | undefined)?.forEach(walk);
    };
    walk(tree);
    expect(kinds.get('html') ?? []).toEqual([]);
    expect(kinds.get('link') ?? []).toEqual([]);
    expect(kinds.get('image') ?? []).toEqual([]);
    expect(text).toContain('<img src=x onerror=alert(1)> [bấm](https://evil.example) https://evil.example www.evil.example a@evil.example `mã` **đậm** | ống');
    expect(text).toContain('<script>alert(1)</script>');
    // The problem listing stays inside its fence: one code block holding the hostile key as text.
    expect((kinds.get('code') ?? []).join('\n')).toContain('<img src=y onerror=alert(2)>');
  });
});
