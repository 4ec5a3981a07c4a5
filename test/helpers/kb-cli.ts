import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './build-site.ts';

/** Runs `kb <args>` as a user would (bin/kb.mjs), with the content root and extra environment set. */
export function runKb(contentDir: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'bin/kb.mjs'), ...args], {
    cwd: projectRoot, encoding: 'utf8', env: { ...process.env, KB_CONTENT_DIR: contentDir, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
