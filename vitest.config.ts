import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The machine has two cores; each file starts its own hub.
    maxWorkers: 2,
    env: { LOG_LEVEL: 'silent', OPSGRAPH_AS_OF: '2026-11-15' },
  },
});
