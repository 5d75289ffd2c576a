import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** `npm run test:browser`: the console in Debian's Chromium (playwright-core), one file at a time. */
export default defineConfig({
  // One graphql module for everything, as in test/vitest.config.ts.
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/browser/**/*.test.ts'],
    // The console's build, made once before the files run (test/support/console-build.ts).
    globalSetup: ['test/support/console-build.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Each file starts a hub and a browser: one at a time on a two-core machine.
    maxWorkers: 1,
    fileParallelism: false,
    env: { LOG_LEVEL: 'silent', OPSGRAPH_AS_OF: '2026-11-15', OPSGRAPH_WORKFLOW_RETRY_BASE_MS: '20' },
  },
});
