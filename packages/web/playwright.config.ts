/**
 * The web app's end-to-end suites: the real server (fresh SQLite, started by the global setup) and
 * the built app, in Debian's Chromium, once as a phone and once as a desktop. Never a downloaded
 * browser. Run from the repo root with `npm run test:e2e` (after `npm run build`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const ci = Boolean(process.env.CI);

/**
 * Specs that run once, at desktop size, rather than in both projects: the clinicians' area is for desktops
 * and tablets (its specs set their own viewports; the journey opens a phone and a desktop browser of its
 * own), and the first-load check reads the built files. A
 * project that leaves them out reports nothing for them, where a skip would (and CI refuses skips).
 */
const DESKTOP_ONLY = /(clinician-access|first-load|care-team-journey)\.e2e\.ts$/;

export default defineConfig({
  testDir: 'e2e',
  // `.e2e.ts`, so Vitest (which runs `*.test.ts`) never picks these up.
  testMatch: '**/*.e2e.ts',
  // Not the repo root's test-results: Playwright empties its output folder on every run.
  outputDir: 'test-results',
  globalSetup: './e2e/support/global-setup.ts',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  forbidOnly: ci,
  retries: 0,
  // Two cores: the phone and desktop runs side by side.
  workers: 2,
  // In CI also a JSON report at the repo root, next to Vitest's.
  reporter: ci
    ? [['list'], ['json', { outputFile: path.join(repoRoot, 'test-results/playwright.json') }]]
    : 'list',
  use: {
    // Set by the global setup once the server is listening; workers inherit it.
    baseURL: process.env.WANDELCOACH_E2E_URL,
    headless: true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_FLAGS],
    },
  },
  projects: [
    {
      name: 'phone',
      testIgnore: DESKTOP_ONLY,
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  ],
});
