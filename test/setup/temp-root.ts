import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One temporary folder for the whole test run, removed at its end. Tests make many content
 * folders, builds and caches with mkdtemp under os.tmpdir(); pointing TMPDIR here, before any test
 * process or build starts, keeps them all in one place that is cleaned up, instead of gigabytes
 * left behind in /tmp. KEEP_TEST_FILES=1 leaves it for a look. Each tier of vitest.config.ts lists
 * this set-up; the first to run makes the folder and the others share it.
 */
export default function setup(): () => void {
  if (process.env.KB_TEST_TEMP_ROOT) return () => {};
  const root = mkdtempSync(join(tmpdir(), 'kb-test-run-'));
  process.env.TMPDIR = root;
  process.env.KB_TEST_TEMP_ROOT = root;
  return () => {
    if (process.env.KEEP_TEST_FILES) console.log(`Tệp tạm của lần chạy thử: ${root}`);
    else rmSync(root, { recursive: true, force: true });
    delete process.env.KB_TEST_TEMP_ROOT;
  };
}
