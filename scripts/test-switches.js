// The switches that make a test run lighter (fewer databases, no browser, fewer property cases) are
// for a developer's machine. In CI every one of them must fail the run loudly: a green build has to
// mean every suite ran. Used by vitest.setup.ts, the server's and the browser suites' global setups.

/**
 * What is wrong with the test switches in `env`; an empty list when the run may go ahead.
 * Locally only nonsense is refused (PROPERTY_RUNS=abc); under CI every switch that drops tests is.
 *
 * @param {Readonly<Record<string, string | undefined>>} env
 * @returns {string[]}
 */
export function testSwitchProblems(env) {
  const ci = Boolean(env['CI']) && env['CI'] !== 'false' && env['CI'] !== '0';
  /** @type {string[]} */
  const problems = [];

  const runs = env['PROPERTY_RUNS'];
  if (runs !== undefined) {
    if (!/^\d+$/.test(runs.trim())) {
      problems.push(`PROPERTY_RUNS=${runs}: must be a whole number of cases (300 unless set).`);
    } else if (ci && Number(runs) < 1) {
      problems.push('PROPERTY_RUNS=0 turns the property tests off, and CI may not skip them.');
    }
  }

  const databases = env['WANDELCOACH_TEST_DATABASES'];
  if (ci && databases !== undefined) {
    const wanted = databases.split(',').map((name) => name.trim());
    const left = ['sqlite', 'postgres'].filter((dialect) => !wanted.includes(dialect));
    if (left.length > 0) {
      problems.push(
        `WANDELCOACH_TEST_DATABASES=${databases} leaves out ${left.join(' and ')}, and CI runs the server's suites on both.`,
      );
    }
  }

  const postgres = env['WANDELCOACH_TEST_POSTGRES'];
  if (ci && postgres !== undefined && ['0', 'off'].includes(postgres.trim().toLowerCase())) {
    problems.push(`WANDELCOACH_TEST_POSTGRES=${postgres} turns PostgreSQL off, and CI may not skip it.`);
  }

  const e2eSkip = env['WANDELCOACH_E2E_SKIP'];
  if (ci && e2eSkip !== undefined) {
    problems.push(`WANDELCOACH_E2E_SKIP is set ("${e2eSkip}"), and CI may not skip the browser suites.`);
  }
  return problems;
}

/**
 * Throws, with every problem on its own line, when the switches may not be used here.
 *
 * @param {Readonly<Record<string, string | undefined>>} env
 */
export function assertTestSwitches(env) {
  const problems = testSwitchProblems(env);
  if (problems.length > 0) {
    throw new Error(
      `The test switches refuse this run:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  }
}
