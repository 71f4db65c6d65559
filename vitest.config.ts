import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/**/*.test.{ts,tsx}'],
    // Store tests talk to real SQLite files and a real PostgreSQL; CLI tests start processes.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Builds the demo organisation once per run for the browser tests (test/e2e/demo-template.ts).
    globalSetup: ['test/e2e/global-setup.ts'],
    // The JSON report lets CI print one plain "N passed, N failed" line at the end.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-artifacts/vitest-results.json' },
  },
});
