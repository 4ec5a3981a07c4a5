import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Build and browser tests run real Astro builds and Chromium: give them room, and run files
    // one at a time so two builds never compete for the machine's two cores.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    globalSetup: ['test/setup/temp-root.ts'],
  },
});
