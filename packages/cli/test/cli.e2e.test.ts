/**
 * The real `wandelcoach` binary, as a person or a script runs it. Needs the compiled `dist/`: the root
 * `npm test` builds first; on its own, run `npm run build` before this file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = 'packages/cli/bin/wandelcoach.js';
const BACK_PAIN = 'examples/intake-back-pain.json';
const RETRO_OLDER = 'examples/intake-retro-older.json';
const LOGS = 'examples/logs-two-weeks.json';

function wandelcoach(args: string[], input?: string, env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    input: input ?? '',
    timeout: 60_000,
    env,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function planJson(args: string[], input?: string): Record<string, unknown> {
  const result = wandelcoach([...args, '--json'], input);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

const STACK_FRAME = /^\s+at /m;

beforeAll(() => {
  for (const built of ['packages/cli/dist/main.js', 'packages/engine/dist/index.js']) {
    if (!existsSync(`${root}${built}`)) {
      throw new Error(
        `${built} is missing: run "npm run build" in the repository before the end-to-end tests`,
      );
    }
  }
});

describe('wandelcoach plan --json', () => {
  it('prints one JSON document with the contract keys and exits 0', () => {
    const result = wandelcoach(['plan', '--intake', BACK_PAIN, '--today', '2026-11-23', '--json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const output = JSON.parse(result.stdout) as {
      triage: { level: string };
      plan: { weeks: unknown[] } | null;
    };
    expect(Object.keys(output)).toEqual(expect.arrayContaining(['triage', 'plan', 'decisions']));
    expect(output.triage.level).toBe('self-manage');
    expect(output.plan?.weeks).toHaveLength(12);
  });

  it('reads the intake from standard input for -', () => {
    const intake = readFileSync(`${root}${BACK_PAIN}`, 'utf8');
    const fromStdin = planJson(['plan', '--intake', '-', '--today', '2026-11-23'], intake);
    const fromFile = planJson(['plan', '--intake', BACK_PAIN, '--today', '2026-11-23']);
    expect(fromStdin).toEqual(fromFile);
  });

  it('reads the logs from standard input for -', () => {
    const logs = readFileSync(`${root}${LOGS}`, 'utf8');
    const fromStdin = planJson(['plan', '--intake', BACK_PAIN, '--logs', '-', '--today', '2026-12-07'], logs);
    const fromFile = planJson(['plan', '--intake', BACK_PAIN, '--logs', LOGS, '--today', '2026-12-07']);
    expect(fromStdin).toEqual(fromFile);
  });

  it('lets the walking log change the decisions', () => {
    const withoutLogs = planJson(['plan', '--intake', BACK_PAIN, '--today', '2026-12-07']);
    const withLogs = planJson(['plan', '--intake', BACK_PAIN, '--logs', LOGS, '--today', '2026-12-07']);
    expect(withLogs.decisions).not.toEqual(withoutLogs.decisions);
    // The log has one morning with pain 3 points above the usual 4: the plan must step back.
    const decisions = withLogs.decisions as { decision: string }[];
    expect(decisions.map((d) => d.decision)).toContain('regress');
  });

  it('plans the number of weeks asked for', () => {
    const output = planJson(['plan', '--intake', BACK_PAIN, '--today', '2026-11-23', '--weeks', '4']);
    expect((output.plan as { weeks: unknown[] }).weeks).toHaveLength(4);
  });
});

describe('wandelcoach plan, readable', () => {
  it('writes a Dutch plan for a Dutch intake', () => {
    const result = wandelcoach(['plan', '--intake', BACK_PAIN, '--today', '2026-11-23']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Week 1');
    expect(result.stdout).toContain('Vandaag, ma 23 nov');
    expect(result.stdout).toContain('Je kunt zelf aan de slag.');
    for (const weekday of ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']) {
      expect(result.stdout).toMatch(new RegExp(`^ {2}${weekday} \\d{1,2} [a-z]{3} `, 'm'));
    }
    expect(result.stdout).toContain('Waarom dit plan');
  });

  it('writes an English plan for an English intake', () => {
    const result = wandelcoach(['plan', '--intake', RETRO_OLDER, '--today', '2026-11-23']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Week 1 (23 Nov');
    expect(result.stdout).toMatch(/^ {2}Mon 23 Nov /m);
    expect(result.stdout).toContain('Why this plan');
    expect(result.stdout).not.toContain('Vandaag');
    expect(result.stdout).not.toMatch(/^ {2}ma \d/m);
  });

  it('gives advice and no plan in an emergency, with exit 0', () => {
    const intake = JSON.stringify({
      age: 45,
      goals: ['back-pain'],
      backPain: { type: 'unknown', legPain: true },
      activity: 'light',
      redFlags: ['saddle-numbness'],
    });
    const json = planJson(['plan', '--intake', '-', '--today', '2026-11-23'], intake);
    expect(json.plan).toBeNull();
    expect((json.triage as { level: string }).level).toBe('emergency');

    const result = wandelcoach(['plan', '--intake', '-', '--today', '2026-11-23'], intake);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('112');
    expect(result.stdout).not.toMatch(/Week \d/);
  });
});

describe('wandelcoach with bad input', () => {
  it('lists each problem as "path: message", exits 2 and prints nothing on stdout', () => {
    const intake = JSON.stringify({ age: 12, goals: ['back-pain'], activity: 'sometimes', shoeSize: 42 });
    const result = wandelcoach(['plan', '--intake', '-', '--today', '2026-11-23'], intake);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toContain('intake.age: must be a whole number from 16 to 110');
    expect(lines).toContain('intake.shoeSize: is not a known field');
    expect(lines.some((line) => line.startsWith('intake.activity: '))).toBe(true);
    for (const line of lines) expect(line).toMatch(/^[\w.[\]]+: \S/);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it('refuses weeks that are not a number', () => {
    const result = wandelcoach(['plan', '--intake', BACK_PAIN, '--today', '2026-11-23', '--weeks', 'abc']);
    expect(result).toEqual({ status: 2, stdout: '', stderr: 'weeks: must be a whole number from 1 to 52\n' });
  });

  it('names the intake when its JSON is malformed', () => {
    const result = wandelcoach(
      ['plan', '--intake', '-', '--today', '2026-11-23'],
      '{\n  "age": 52\n  "goals": []\n}',
    );
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^intake: is not valid JSON \(line 3, column 3: .+\)\n$/);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it('says a file is missing, in one line', () => {
    const result = wandelcoach(['plan', '--intake', 'examples/does-not-exist.json']);
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr: 'intake: cannot read file "examples/does-not-exist.json" (no such file)\n',
    });
  });

  it('names an unknown option and points to --help', () => {
    const result = wandelcoach(['plan', '--intake', BACK_PAIN, '--frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--frobnicate');
    expect(result.stderr).toContain('wandelcoach --help');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('asks for --intake', () => {
    const result = wandelcoach(['plan']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--intake');
  });
});

describe('wandelcoach --help and --version', () => {
  it('shows the usage and exits 0', () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const result = wandelcoach(args);
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('Usage:');
      expect(result.stdout).toContain('wandelcoach plan --intake FILE');
      expect(result.stdout).toContain('Exit codes:');
    }
  });

  it('shows the version of the package', () => {
    const manifest = JSON.parse(readFileSync(`${root}packages/cli/package.json`, 'utf8')) as {
      version: string;
    };
    expect(wandelcoach(['--version'])).toEqual({ status: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });
});

describe('wandelcoach migrate', () => {
  it('creates the SQLite database in DATA_DIR, then finds it up to date', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wandelcoach-migrate-'));
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' };
    try {
      const first = wandelcoach(['migrate'], '', env);
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      expect(first.stdout).toMatch(/^Applied \d+ migration\(s\) to SQLite at .*wandelcoach\.db: 0001-/);
      expect(existsSync(join(dataDir, 'wandelcoach.db'))).toBe(true);
      const second = wandelcoach(['migrate'], '', env);
      expect(second.status).toBe(0);
      expect(second.stdout).toMatch(/^The database is up to date \(SQLite at /);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('names a wrong setting and exits 2', () => {
    const result = wandelcoach(['migrate'], '', { ...process.env, DATABASE_URL: 'mysql://localhost/x' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'DATABASE_URL: must start with postgres:// (leave it unset for the built-in SQLite)\n',
    );
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it('plans with the example prescription: each line it causes names the physiotherapist', () => {
    const output = planJson([
      'plan',
      '--intake',
      RETRO_OLDER,
      '--prescription',
      'examples/prescription-physio.json',
      '--today',
      '2026-12-20',
    ]) as {
      decisions: Array<{ decision: string; reasons: Array<{ source: string; by?: { name: string } }> }>;
    };
    const lines = output.decisions.flatMap((d) => d.reasons).filter((r) => r.source === 'CLINICIAN');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((r) => r.by?.name === 'Anna de Vries')).toBe(true);
    expect(output.decisions.some((d) => d.decision === 'pause')).toBe(true);
  });
});

describe('wandelcoach practice create', () => {
  it('makes the practice in the SQLite database of DATA_DIR and prints the first admin’s link', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wandelcoach-practice-'));
    const env = {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      SMTP_URL: '',
      MAIL_FROM: '',
      PUBLIC_URL: '',
    };
    try {
      const result = wandelcoach(
        ['practice', 'create', '--name', 'Fysio Oost', '--admin-email', 'beheer@oost.nl'],
        '',
        env,
      );
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^Made the practice "Fysio Oost" in SQLite at .*wandelcoach\.db\.\n/);
      const link = /^ {2}(\S+)$/m.exec(result.stdout)?.[1] ?? '';
      expect(link).toMatch(/^http:\/\/127\.0\.0\.1:3000\/join-practice#token=[\w-]{43}$/);
      expect(result.stdout).toContain('It was not mailed (no SMTP_URL set)');
      // Without SMTP the mail goes to the log, as the server's mails do: on standard error here.
      expect(result.stderr).toContain('mail not sent (no SMTP_URL set)');
      expect(result.stderr).not.toMatch(STACK_FRAME);
      expect(wandelcoach(['migrate'], '', env).stdout).toMatch(/^The database is up to date/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('names a missing option and exits 2, before opening any database', () => {
    const result = wandelcoach(['practice', 'create', '--admin-email', 'beheer@oost.nl'], '', {
      ...process.env,
      DATABASE_URL: 'mysql://localhost/x',
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^missing option --name/);
  });
  it('resets nobody’s app for an address without an account: one line naming --email, exit 2', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wandelcoach-reset-'));
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', SMTP_URL: '', MAIL_FROM: '' };
    try {
      const result = wandelcoach(['practice', 'reset-second-factor', '--email', 'anna@oost.nl'], '', env);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe('--email: no account has the address "anna@oost.nl"\n');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
