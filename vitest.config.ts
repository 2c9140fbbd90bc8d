import { defineConfig } from 'vitest/config';

// Tests import workspace packages from their TypeScript source (the "@wandelcoach/source" export
// condition), so a test run never depends on a stale build.
export default defineConfig({
  resolve: { conditions: ['@wandelcoach/source'] },
  ssr: { resolve: { conditions: ['@wandelcoach/source'] } },
  test: {
    // In CI a JSON report as well, from which .ci/run prints a plain "N passed, N failed" line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]]
      : ['default'],
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'bench/**/*.test.ts'],
  },
});
