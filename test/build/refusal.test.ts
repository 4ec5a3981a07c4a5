import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteFailing, projectRoot } from '../helpers/build-site.ts';
import { contentFolder } from '../helpers/content-folder.ts';
import { badInputs } from '../fixtures/bad-inputs.ts';

/** Every bad input at once, each in its own file, on top of the good fixture. */
const allBad = () => contentFolder(Object.assign({}, ...badInputs.map((b) => b.files)));
const errors = badInputs.filter((b) => (b.expect.severity ?? 'error') === 'error');

function kb(args: string[], contentDir: string) {
  return spawnSync(join(projectRoot, 'node_modules/.bin/node'), ['--disable-warning=ExperimentalWarning', join(projectRoot, 'src/cli/kb.ts'), ...args], {
    cwd: projectRoot, env: { ...process.env, KB_CONTENT_DIR: contentDir }, encoding: 'utf8',
  });
}

describe('a build of content with every kind of fault', () => {
  let output: string;
  let outDir: string;
  beforeAll(() => {
    // The output folder holds the last good site; a refused build must leave it exactly as it was.
    outDir = mkdtempSync(join(tmpdir(), 'kb-previous-site-'));
    mkdirSync(join(outDir, 'bao-cao'));
    writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>bản trước</title>');
    writeFileSync(join(outDir, 'bao-cao/index.html'), '<!doctype html><title>bản trước</title>');
    output = buildSiteFailing(allBad(), { outDir });
  });

  it.each(errors.map((b) => [b.name, b.expect] as const))('names %s with its file and line', (_, wanted) => {
    expect(output).toContain(`${wanted.file}:${wanted.line}`);
    expect(output).toContain(`[${wanted.code}]`);
  });

  it('prints a fix hint under every problem', () => {
    const listed = output.split('\n').filter((line) => / (lỗi|cảnh báo) \[[a-z-]+\] /.test(line));
    const hints = output.split('\n').filter((line) => line.startsWith('    → '));
    expect(listed.length).toBeGreaterThanOrEqual(errors.length);
    expect(hints.length).toBe(listed.length);
  });

  it('writes no page: the previous site is left untouched', () => {
    expect(readdirSync(outDir, { recursive: true }).sort()).toEqual(['bao-cao', 'bao-cao/index.html', 'index.html']);
  });
});

describe('kb check on the same content', () => {
  it('exits 1 and names every file and line, as text and as JSON', () => {
    const dir = allBad();
    const text = kb(['check'], dir);
    expect(text.status).toBe(1);
    for (const { expect: wanted } of badInputs) expect(text.stdout).toContain(`${wanted.file}:${wanted.line}`);
    const json = kb(['check', '--json'], dir);
    const { problems } = JSON.parse(json.stdout) as { problems: { file: string; line: number; code: string; hint?: string }[] };
    for (const { expect: wanted } of badInputs) {
      expect(problems).toContainEqual(expect.objectContaining({ file: wanted.file, line: wanted.line, code: wanted.code }));
    }
    expect(problems.every((p) => p.hint)).toBe(true);
  });

  it('exits 0 on good content', () => {
    expect(kb(['check'], contentFolder()).status).toBe(0);
  });
});

describe('a build that fails after its pages are written', () => {
  it('leaves no half-written site behind', () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'kb-late-')), 'dist');
    const run = spawnSync(join(projectRoot, 'node_modules/.bin/node'), [join(projectRoot, 'test/fixtures/build-failing-late.ts'), outDir], {
      cwd: projectRoot, env: { ...process.env, KB_CONTENT_DIR: contentFolder(), ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('lỗi giả lập sau khi đã ghi các trang');
    expect(existsSync(outDir)).toBe(false);
  });
});

describe('the content of this repository', () => {
  it('passes kb check', () => {
    expect(() => execFileSync(join(projectRoot, 'node_modules/.bin/node'), ['--disable-warning=ExperimentalWarning', join(projectRoot, 'src/cli/kb.ts'), 'check'], { cwd: projectRoot, env: { ...process.env, KB_CONTENT_DIR: join(projectRoot, 'content') } })).not.toThrow();
  });
});
