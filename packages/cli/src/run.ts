/**
 * The command as a function: arguments and streams in, exit code out. `main.ts` wires it to the
 * process; tests call it directly.
 */
import { buildPlan, PlanInputError, type PlanInput, type PlanOutput } from '@wandelcoach/engine';
import {
  parseCommandLine,
  type PlanOptions,
  type PracticeOptions,
  type SecondFactorResetOptions,
} from './args.js';
import { HELP_TEXT } from './help.js';
import { readInput } from './read-input.js';
import { renderPlan } from './render/plan.js';
import { cliVersion } from './version.js';

export const EXIT_OK = 0;
export const EXIT_UNEXPECTED = 1;
export const EXIT_BAD_INPUT = 2;

export interface Writer {
  write(text: string): unknown;
}

export interface Io {
  stdin: AsyncIterable<string | Uint8Array>;
  stdout: Writer;
  stderr: Writer;
  /** The person's calendar date, `YYYY-MM-DD`, used when `--today` is not given. */
  today(): string;
  /** Brings the server's database up to date; the real one unless a test gives another. */
  migrate?: Migrate;
  /** Copies the server's database to a file; the real one unless a test gives another. */
  backup?: Backup;
  /** Puts a backup in place of the server's database; the real one unless a test gives another. */
  restore?: Restore;
  /** Makes a practice in the server's database; the real one unless a test gives another. */
  createPractice?: CreatePractice;
  /** Resets an account's second factor in the server's database; the real one unless a test gives another. */
  resetSecondFactor?: ResetSecondFactor;
}

export interface CreatePracticeResult {
  /** The database written to, as the server describes it (`SQLite at …`). */
  database: string;
  /** The first admin's single-use link. */
  link: string;
  /** True when it went to the mail server of SMTP_URL. */
  mailed: boolean;
  /** How many days the link works. */
  days: number;
}

export type CreatePractice = (options: PracticeOptions) => Promise<CreatePracticeResult>;

export interface ResetSecondFactorResult {
  /** The database changed, as the server describes it (`SQLite at …`). */
  database: string;
  /** True when the account's owner was told by the mail server of SMTP_URL. */
  mailed: boolean;
}

export type ResetSecondFactor = (options: SecondFactorResetOptions) => Promise<ResetSecondFactorResult>;

export interface MigrateResult {
  database: string;
  applied: string[];
}

export type Migrate = () => Promise<MigrateResult>;

export interface BackupResult {
  /** The database copied, as the server describes it (`SQLite at …`). */
  database: string;
  /** The backup file, as an absolute path. */
  file: string;
  accounts: number;
  walks: number;
  bytes: number;
}

export interface RestoreResult extends BackupResult {
  /** Where the database that was replaced is kept; undefined when there was none. */
  keptAs: string | undefined;
  /** Migrations the backup lacks, which the server applies when it starts. */
  pendingMigrations: string[];
}

export type Backup = (file: string) => Promise<BackupResult>;
export type Restore = (file: string) => Promise<RestoreResult>;

/** Loaded only for `migrate`, so a plan never waits for the database drivers. */
const migrateServerDatabase: Migrate = async () => {
  const { migrateConfiguredDatabase } = await import('@wandelcoach/server');
  return migrateConfiguredDatabase();
};

const backupServerDatabase: Backup = async (file) => {
  const { backupConfiguredDatabase } = await import('@wandelcoach/server');
  return backupConfiguredDatabase(file);
};

const restoreServerDatabase: Restore = async (file) => {
  const { restoreConfiguredDatabase } = await import('@wandelcoach/server');
  return restoreConfiguredDatabase(file);
};

const createServerPractice: CreatePractice = async (options) => {
  const { createConfiguredPractice } = await import('@wandelcoach/server');
  return createConfiguredPractice(options);
};

const resetServerSecondFactor: ResetSecondFactor = async (options) => {
  const { resetConfiguredSecondFactor } = await import('@wandelcoach/server');
  return resetConfiguredSecondFactor(options);
};

/**
 * Errors a person can act on, and their exit code: a setting or a file they can fix (2), or a
 * database that needs another version or a look (1). Anything else is unexpected.
 */
const EXPLAINED_ERRORS: Readonly<Record<string, number>> = {
  ConfigError: EXIT_BAD_INPUT,
  BackupError: EXIT_BAD_INPUT,
  PracticeCommandError: EXIT_BAD_INPUT,
  DatabaseNewerThanCodeError: EXIT_UNEXPECTED,
  MigrationFailedError: EXIT_UNEXPECTED,
};

/** Writes an explained error's one-line message and returns its exit code; rethrows any other. */
function explain(error: unknown, io: Io): number {
  const code = error instanceof Error ? EXPLAINED_ERRORS[error.name] : undefined;
  if (!(error instanceof Error) || code === undefined) throw error;
  io.stderr.write(`${oneLine(error)}\n`);
  return code;
}

async function migrate(io: Io): Promise<number> {
  let result: MigrateResult;
  try {
    result = await (io.migrate ?? migrateServerDatabase)();
  } catch (error) {
    return explain(error, io);
  }
  io.stdout.write(
    result.applied.length === 0
      ? `The database is up to date (${result.database}).\n`
      : `Applied ${result.applied.length} migration(s) to ${result.database}: ${result.applied.join(', ')}\n`,
  );
  return EXIT_OK;
}

