import { defineConfig } from 'vitest/config';

// Tests import workspace packages from their TypeScript source (the "@wandelcoach/source" export
// condition), so a test run never depends on a stale build.
export default defineConfig({
  resolve: { conditions: ['@wandelcoach/source'] },
  ssr: { resolve: { conditions: ['@wandelcoach/source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'bench/**/*.test.ts'],
  },
});
