// Vitest globalSetup: one throwaway PostgreSQL cluster for the whole run, shared with the test files as
// inject('postgresUrl'). Each suite makes its own database in it (createTestDatabase), so they stay apart.
// An empty postgresUrl means "no PostgreSQL here": the PostgreSQL suites skip, loudly, and never in CI.
import type { TestProject } from 'vitest/node';
import { assertTestSwitches } from '../../../../scripts/test-switches.js';
import { findHaproxy } from './haproxy.js';
import { findPgBouncer } from './pgbouncer.js';
import { aptInstall, ensurePostgresInstalled, startCluster } from './postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres://...@127.0.0.1:PORT/postgres of the run's cluster, or '' when its suites are skipped. */
    postgresUrl: string;
  }
}

type Teardown = () => Promise<void>;

export default async function setup(project: TestProject): Promise<Teardown> {
  // WANDELCOACH_TEST_DATABASES narrowed, or PostgreSQL switched off, fails a CI run here.
  assertTestSwitches(process.env);
  const noTeardown: Teardown = async () => {};
  if (isSwitchedOff(process.env['WANDELCOACH_TEST_POSTGRES'])) {
    // CI must prove the PostgreSQL code paths: switching them off there is a mistake, not a choice.
    if (process.env['CI'])
      throw new Error('WANDELCOACH_TEST_POSTGRES is off, but CI may not skip PostgreSQL.');
    process.stderr.write('WANDELCOACH_TEST_POSTGRES is off: the PostgreSQL suites are skipped.\n');
    project.provide('postgresUrl', '');
    return noTeardown;
  }

  const bin = ensurePostgresInstalled();
  let why: string;
  if (bin.ok) {
    installPoolingDaemons();
    try {
      const cluster = await startCluster(bin.bin);
      project.provide('postgresUrl', cluster.url);
      return () => cluster.stop();
    } catch (error) {
      why = (error as Error).message;
    }
  } else {
    why = bin.why;
  }

  // CI must prove the PostgreSQL code paths, so there a missing or broken PostgreSQL fails the run.
  if (process.env['CI']) throw new Error(`PostgreSQL test cluster unavailable in CI: ${why}`);
  warnSkipped(why);
  project.provide('postgresUrl', '');
  return noTeardown;
}

/**
 * The multi-server test's HAProxy and PgBouncer, installed like PostgreSQL when we may; when we may not,
 * that test says loudly that it skipped (and fails in CI).
 */
function installPoolingDaemons(): void {
  const missing = [
    ...(findHaproxy() === undefined ? ['haproxy'] : []),
    ...(findPgBouncer() === undefined ? ['pgbouncer'] : []),
  ];
  if (missing.length === 0) return;
  process.stderr.write(`Not found: ${missing.join(', ')}; installing with apt-get...\n`);
  const failure = aptInstall(missing);
  if (failure !== undefined) process.stderr.write(`Could not install ${missing.join(', ')}: ${failure}\n`);
}

function isSwitchedOff(value: string | undefined): boolean {
  return value !== undefined && ['0', 'off'].includes(value.trim().toLowerCase());
}

/** Framed and on stderr so a green local run that skipped PostgreSQL cannot be mistaken for a full one. */
function warnSkipped(why: string): void {
  const frame = '!'.repeat(100);
  process.stderr.write(
    [
      '',
      frame,
      '!!!!  PostgreSQL test cluster NOT available: the PostgreSQL suites are SKIPPED.',
      '!!!!  Why:',
      ...why.split('\n').map((line) => `!!!!    ${line}`),
      '!!!!  Fix: install the Debian "postgresql" package (or set PG_BIN to the dir holding initdb and',
      '!!!!  pg_ctl); set WANDELCOACH_TEST_POSTGRES=off to skip on purpose. CI never skips.',
      frame,
      '',
      '',
    ].join('\n'),
  );
}
