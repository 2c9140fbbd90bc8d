/** The command line, parsed strictly: unknown options and missing values are refused, never guessed. */
import { parseArgs } from 'node:util';

export interface PlanOptions {
  /** A file name, or `-` for standard input. */
  intake: string;
  logs: string | undefined;
  /** A clinician's prescription (a file name, or `-`); undefined when not given. */
  prescription: string | undefined;
  /** `YYYY-MM-DD` as typed; the engine checks it. Undefined means the computer's local date. */
  today: string | undefined;
  /** NaN when the text is not a number, so the engine reports it like any other bad value. */
  weeks: number | undefined;
  json: boolean;
}

export interface PracticeOptions {
  /** Trimmed; one line. */
  name: string;
  adminEmail: string;
  /** The language of the mail; the server's default (Dutch) when not given. */
  locale: 'nl' | 'en' | undefined;
}

export interface SecondFactorResetOptions {
  /** The address of the account whose authenticator app is reset, as typed (trimmed). */
  email: string;
}

export type ParsedCommand =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'plan'; options: PlanOptions }
  | { command: 'migrate' }
  /** `file` as typed; the server resolves it against the current folder. */
  | { command: 'backup' | 'restore'; file: string }
  | { command: 'practice-create'; options: PracticeOptions }
  | { command: 'practice-reset-second-factor'; options: SecondFactorResetOptions }
  | { command: 'usage-error'; message: string };

export const HELP_HINT = 'run "wandelcoach --help" for usage';

const OPTIONS = {
  intake: { type: 'string' },
  logs: { type: 'string' },
  prescription: { type: 'string' },
  today: { type: 'string' },
  weeks: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  name: { type: 'string' },
  'admin-email': { type: 'string' },
  locale: { type: 'string' },
  email: { type: 'string' },
} as const;

/** The options only `practice create` takes. */
const PRACTICE_OPTIONS = new Set(['name', 'admin-email', 'locale']);
/** The options only `practice reset-second-factor` takes. */
const RESET_OPTIONS = new Set(['email']);

function usageError(message: string): ParsedCommand {
  return { command: 'usage-error', message: `${message} (${HELP_HINT})` };
}

