import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const script = join(resolve(import.meta.dirname, '../..'), 'scripts/system-deps.sh');

/**
 * The browser and print tests need Debian packages npm cannot bring (Chromium, poppler-utils…;
 * the list is scripts/system-deps.sh, which .ci/run uses too). Before any test runs: all there, go
 * on; missing and we are root, install them as CI does; missing otherwise, stop at once with one
 * line naming the command to run. Never a silent skip further down.
 */
export default function setup(): void {
  const missingNow = () => execFileSync('bash', [script, 'missing'], { encoding: 'utf8' }).trim();
  let missing = missingNow();
  if (!missing) return;
  const root = process.getuid?.() === 0;
  if (root) {
    console.log(`Installing the Debian packages the tests need: ${missing}`);
    try {
      execFileSync('bash', [script, 'install'], { stdio: 'inherit' });
    } catch {
      // Told below, in one line, with what is still missing (no network, not Debian…).
    }
    missing = missingNow();
    if (!missing) return;
  }
  console.error(`The tests need Debian packages that are missing; run: ${root ? '' : 'sudo '}apt-get install -y ${missing}`);
  process.exit(1);
}
