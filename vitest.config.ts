import { defineConfig } from 'vitest/config';

// Tests import workspace packages from their TypeScript source (the "@wandelcoach/source" export
// condition), so a test run never depends on a stale build.
// The web app runs on Preact with `react` pointed at preact/compat (packages/web/vite.config.ts); its
// tests render the same way.
const preactForReact = {
  'react-dom/client': 'preact/compat/client',
  'react-dom/server': 'preact/compat/server',
  'react-dom': 'preact/compat',
  react: 'preact/compat',
};

export default defineConfig({
  resolve: { conditions: ['@wandelcoach/source'], alias: preactForReact },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  ssr: { resolve: { conditions: ['@wandelcoach/source'] } },
  test: {
    setupFiles: ['./vitest.setup.ts'],
    // In CI a JSON report as well, from which .ci/run prints a plain "N passed, N failed" line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]]
      : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.{ts,tsx}',
            'packages/cli/test/**/*.test.ts',
            'bench/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      {
        // The server's integration suites, on SQLite and on a throwaway PostgreSQL cluster.
        extends: true,
        test: {
          name: 'server',
          include: ['packages/server/test/**/*.test.ts'],
          globalSetup: ['packages/server/test/support/postgres.global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