/** parseArgs explains in several sentences; a person needs the option and what is wrong with it. */
function describeParseError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  const text = error instanceof Error ? error.message : String(error);
  const option = /'([^' ]+)/.exec(text)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) return `unknown option ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    return text.includes('does not take an argument')
      ? `option ${option} does not take a value`
      : `option ${option} needs a value`;
  }
  return text.split('\n')[0] ?? text;
}

/** Whole numbers and decimals as typed; anything else becomes NaN for the engine to refuse. */
export function parseWeeks(text: string): number {
  return /^[+-]?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : Number.NaN;
}

/** What FILE means for each database command, for the message when it is missing. */
const FILE_PURPOSE = {
  backup: 'the new file to write the backup to, e.g. "wandelcoach backup backups/wandelcoach-2026-11-23.db"',
  restore: 'the backup to put back, e.g. "wandelcoach restore backups/wandelcoach-2026-11-23.db"',
} as const;

/** A string option given twice is more likely a mistake than a change of mind: refused. */
function repeatedOption(tokens: readonly { kind: string; name?: string }[]): string | undefined {
  const given = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined) continue;
    const known = OPTIONS[token.name as keyof typeof OPTIONS] as { type: string } | undefined;
    if (known?.type !== 'string') continue;
    if (given.has(token.name)) return token.name;
    given.add(token.name);
  }
  return undefined;
}

/** One line of printable text, so a name cannot break the mails and pages it appears in. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it refuses
const ONE_LINE = /^[^\u0000-\u001f\u007f]+$/;
/** The form of an address; the mail server is the judge of the rest. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type OptionTokens = readonly { kind: string; name?: string; rawName?: string }[];

/** Refuses an option the subcommand does not take, or one given twice; undefined when all is well. */
function strayOption(subcommand: string, allowed: ReadonlySet<string>, tokens: OptionTokens) {
  const stray = tokens.find((token) => token.kind === 'option' && !allowed.has(token.name ?? ''));
  if (stray !== undefined)
    return usageError(`practice ${subcommand} does not take ${stray.rawName ?? 'that option'}`);
  const repeated = repeatedOption(tokens);
  if (repeated !== undefined) return usageError(`option --${repeated} is given more than once`);
  return undefined;
}

/** `practice reset-second-factor --email EMAIL`: for the operator, when the last admin lost their phone. */
function parseResetCommand(email: string | undefined, tokens: OptionTokens): ParsedCommand {
  const refused = strayOption('reset-second-factor', RESET_OPTIONS, tokens);
  if (refused !== undefined) return refused;
  const address = email?.trim();
  if (address === undefined) {
    return usageError('missing option --email: the address of the account whose authenticator app is reset');
  }
  if (address.length > 254 || !EMAIL.test(address)) {
    return usageError(`--email: must be an email address (got "${address}")`);
  }
  return { command: 'practice-reset-second-factor', options: { email: address } };
}

/**
 * `practice create --name NAME --admin-email EMAIL [--locale nl|en]` and
 * `practice reset-second-factor --email EMAIL`, each option named when wrong.
 */
function parsePracticeCommand(
  rest: readonly string[],
  values: {
    name?: string | undefined;
    'admin-email'?: string | undefined;
    locale?: string | undefined;
    email?: string | undefined;
  },
  tokens: OptionTokens,
): ParsedCommand {
  const [subcommand, extra] = rest;
  if (subcommand !== 'create' && subcommand !== 'reset-second-factor') {
    return usageError(
      subcommand === undefined
        ? 'missing subcommand: try "wandelcoach practice create --name NAME --admin-email EMAIL"'
        : `unknown subcommand "practice ${subcommand}" (only "practice create" and "practice reset-second-factor")`,
    );
  }
  if (extra !== undefined) return usageError(`unexpected argument "${extra}"`);
  if (subcommand === 'reset-second-factor') return parseResetCommand(values.email, tokens);
  const refused = strayOption('create', PRACTICE_OPTIONS, tokens);
  if (refused !== undefined) return refused;
  const name = values.name?.trim();
  if (name === undefined)
    return usageError('missing option --name: the practice’s name, e.g. --name "Fysio Oost"');
  if (name === '' || name.length > 120 || !ONE_LINE.test(name)) {
    return usageError('--name: must be one line of 1 to 120 characters');
  }
  const adminEmail = values['admin-email']?.trim();
  if (adminEmail === undefined) {
    return usageError('missing option --admin-email: the address of the practice’s first admin');
  }
  if (adminEmail.length > 254 || !EMAIL.test(adminEmail)) {
    return usageError(`--admin-email: must be an email address (got "${adminEmail}")`);
  }
  const { locale } = values;
  if (locale !== undefined && locale !== 'nl' && locale !== 'en') {
    return usageError(`--locale: must be "nl" or "en" (got "${locale}")`);
  }
  return { command: 'practice-create', options: { name, adminEmail, locale } };
}

/**
 * Reads `wandelcoach plan --intake FILE [--logs FILE] [--prescription FILE] [--today YYYY-MM-DD]
 * [--weeks N] [--json]`, `migrate`, `backup FILE`, `restore FILE`,
 * `practice create --name NAME --admin-email EMAIL [--locale nl|en]`,
 * `practice reset-second-factor --email EMAIL`, `--help`, `-h`, `help` and `--version`.
 */
export function parseCommandLine(argv: readonly string[]): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: OPTIONS,
      strict: true,
      allowPositionals: true,
      tokens: true,
    });
  } catch (error) {
    return usageError(describeParseError(error));
  }
  const { values, positionals, tokens } = parsed;

  if (values.help === true || positionals[0] === 'help') return { command: 'help' };
  if (values.version === true) return { command: 'version' };

  const [command, ...rest] = positionals;
  if (command === undefined) return usageError('missing command: try "wandelcoach plan --intake FILE"');
  if (command === 'backup' || command === 'restore') {
    const option = tokens.find((token) => token.kind === 'option');
    if (option !== undefined) return usageError(`${command} takes no options (got ${option.rawName})`);
    const [file, extra] = rest;
    if (file === undefined || file.trim() === '') {
      return usageError(`missing FILE: ${FILE_PURPOSE[command]}`);
    }
    if (file === '-')
      return usageError('FILE: a backup is a file; standard input or output (-) cannot hold one');
    if (extra !== undefined) return usageError(`unexpected argument "${extra}"`);
    return { command, file };
  }
  if (command === 'practice') return parsePracticeCommand(rest, values, tokens);
  if (command !== 'plan' && command !== 'migrate') return usageError(`unknown command "${command}"`);
  if (rest[0] !== undefined) return usageError(`unexpected argument "${rest[0]}"`);
  if (command === 'migrate') {
    const option = tokens.find((token) => token.kind === 'option');
    return option === undefined
      ? { command }
      : usageError(`migrate takes no options (got ${option.rawName})`);
  }

  for (const token of tokens) {
    if (token.kind === 'option' && PRACTICE_OPTIONS.has(token.name)) {
      return usageError(`option ${token.rawName} is for "wandelcoach practice create", not plan`);
    }
    if (token.kind === 'option' && RESET_OPTIONS.has(token.name)) {
      return usageError(
        `option ${token.rawName} is for "wandelcoach practice reset-second-factor", not plan`,
      );
    }
  }
  // parseArgs keeps the last of repeated options; a second --intake is more likely a mistake.
  const repeated = repeatedOption(tokens);
  if (repeated !== undefined) return usageError(`option --${repeated} is given more than once`);

  const { intake, logs, prescription, today, weeks } = values;
  if (intake === undefined) {
    return usageError('missing option --intake: the intake file (JSON), or - for standard input');
  }
  if (intake === '-' && logs === '-') {
    return usageError('only one of --intake and --logs can read standard input (-)');
  }
  if (prescription === '-' && (intake === '-' || logs === '-')) {
    return usageError('only one of --intake, --logs and --prescription can read standard input (-)');
  }
  return {
    command: 'plan',
    options: {
      intake,
      logs,
      prescription,
      today,
      weeks: weeks === undefined ? undefined : parseWeeks(weeks),
      json: values.json === true,
    },
  };
}
