import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assertTestSwitches, testSwitchProblems } from './test-switches.js';

describe('the test switches', () => {
  it('let a developer run less on their own machine', () => {
    expect(
      testSwitchProblems({
        PROPERTY_RUNS: '0',
        WANDELCOACH_TEST_DATABASES: 'sqlite',
        WANDELCOACH_TEST_POSTGRES: 'off',
        WANDELCOACH_E2E_SKIP: 'no browser',
      }),
    ).toEqual([]);
  });

  it('fail a CI run for every switch that drops tests, each named', () => {
    const problems = testSwitchProblems({
      CI: 'true',
      PROPERTY_RUNS: '0',
      WANDELCOACH_TEST_DATABASES: 'sqlite',
      WANDELCOACH_TEST_POSTGRES: 'off',
      WANDELCOACH_E2E_SKIP: 'no browser',
    });
    expect(problems).toHaveLength(4);
    for (const name of [
      'PROPERTY_RUNS',
      'WANDELCOACH_TEST_DATABASES',
      'WANDELCOACH_TEST_POSTGRES',
      'WANDELCOACH_E2E_SKIP',
    ])
      expect(problems.join('\n')).toContain(name);
    expect(() => {
      assertTestSwitches({ CI: 'true', PROPERTY_RUNS: '0' });
    }).toThrow(/CI may not skip/);
  });

  it('let CI run more, or both databases named', () => {
    expect(
      testSwitchProblems({
        CI: 'true',
        PROPERTY_RUNS: '3000',
        WANDELCOACH_TEST_DATABASES: 'postgres, sqlite',
      }),
    ).toEqual([]);
  });

  it('refuse a number of cases that is no number, anywhere', () => {
    expect(testSwitchProblems({ PROPERTY_RUNS: 'lots' })).toEqual([expect.stringContaining('whole number')]);
  });
});

describe('the CI summary', () => {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-summary.js');

  function summarise(vitest: object, playwright: object) {
    const dir = mkdtempSync(path.join(tmpdir(), 'wandelcoach-summary-'));
    writeFileSync(path.join(dir, 'vitest.json'), JSON.stringify(vitest));
    writeFileSync(path.join(dir, 'playwright.json'), JSON.stringify(playwright));
    return spawnSync(
      process.execPath,
      [script, path.join(dir, 'vitest.json'), path.join(dir, 'playwright.json')],
      {
        encoding: 'utf8',
      },
    );
  }

  const vitest = (skipped: number) => ({
    numPassedTests: 10,
    numFailedTests: 0,
    numPendingTests: skipped,
    numTodoTests: 0,
  });
  const playwright = (skipped: number) => ({ stats: { expected: 5, unexpected: 0, flaky: 0, skipped } });

  it('passes a run where everything ran', () => {
    const result = summarise(vitest(0), playwright(0));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('unit and integration: 10 passed, 0 failed, 0 skipped');
  });

  it('fails a run that skipped any test, and says which kind', () => {
    const unit = summarise(vitest(2), playwright(0));
    expect(unit.status).toBe(1);
    expect(unit.stderr).toMatch(/skipped/);
    expect(summarise(vitest(0), playwright(3)).status).toBe(1);
  });
});
