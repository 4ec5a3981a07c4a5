import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './build-site.ts';

/** What a `kb` run printed and how it ended. */
export interface KbRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `kb` command line (bin/kb.mjs, the project's Node) as a user would. */
export function runKb(args: string[], env: Record<string, string> = {}, cwd = projectRoot): KbRun {
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
