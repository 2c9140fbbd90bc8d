import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buildPlan, PlanInputError, type PlanInput, type PlanOutput } from '@wandelcoach/engine';
import { describe, expect, it } from 'vitest';
import { emergencyOutput, englishOutput, selfManageOutput } from '../test/fixtures.js';
import { HELP_TEXT } from './help.js';
import { run, type BuildPlan, type CreatePractice, type Io, type ResetSecondFactor } from './run.js';

const folder = mkdtempSync(join(tmpdir(), 'wandelcoach-run-'));

function file(name: string, value: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

const intakeFile = file('intake.json', { age: 52, goals: ['back-pain'] });
const englishIntakeFile = file('intake-en.json', { locale: 'en', age: 74 });

async function runWith(argv: string[], build: BuildPlan, stdin = '') {
  let stdout = '';
  let stderr = '';
  const inputs: PlanInput[] = [];
  const code = await run(
    argv,
    {
      stdin: Readable.from([stdin]),
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      today: () => '2026-11-23',
    },
    (input) => {
      inputs.push(input);
      return build(input);
    },
  );
  return { code, stdout, stderr, inputs };
}

const returns =
  (output: typeof selfManageOutput): BuildPlan =>
  () =>
    output;

describe('run', () => {
  it('prints one JSON document with --json', async () => {
    const result = await runWith(['plan', '--intake', intakeFile, '--json'], returns(selfManageOutput));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(selfManageOutput);
  });

  it('passes the inputs, the local date and the weeks to the engine', async () => {
    const logs = file('logs.json', [{ date: '2026-11-22', kind: 'forward', minutes: 5, painDuring: 2 }]);
    const result = await runWith(
      ['plan', '--intake', intakeFile, '--logs', logs, '--weeks', '8'],
      returns(selfManageOutput),
    );
    expect(result.inputs).toEqual([
      {
        intake: { age: 52, goals: ['back-pain'] },
        logs: [{ date: '2026-11-22', kind: 'forward', minutes: 5, painDuring: 2 }],
        today: '2026-11-23',
        weeks: 8,
      },
    ]);
  });

  it('prefers --today over the computer date and reads the intake from standard input', async () => {
    const result = await runWith(
      ['plan', '--intake', '-', '--today', '2026-12-07'],
      returns(selfManageOutput),
      '{"age": 60}',
    );
    expect(result.inputs[0]).toMatchObject({ intake: { age: 60 }, today: '2026-12-07', weeks: undefined });
  });

  it("writes the readable plan in the intake's language", async () => {
    const dutch = await runWith(['plan', '--intake', intakeFile], returns(selfManageOutput));
    expect(dutch.code).toBe(0);
    expect(dutch.stdout).toContain('Vandaag, ma 23 nov');
    const english = await runWith(['plan', '--intake', englishIntakeFile], returns(englishOutput));
    expect(english.stdout).toContain('Today, Mon 23 Nov');
  });

  it('exits 0 with advice and no plan in an emergency', async () => {
    const result = await runWith(['plan', '--intake', intakeFile], returns(emergencyOutput));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('112');
  });

  it('lists every input problem on its own line, exits 2 and prints nothing on stdout', async () => {
    const invalid: BuildPlan = () => {
      throw new PlanInputError([
        { path: 'intake.age', message: 'must be a whole number from 16 to 110' },
        { path: 'weeks', message: 'must be a whole number from 1 to 52' },
      ]);
    };
    const result = await runWith(['plan', '--intake', intakeFile, '--weeks', 'abc'], invalid);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'intake.age: must be a whole number from 16 to 110\nweeks: must be a whole number from 1 to 52\n',
    );
    expect(result.inputs[0]?.weeks).toBeNaN();
  });

  it('reports an unexpected error in one line and exits 1', async () => {
    const broken: BuildPlan = () => {
      throw new TypeError('cannot read properties of undefined\n    at somewhere (file.ts:1:1)');
    };
    const result = await runWith(['plan', '--intake', intakeFile], broken);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('unexpected error: cannot read properties of undefined\n');
  });

  it('reports unreadable and malformed inputs together, naming each', async () => {
    const malformed = file('malformed.json', '{"age": 52,}');
    const result = await runWith(
      ['plan', '--intake', malformed, '--logs', 'missing-logs.json'],
      returns(selfManageOutput),
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^intake: is not valid JSON \(line 1, column 12: /);
    expect(lines[1]).toBe('logs: cannot read file "missing-logs.json" (no such file)');
    expect(result.inputs).toEqual([]);
  });

  it('shows help and the version', async () => {
    const help = await runWith(['--help'], returns(selfManageOutput));
    expect(help).toMatchObject({ code: 0, stdout: HELP_TEXT, stderr: '' });
    const version = await runWith(['--version'], returns(selfManageOutput));
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('exits 2 with a hint for a usage mistake', async () => {
    const result = await runWith(['plan', '--intake', intakeFile, '--colour'], returns(selfManageOutput));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('unknown option --colour (run "wandelcoach --help" for usage)\n');
  });
});

describe('run migrate', () => {
  async function migrateWith(migrate: () => Promise<{ database: string; applied: string[] }>) {
    let stdout = '';
    let stderr = '';
    const code = await run(['migrate'], {
      stdin: Readable.from(['']),
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      today: () => '2026-11-23',
      migrate,
    });
    return { code, stdout, stderr };
  }

  it('says which migrations it applied, or that there was nothing to do', async () => {
    const applied = await migrateWith(() =>
      Promise.resolve({ database: 'SQLite at x.db', applied: ['0001-a', '0002-b'] }),
    );
    expect(applied).toEqual({
      code: 0,
      stdout: 'Applied 2 migration(s) to SQLite at x.db: 0001-a, 0002-b\n',
      stderr: '',
    });
    const none = await migrateWith(() => Promise.resolve({ database: 'SQLite at x.db', applied: [] }));
    expect(none.stdout).toBe('The database is up to date (SQLite at x.db).\n');
  });

  it('explains a database from a newer version and exits 1', async () => {
    const error = Object.assign(
      new Error('The database has been updated by a newer version of Wandelcoach'),
      {
        name: 'DatabaseNewerThanCodeError',
      },
    );
    const result = await migrateWith(() => Promise.reject(error));
    expect(result).toEqual({ code: 1, stdout: '', stderr: `${error.message}\n` });
  });

  it('reports anything else as unexpected, in one line', async () => {
    const result = await migrateWith(() => Promise.reject(new Error('disk on fire\n    at somewhere')));
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'unexpected error: disk on fire\n' });
  });
});

/** Runs a command on the server's database, with stand-ins for the server's side. */
async function runDatabaseCommand(
  argv: string[],
  server: Pick<Io, 'backup' | 'restore' | 'createPractice' | 'resetSecondFactor'>,
) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdin: Readable.from(['']),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    today: () => '2026-11-23',
    ...server,
  });
  return { code, stdout, stderr };
}

