import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site.ts';

const node = join(projectRoot, 'node_modules/.bin/node');
const kb = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(node, [join(projectRoot, 'src/cli/kb.ts'), ...args], { cwd: projectRoot, env: { ...process.env, ...env }, encoding: 'utf8' });

describe('kb generate on the command line', () => {
  it('writes a content tree that kb check accepts', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kb-gen-cli-')), 'tree');
    const result = kb(['generate', '--reports', '25', '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Đã tạo 25 báo cáo/);
    expect(readdirSync(out).sort()).toEqual(['README.md', 'directives', 'reports', 'units']);
    expect(existsSync(join(out, 'directives/nq-22-2013.mdx'))).toBe(true);
    const check = execFileSync(node, [join(projectRoot, 'src/cli/kb.ts'), 'check'], { cwd: projectRoot, env: { ...process.env, KB_CONTENT_DIR: out }, encoding: 'utf8' });
    expect(check).toContain('Nội dung hợp lệ: không có lỗi.');
  });

  it('refuses to write into a folder that already holds files', () => {
    const result = kb(['generate', '--reports', '5', '--out', join(projectRoot, 'content')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('đã có dữ liệu');
  });

  it('says what is wrong with a bad count', () => {
    const result = kb(['generate', '--reports', 'nhieu', '--out', join(tmpdir(), 'kb-never-written')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Số báo cáo "nhieu" không hợp lệ');
    expect(existsSync(join(tmpdir(), 'kb-never-written'))).toBe(false);
  });
});
