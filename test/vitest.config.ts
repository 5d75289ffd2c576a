import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One graphql module for everything, as under plain Node: Node loads graphql's CommonJS build
  // (its package has no "exports"), and Apollo and graphql-ws check instances against it; Vite would
  // otherwise hand the code it transforms the ESM build, a second copy ("another realm").
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    // This file lives in test/; the project root is one level up.
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/**/*.test.ts'],
    // The console's build, made once before the files run (test/support/console-build.ts).
    globalSetup: ['test/support/console-build.ts'],
    // The browser tests need Chromium: `npm run test:browser` (test/browser/vitest.config.ts) runs them.
    exclude: ['test/browser/**', '**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The machine has two cores; each file starts its own hub.
    maxWorkers: 2,
    env: { LOG_LEVEL: 'silent', OPSGRAPH_AS_OF: '2026-11-15', OPSGRAPH_WORKFLOW_RETRY_BASE_MS: '20' },
  },
});