describe('run backup and restore', () => {
  const backedUp = {
    database: 'SQLite at /srv/data/wandelcoach.db',
    file: '/backups/wandelcoach-2026-11-23.db',
    accounts: 3,
    walks: 120,
    bytes: 1_234_567,
  };

  it('says where the backup went and what it holds', async () => {
    const files: string[] = [];
    const result = await runDatabaseCommand(['backup', 'wandelcoach-2026-11-23.db'], {
      backup: (file) => {
        files.push(file);
        return Promise.resolve(backedUp);
      },
    });
    expect(files).toEqual(['wandelcoach-2026-11-23.db']);
    expect(result).toEqual({
      code: 0,
      stdout:
        'Backed up SQLite at /srv/data/wandelcoach.db to /backups/wandelcoach-2026-11-23.db (3 account(s), 120 walk(s), 1.2 MB).\n',
      stderr: '',
    });
  });

  it('says what was restored, where the old database is kept, and that the server must start again', async () => {
    const result = await runDatabaseCommand(['restore', 'b.db'], {
      restore: () =>
        Promise.resolve({
          ...backedUp,
          bytes: 2_000,
          keptAs: '/srv/data/wandelcoach.db.before-restore-2026-11-23T10-15-00Z',
          pendingMigrations: ['0002-walk-tombstones'],
        }),
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        'Restored /backups/wandelcoach-2026-11-23.db to SQLite at /srv/data/wandelcoach.db (3 account(s), 120 walk(s), 2 kB).',
        'The database it replaced is kept as /srv/data/wandelcoach.db.before-restore-2026-11-23T10-15-00Z.',
        'The server brings it up to date when it starts (migrations to apply: 0002-walk-tombstones).',
        'Start the server again to use it.',
        '',
      ].join('\n'),
    );
  });

  it('passes a refusal on as one line with exit 2, and anything else as unexpected with exit 1', async () => {
    const refusal = Object.assign(
      new Error('FILE: "b.db" is not a Wandelcoach backup (not an SQLite database)'),
      {
        name: 'BackupError',
      },
    );
    expect(await runDatabaseCommand(['restore', 'b.db'], { restore: () => Promise.reject(refusal) })).toEqual(
      {
        code: 2,
        stdout: '',
        stderr: `${refusal.message}\n`,
      },
    );
    const setting = Object.assign(new Error('DATA_DIR: bad'), { name: 'ConfigError' });
    expect(
      (await runDatabaseCommand(['backup', 'b.db'], { backup: () => Promise.reject(setting) })).code,
    ).toBe(2);
    expect(
      await runDatabaseCommand(['backup', 'b.db'], {
        backup: () => Promise.reject(new Error('disk on fire\n    at somewhere')),
      }),
    ).toEqual({ code: 1, stdout: '', stderr: 'unexpected error: disk on fire\n' });
  });

  it('refuses a missing FILE before touching anything', async () => {
    const result = await runDatabaseCommand(['backup'], {
      backup: () => Promise.reject(new Error('must not be called')),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^missing FILE: .*\(run "wandelcoach --help" for usage\)\n$/);
  });
});

describe('run practice create', () => {
  const LINK = 'http://127.0.0.1:3000/join-practice#token=abc';

  const runCreate = (argv: string[], createPractice: CreatePractice) =>
    runDatabaseCommand(argv, { createPractice });

  const create = ['practice', 'create', '--name', 'Fysio Oost', '--admin-email', 'beheer@oost.nl'];

  it('prints the link on a line of its own and says it was not mailed without SMTP', async () => {
    const asked: unknown[] = [];
    const result = await runCreate(create, (options) => {
      asked.push(options);
      return Promise.resolve({
        database: 'SQLite at /srv/data/wandelcoach.db',
        link: LINK,
        mailed: false,
        days: 7,
      });
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(asked).toEqual([{ name: 'Fysio Oost', adminEmail: 'beheer@oost.nl', locale: undefined }]);
    expect(result.stdout.split('\n')).toContain(`  ${LINK}`);
    expect(result.stdout).toContain('Made the practice "Fysio Oost" in SQLite at /srv/data/wandelcoach.db.');
    expect(result.stdout).toContain('it works once, for 7 days');
    expect(result.stdout).toContain(
      'It was not mailed (no SMTP_URL set): give it to beheer@oost.nl yourself',
    );
  });

  it('says when the link was mailed too', async () => {
    const result = await runCreate(create, () =>
      Promise.resolve({ database: 'PostgreSQL (db:5432)', link: LINK, mailed: true, days: 7 }),
    );
    expect(result.stdout).toContain('The link was also sent by mail to beheer@oost.nl.');
  });

  it('refuses a missing or wrong option with exit code 2, naming it, before touching the database', async () => {
    const untouched = () => Promise.reject(new Error('the database must not be opened'));
    const missing = await runCreate(['practice', 'create', '--name', 'Fysio Oost'], untouched);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^missing option --admin-email/);
    const wrong = await runCreate(
      ['practice', 'create', '--name', 'X', '--admin-email', 'beheer'],
      untouched,
    );
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^--admin-email: must be an email address/);
  });

  it('explains a wrong setting in one line with exit code 2', async () => {
    const setting = new Error('DATABASE_URL: must start with postgres://');
    setting.name = 'ConfigError';
    const result = await runCreate(create, () => Promise.reject(setting));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('DATABASE_URL: must start with postgres://\n');
  });
});

describe('run practice reset-second-factor', () => {
  const runReset = (argv: string[], resetSecondFactor: ResetSecondFactor) =>
    runDatabaseCommand(argv, { resetSecondFactor });

  const reset = ['practice', 'reset-second-factor', '--email', 'anna@oost.nl'];

  it('says what was reset, what the person does next, and that nobody was mailed without SMTP', async () => {
    const asked: unknown[] = [];
    const result = await runReset(reset, (options) => {
      asked.push(options);
      return Promise.resolve({ database: 'SQLite at /srv/data/wandelcoach.db', mailed: false });
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(asked).toEqual([{ email: 'anna@oost.nl' }]);
    expect(result.stdout).toContain(
      'Reset the authenticator app of anna@oost.nl in SQLite at /srv/data/wandelcoach.db.',
    );
    expect(result.stdout).toContain('they set up the authenticator app again');
    expect(result.stdout).toContain('It was not mailed (no SMTP_URL set): tell anna@oost.nl yourself.');
    const mailed = await runReset(reset, () =>
      Promise.resolve({ database: 'PostgreSQL (db:5432)', mailed: true }),
    );
    expect(mailed.stdout).toContain('A mail told anna@oost.nl so.');
  });

  it('explains an unknown address in one line with exit code 2, and refuses a wrong option before the database', async () => {
    const unknown = new Error('--email: no account has the address "anna@oost.nl"');
    unknown.name = 'PracticeCommandError';
    const result = await runReset(reset, () => Promise.reject(unknown));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('--email: no account has the address "anna@oost.nl"\n');
    const untouched = () => Promise.reject(new Error('the database must not be opened'));
    const wrong = await runReset(['practice', 'reset-second-factor', '--email', 'anna'], untouched);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^--email: must be an email address/);
  });
});

describe('run with a prescription', () => {
  const by = { id: 'physio-1', name: 'Anna de Vries' };
  const backPain = file('intake-prescribed.json', {
    locale: 'en',
    age: 52,
    goals: ['back-pain'],
    backPain: { type: 'chronic', legPain: false },
    activity: 'light',
    startDate: '2026-11-23',
  });

  it('passes the prescription to the engine, from a file or standard input', async () => {
    const prescription = { changes: [{ by, date: '2026-11-23', reason: 'Sore knee', targetMinutes: 20 }] };
    const fromFile = await runWith(
      ['plan', '--intake', backPain, '--prescription', file('prescription.json', prescription)],
      returns(selfManageOutput),
    );
    expect(fromFile.inputs[0]?.prescription).toEqual(prescription);
    const fromStdin = await runWith(
      ['plan', '--intake', backPain, '--prescription', '-'],
      returns(selfManageOutput),
      JSON.stringify(prescription),
    );
    expect(fromStdin.inputs[0]?.prescription).toEqual(prescription);
  });

  it('prints the clinician’s lines with their author, with the real engine', async () => {
    const prescription = file('prescription-real.json', {
      changes: [{ by, date: '2026-11-23', reason: 'Sore knee', startMinutes: 6 }],
    });
    const result = await runWith(
      ['plan', '--intake', backPain, '--prescription', prescription, '--today', '2026-11-30', '--json'],
      buildPlan,
    );
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as PlanOutput;
    const line = output.decisions[0]?.reasons.find((r) => r.source === 'CLINICIAN');
    expect(line).toMatchObject({ by, clinicianReason: 'Sore knee' });
    expect(line?.message).toContain('Anna de Vries');
  });

  it('refuses a wrong prescription with one line per problem naming the field, and nothing on stdout', async () => {
    const prescription = file('prescription-wrong.json', {
      changes: [{ by, date: '2026-11-23', reason: 'x', weeklyStepMinutes: 50, colour: 'red' }],
      extra: true,
    });
    const result = await runWith(['plan', '--intake', backPain, '--prescription', prescription], buildPlan);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        'prescription.changes[0].weeklyStepMinutes: must be a whole number from 0 to 10',
        'prescription.changes[0].colour: is not a known field',
        'prescription.extra: is not a known field',
        '',
      ].join('\n'),
    );
  });

  it('names a prescription file that cannot be read or is not JSON, beside the other inputs', async () => {
    const result = await runWith(
      ['plan', '--intake', join(folder, 'missing.json'), '--prescription', file('bad.json', '{"changes": [')],
      buildPlan,
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^intake: /);
    expect(lines[1]).toMatch(/^prescription: /);
  });
});
