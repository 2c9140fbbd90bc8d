/**
 * The patient's first load stays within 60 KB of JavaScript, gzipped (issue 16): what the page loads at
 * once, as `bench/web.bench.js` measures it (gzip -9). What takes the space, and what loads on demand
 * instead, is in CONTEXT.md ("Speed").
 *
 * The patient's first load never carries the engine's planner: the clinician's plan preview runs
 * `buildPlan` in the browser, loaded with `import()` on the clinician's screen only. Read from the
 * built app (what the page loads at once: its script tags and module preloads, as `bench/web.bench.js`
 * measures it); the planner is recognised by text minifying keeps: its error's name and a reason code
 * only the week review gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { expect, test } from './support/pages.js';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
/** The aim for the first load, in KB (1024 bytes) gzipped. */
const FIRST_LOAD_LIMIT_KB = 60;
const PLANNER = ["'PlanInputError'", '"PlanInputError"', 'decision.hold.minutes'];

function firstLoad(): string[] {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  return [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((match) => (match[1] ?? '').replace(/^\//, ''));
}

const hasPlanner = (text: string) => PLANNER.some((needle) => text.includes(needle));

test('the patient’s first load has no planner; the clinician’s preview chunk has it', () => {
  const loaded = firstLoad();
  expect(loaded.length).toBeGreaterThan(0);
  for (const file of loaded) {
    expect(hasPlanner(readFileSync(path.join(dist, file), 'utf8')), file).toBe(false);
  }
  const withPlanner = readdirSync(path.join(dist, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .filter((file) => hasPlanner(readFileSync(path.join(dist, 'assets', file), 'utf8')));
  expect(withPlanner.length).toBeGreaterThan(0);
  expect(withPlanner.some((file) => loaded.includes(`assets/${file}`))).toBe(false);
});

// eslint-disable-next-line no-empty-pattern -- Playwright reads fixture names from the pattern.
test('the patient’s first load is at most 60 KB of JavaScript, gzipped', ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'reads the built files once');
  const loaded = firstLoad();
  expect(loaded.length).toBeGreaterThan(0);
  const sizes = loaded.map((file) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const listing = loaded.map((file, index) => `${file}: ${((sizes[index] ?? 0) / 1024).toFixed(1)} KB`);
  expect(total / 1024, listing.join('\n')).toBeLessThanOrEqual(FIRST_LOAD_LIMIT_KB);
});
