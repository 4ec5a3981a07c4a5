import { defineConfig } from 'vitest/config';

/**
 * Three tiers, run one after another by `npm test` (never two at once), each on its own with
 * `npm run test:<tier>`:
 * - unit: pure logic and the `kb` command line on small folders, files in parallel;
 * - build: real Astro builds of fixture content, one file at a time, so two builds never compete
 *   for the machine's two cores;
 * - browser: real Chromium on built sites, one file at a time as well.
 * Build and browser tests first make sure the Debian packages they use are there
 * (test/setup/system-deps.ts): installed when we are root, else a stop naming the command.
 */
const serial = { fileParallelism: false, globalSetup: ['test/setup/temp-root.ts', 'test/setup/system-deps.ts'] };

export default defineConfig({
  test: {
    testTimeout: 180_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/cli/**/*.test.ts'], globalSetup: ['test/setup/temp-root.ts'], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'build', include: ['test/build/**/*.test.ts'], ...serial, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], ...serial, sequence: { groupOrder: 2 } } },
    ],
  },
});
