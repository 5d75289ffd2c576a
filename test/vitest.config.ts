import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // This file lives in test/; the project root is one level up.
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The machine has two cores; each file starts its own hub.
    maxWorkers: 2,
    env: { LOG_LEVEL: 'silent', OPSGRAPH_AS_OF: '2026-11-15', OPSGRAPH_WORKFLOW_RETRY_BASE_MS: '20' },
  },
});
