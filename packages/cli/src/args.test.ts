import { describe, expect, it } from 'vitest';
import { parseCommandLine, parseWeeks } from './args.js';

function usageMessage(argv: string[]): string {
  const parsed = parseCommandLine(argv);
  if (parsed.command !== 'usage-error') throw new Error(`expected a usage error, got ${parsed.command}`);
  return parsed.message;
}

describe('parseCommandLine', () => {
  it('reads a full plan command', () => {
    expect(
      parseCommandLine([
        'plan',
        '--intake',
        'in.json',
        '--logs',
        'logs.json',
        '--today',
        '2026-11-23',
        '--weeks',
        '8',
        '--json',
      ]),
    ).toEqual({
      command: 'plan',
      options: { intake: 'in.json', logs: 'logs.json', today: '2026-11-23', weeks: 8, json: true },
    });
  });

  it('leaves optional values out when they are not given', () => {
    expect(parseCommandLine(['plan', '--intake=in.json'])).toEqual({
      command: 'plan',
      options: { intake: 'in.json', logs: undefined, today: undefined, weeks: undefined, json: false },
    });
  });

  it('accepts - for standard input, for one of the two files', () => {
    const parsed = parseCommandLine(['plan', '--intake', '-', '--logs', 'logs.json']);
    expect(parsed.command === 'plan' && parsed.options.intake).toBe('-');
    expect(usageMessage(['plan', '--intake', '-', '--logs', '-'])).toContain(
      'only one of --intake and --logs',
    );
  });

  it('knows help and version in every spelling', () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['help', 'plan'], ['plan', '--help']]) {
      expect(parseCommandLine(argv)).toEqual({ command: 'help' });
    }
    expect(parseCommandLine(['--version'])).toEqual({ command: 'version' });
  });

  it('names an unknown option and points to --help', () => {
    const message = usageMessage(['plan', '--intake', 'a.json', '--colour']);
    expect(message).toBe('unknown option --colour (run "wandelcoach --help" for usage)');
    expect(usageMessage(['-x'])).toContain('unknown option -x');
  });

  it('names an option that is missing its value', () => {
    expect(usageMessage(['plan', '--intake'])).toContain('option --intake needs a value');
    expect(usageMessage(['plan', '--intake', '--json'])).toContain('option --intake needs a value');
    expect(usageMessage(['plan', '--intake', 'a.json', '--json=yes'])).toContain(
      'option --json does not take a value',
    );
  });

  it('requires --intake for plan', () => {
    expect(usageMessage(['plan', '--json'])).toMatch(/^missing option --intake.*wandelcoach --help/);
  });

  it('refuses unknown commands, stray arguments and repeated files', () => {
    expect(usageMessage(['plna', '--intake', 'a.json'])).toContain('unknown command "plna"');
    expect(usageMessage([])).toContain('missing command');
    expect(usageMessage(['plan', 'extra', '--intake', 'a.json'])).toContain('unexpected argument "extra"');
    expect(usageMessage(['plan', '--intake', 'a.json', '--intake', 'b.json'])).toContain(
      'option --intake is given more than once',
    );
  });

  it('keeps every usage message on one line', () => {
    for (const argv of [['plan', '--nope'], ['plan', '--intake'], ['plan'], ['what']]) {
      expect(usageMessage(argv)).not.toContain('\n');
    }
  });
});

describe('parseWeeks', () => {
  it('passes numbers on and turns other text into NaN for the engine to refuse', () => {
    expect(parseWeeks('12')).toBe(12);
    expect(parseWeeks('2.5')).toBe(2.5);
    expect(parseWeeks('-3')).toBe(-3);
    expect(parseWeeks('abc')).toBeNaN();
    expect(parseWeeks('')).toBeNaN();
    expect(parseWeeks('0x10')).toBeNaN();
    expect(parseWeeks('1e1')).toBeNaN();
  });
});

describe('parseCommandLine migrate', () => {
  it('reads migrate, without options or arguments', () => {
    expect(parseCommandLine(['migrate'])).toEqual({ command: 'migrate' });
    expect(parseCommandLine(['migrate', '--json'])).toEqual({
      command: 'usage-error',
      message: 'migrate takes no options (got --json) (run "wandelcoach --help" for usage)',
    });
    expect(parseCommandLine(['migrate', 'now'])).toEqual({
      command: 'usage-error',
      message: 'unexpected argument "now" (run "wandelcoach --help" for usage)',
    });
  });
});

describe('parseCommandLine backup and restore', () => {
  it('reads the one FILE each takes', () => {
    expect(parseCommandLine(['backup', 'backups/wandelcoach.db'])).toEqual({
      command: 'backup',
      file: 'backups/wandelcoach.db',
    });
    expect(parseCommandLine(['restore', 'backups/wandelcoach.db'])).toEqual({
      command: 'restore',
      file: 'backups/wandelcoach.db',
    });
  });

  it('names FILE when it is missing, is standard input, or comes with company', () => {
    expect(usageMessage(['backup'])).toMatch(/^missing FILE: the new file to write the backup to/);
    expect(usageMessage(['restore'])).toMatch(/^missing FILE: the backup to put back/);
    expect(usageMessage(['backup', ''])).toMatch(/^missing FILE/);
    expect(usageMessage(['restore', '-'])).toMatch(/^FILE: a backup is a file/);
    expect(usageMessage(['backup', 'a.db', 'b.db'])).toContain('unexpected argument "b.db"');
    expect(usageMessage(['restore', 'a.db', '--json'])).toContain('restore takes no options (got --json)');
    for (const argv of [['backup'], ['restore', '-'], ['backup', 'a.db', '--weeks', '3']]) {
      expect(usageMessage(argv)).not.toContain('\n');
    }
  });
});

