// Prints the JSON reports written in CI (Vitest's, and Playwright's when given) as plain lines:
// "unit and integration: N passed, N failed, N skipped" and "browser: …". Fails (exit 1) when any
// test was skipped: CI runs every suite, so a skip there is a switch or a missing package, not a choice.
import { existsSync, readFileSync } from 'node:fs';

const [vitestFile = 'test-results/vitest.json', playwrightFile] = process.argv.slice(2);

/** @type {{ numPassedTests: number, numFailedTests: number, numPendingTests: number, numTodoTests: number }} */
const vitest = JSON.parse(readFileSync(vitestFile, 'utf8'));
const skipped = vitest.numPendingTests + vitest.numTodoTests;
console.log(
  `unit and integration: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed, ${skipped} skipped`,
);
/** @param {string} kind @param {number} count */
function refuseSkips(kind, count) {
  if (count === 0) return;
  console.error(`${kind}: ${count} skipped, and a CI run may skip nothing (see the warnings above for why).`);
  process.exitCode = 1;
}
refuseSkips('unit and integration', skipped);

if (playwrightFile !== undefined) {
  if (!existsSync(playwrightFile)) {
    console.log(`browser: no report at ${playwrightFile}`);
    process.exitCode = 1;
  } else {
    /** @type {{ stats: { expected: number, unexpected: number, flaky: number, skipped: number } }} */
    const playwright = JSON.parse(readFileSync(playwrightFile, 'utf8'));
    const { expected, unexpected, flaky, skipped: browserSkipped } = playwright.stats;
    console.log(
      `browser: ${expected + flaky} passed, ${unexpected} failed, ${browserSkipped} skipped${flaky > 0 ? ` (${flaky} flaky)` : ''}`,
    );
    refuseSkips('browser', browserSkipped);
  }
}