/** `1.2 MB`, `340 kB`: sizes as a file manager shows them. */
function size(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} kB`;
}

function contents(result: BackupResult): string {
  return `${result.accounts} account(s), ${result.walks} walk(s), ${size(result.bytes)}`;
}

async function backup(file: string, io: Io): Promise<number> {
  let result: BackupResult;
  try {
    result = await (io.backup ?? backupServerDatabase)(file);
  } catch (error) {
    return explain(error, io);
  }
  io.stdout.write(`Backed up ${result.database} to ${result.file} (${contents(result)}).\n`);
  return EXIT_OK;
}

async function restore(file: string, io: Io): Promise<number> {
  let result: RestoreResult;
  try {
    result = await (io.restore ?? restoreServerDatabase)(file);
  } catch (error) {
    return explain(error, io);
  }
  const lines = [`Restored ${result.file} to ${result.database} (${contents(result)}).`];
  if (result.keptAs !== undefined) lines.push(`The database it replaced is kept as ${result.keptAs}.`);
  if (result.pendingMigrations.length > 0) {
    lines.push(
      `The server brings it up to date when it starts (migrations to apply: ${result.pendingMigrations.join(', ')}).`,
    );
  }
  lines.push('Start the server again to use it.');
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

/** `practice create`: the link goes to stdout, since without SMTP the person passes it on themselves. */
async function createPractice(options: PracticeOptions, io: Io): Promise<number> {
  let result: CreatePracticeResult;
  try {
    result = await (io.createPractice ?? createServerPractice)(options);
  } catch (error) {
    return explain(error, io);
  }
  const lines = [
    `Made the practice "${options.name}" in ${result.database}.`,
    `Its first admin, ${options.adminEmail}, joins with this link (it works once, for ${result.days} days):`,
    '',
    `  ${result.link}`,
    '',
    result.mailed
      ? `The link was also sent by mail to ${options.adminEmail}.`
      : `It was not mailed (no SMTP_URL set): give it to ${options.adminEmail} yourself, by a way you trust.`,
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

/** `practice reset-second-factor`: says what the person does next, and whether they were told. */
async function resetSecondFactor(options: SecondFactorResetOptions, io: Io): Promise<number> {
  let result: ResetSecondFactorResult;
  try {
    result = await (io.resetSecondFactor ?? resetServerSecondFactor)(options);
  } catch (error) {
    return explain(error, io);
  }
  const lines = [
    `Reset the authenticator app of ${options.email} in ${result.database}.`,
    'Their recovery codes no longer work and they are signed out everywhere.',
    'At their next sign-in, with their password, they set up the authenticator app again.',
    result.mailed
      ? `A mail told ${options.email} so.`
      : `It was not mailed (no SMTP_URL set): tell ${options.email} yourself.`,
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

export type BuildPlan = (input: PlanInput) => PlanOutput;

/** The first line of an error's message: a person needs what went wrong, not a stack trace. */
function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]?.trim() || 'unknown error';
}

async function plan(options: PlanOptions, io: Io, build: BuildPlan): Promise<number> {
  const intake = await readInput('intake', options.intake, io.stdin);
  const logs = options.logs === undefined ? undefined : await readInput('logs', options.logs, io.stdin);
  const prescription =
    options.prescription === undefined
      ? undefined
      : await readInput('prescription', options.prescription, io.stdin);
  if (!intake.ok || (logs !== undefined && !logs.ok) || (prescription !== undefined && !prescription.ok)) {
    // Every input is reported at once, so a person can fix them in one go.
    const messages = [intake, logs, prescription].flatMap((result) =>
      result !== undefined && !result.ok ? [result.message] : [],
    );
    io.stderr.write(`${messages.join('\n')}\n`);
    return EXIT_BAD_INPUT;
  }

  const today = options.today ?? io.today();
  let output: PlanOutput;
  try {
    output = build({
      intake: intake.value,
      logs: logs?.value,
      today,
      weeks: options.weeks,
      ...(prescription === undefined ? {} : { prescription: prescription.value }),
    });
  } catch (error) {
    if (!(error instanceof PlanInputError)) throw error;
    const lines = error.problems.map((problem) => `${problem.path}: ${problem.message}`);
    io.stderr.write(`${lines.length > 0 ? lines.join('\n') : oneLine(error)}\n`);
    return EXIT_BAD_INPUT;
  }

  // Rendered in full before writing, so a failure cannot leave half a plan on stdout.
  const text = options.json
    ? `${JSON.stringify(output, null, 2)}\n`
    : renderPlan(output, { locale: output.locale, today });
  io.stdout.write(text);
  return EXIT_OK;
}

/**
 * Runs `wandelcoach` with `argv` (without the node and script paths) and returns the exit code:
 * 0 when a plan or advice was printed, 2 for input a person can fix, 1 for anything else.
 */
export async function run(argv: readonly string[], io: Io, build: BuildPlan = buildPlan): Promise<number> {
  try {
    const parsed = parseCommandLine(argv);
    switch (parsed.command) {
      case 'help':
        io.stdout.write(HELP_TEXT);
        return EXIT_OK;
      case 'version':
        io.stdout.write(`${cliVersion()}\n`);
        return EXIT_OK;
      case 'usage-error':
        io.stderr.write(`${parsed.message}\n`);
        return EXIT_BAD_INPUT;
      case 'plan':
        return await plan(parsed.options, io, build);
      case 'migrate':
        return await migrate(io);
      case 'backup':
        return await backup(parsed.file, io);
      case 'restore':
        return await restore(parsed.file, io);
      case 'practice-create':
        return await createPractice(parsed.options, io);
      case 'practice-reset-second-factor':
        return await resetSecondFactor(parsed.options, io);
    }
  } catch (error) {
    io.stderr.write(`unexpected error: ${oneLine(error)}\n`);
    return EXIT_UNEXPECTED;
  }
}