describe('parseCommandLine practice create', () => {
  it('reads the name, the first admin’s address and the language of the mail', () => {
    expect(
      parseCommandLine(['practice', 'create', '--name', ' Fysio Oost ', '--admin-email', 'beheer@oost.nl']),
    ).toEqual({
      command: 'practice-create',
      options: { name: 'Fysio Oost', adminEmail: 'beheer@oost.nl', locale: undefined },
    });
    expect(
      parseCommandLine(['practice', 'create', '--admin-email=a@b.nl', '--name=X', '--locale', 'en']),
    ).toMatchObject({ options: { locale: 'en' } });
  });

  it('names the option that is missing or wrong, on one line', () => {
    const create = ['practice', 'create'];
    expect(usageMessage([...create, '--admin-email', 'a@b.nl'])).toMatch(/^missing option --name/);
    expect(usageMessage([...create, '--name', 'X'])).toMatch(/^missing option --admin-email/);
    expect(usageMessage([...create, '--name', '  ', '--admin-email', 'a@b.nl'])).toMatch(/^--name: /);
    expect(usageMessage([...create, '--name', 'a\nb', '--admin-email', 'a@b.nl'])).toMatch(/^--name: /);
    expect(usageMessage([...create, '--name', 'X', '--admin-email', 'nobody'])).toMatch(
      /^--admin-email: must be an email address/,
    );
    expect(usageMessage([...create, '--name', 'X', '--admin-email', 'a@b.nl', '--locale', 'de'])).toMatch(
      /^--locale: /,
    );
    expect(usageMessage([...create, '--name', 'X', '--name', 'Y', '--admin-email', 'a@b.nl'])).toContain(
      'option --name is given more than once',
    );
    expect(usageMessage([...create, '--name', 'X', '--admin-email', 'a@b.nl', '--json'])).toContain(
      'practice create does not take --json',
    );
    expect(usageMessage([...create, '--name'])).toContain('option --name needs a value');
    expect(usageMessage(['practice'])).toMatch(/^missing subcommand/);
    expect(usageMessage(['practice', 'delete'])).toContain('unknown subcommand "practice delete"');
    expect(usageMessage([...create, 'extra', '--name', 'X', '--admin-email', 'a@b.nl'])).toContain(
      'unexpected argument "extra"',
    );
    expect(usageMessage(['plan', '--intake', 'i.json', '--name', 'X'])).toContain(
      'option --name is for "wandelcoach practice create"',
    );
  });
});

describe('parseCommandLine practice reset-second-factor', () => {
  it('reads the address of the account whose authenticator app is reset', () => {
    expect(parseCommandLine(['practice', 'reset-second-factor', '--email', ' anna@oost.nl '])).toEqual({
      command: 'practice-reset-second-factor',
      options: { email: 'anna@oost.nl' },
    });
  });

  it('names the option that is missing or wrong, on one line', () => {
    const reset = ['practice', 'reset-second-factor'];
    expect(usageMessage(reset)).toMatch(/^missing option --email/);
    expect(usageMessage([...reset, '--email', 'anna'])).toMatch(/^--email: must be an email address/);
    expect(usageMessage([...reset, '--email', 'a@b.nl', '--email', 'c@d.nl'])).toContain(
      'option --email is given more than once',
    );
    expect(usageMessage([...reset, '--email', 'a@b.nl', '--name', 'X'])).toContain(
      'practice reset-second-factor does not take --name',
    );
    expect(
      usageMessage(['practice', 'create', '--name', 'X', '--admin-email', 'a@b.nl', '--email', 'a@b.nl']),
    ).toContain('practice create does not take --email');
    expect(usageMessage(['plan', '--intake', 'i.json', '--email', 'a@b.nl'])).toContain(
      'option --email is for "wandelcoach practice reset-second-factor"',
    );
    expect(usageMessage(['practice', 'delete'])).toContain('"practice reset-second-factor"');
  });
});

describe('parseCommandLine --prescription', () => {
  it('reads a prescription file, or standard input when no other file reads it', () => {
    const parsed = parseCommandLine(['plan', '--intake', 'in.json', '--prescription', '-']);
    expect(parsed.command === 'plan' && parsed.options.prescription).toBe('-');
    expect(parseCommandLine(['plan', '--intake', 'in.json'])).toMatchObject({
      command: 'plan',
      options: { prescription: undefined },
    });
  });

  it('refuses two files on standard input, and a repeated --prescription', () => {
    expect(usageMessage(['plan', '--intake', '-', '--prescription', '-'])).toContain(
      'only one of --intake, --logs and --prescription can read standard input (-)',
    );
    expect(usageMessage(['plan', '--intake', 'a', '--logs', '-', '--prescription', '-'])).toContain(
      'only one of --intake, --logs and --prescription',
    );
    expect(usageMessage(['plan', '--intake', 'a', '--prescription', 'p', '--prescription', 'q'])).toContain(
      'option --prescription is given more than once',
    );
  });
});
