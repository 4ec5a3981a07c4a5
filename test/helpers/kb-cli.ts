import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './build-site.ts';

/** Runs `kb <args>` as a user would (bin/kb.mjs), with the content root and extra environment set. */
export function runKb(contentDir: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'bin/kb.mjs'), ...args], {
    cwd: projectRoot, encoding: 'utf8', env: { ...process.env, KB_CONTENT_DIR: contentDir, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What a `kb` run printed and how it ended. */
export interface KbRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `kb` command line from any folder (a git repository under test, say), outside
 * GitHub Actions unless the environment given says otherwise.
 */
export function runKbIn(args: string[], env: Record<string, string> = {}, cwd = projectRoot): KbRun {
  const result = spawnSync(process.execPath, [join(projectRoot, 'bin', 'kb.mjs'), ...args], {
    cwd, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...env },
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A throwaway copy of the project's own content folder (the seed reports, units and directives). */
export function projectContentCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'kb-content-'));
  cpSync(join(projectRoot, 'content'), root, { recursive: true });
  return root;
}
