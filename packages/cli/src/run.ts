/**
 * The command as a function: arguments and streams in, exit code out. `main.ts` wires it to the
 * process; tests call it directly.
 */
import { buildPlan, PlanInputError, type PlanInput, type PlanOutput } from '@wandelcoach/engine';
import { parseCommandLine, type PlanOptions } from './args.js';
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
}

export interface MigrateResult {
  database: string;
  applied: string[];
}

export type Migrate = () => Promise<MigrateResult>;

/** Loaded only for `migrate`, so a plan never waits for the database drivers. */
const migrateServerDatabase: Migrate = async () => {
  const { migrateConfiguredDatabase } = await import('@wandelcoach/server');
  return migrateConfiguredDatabase();
};

/** Errors a person can act on: a setting, or a database from a newer version. */
const EXPLAINED_ERRORS = new Set(['ConfigError', 'DatabaseNewerThanCodeError', 'MigrationFailedError']);

async function migrate(io: Io): Promise<number> {
  let result: MigrateResult;
  try {
    result = await (io.migrate ?? migrateServerDatabase)();
  } catch (error) {
    if (!(error instanceof Error) || !EXPLAINED_ERRORS.has(error.name)) throw error;
    io.stderr.write(`${error.message}\n`);
    return error.name === 'ConfigError' ? EXIT_BAD_INPUT : EXIT_UNEXPECTED;
  }
  io.stdout.write(
    result.applied.length === 0
      ? `The database is up to date (${result.database}).\n`
      : `Applied ${result.applied.length} migration(s) to ${result.database}: ${result.applied.join(', ')}\n`,
  );
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
  if (!intake.ok || (logs !== undefined && !logs.ok)) {
    // Both inputs are reported at once, so a person can fix them in one go.
    const messages = [intake, logs].flatMap((result) =>
      result !== undefined && !result.ok ? [result.message] : [],
    );
    io.stderr.write(`${messages.join('\n')}\n`);
    return EXIT_BAD_INPUT;
  }

  const today = options.today ?? io.today();
  let output: PlanOutput;
  try {
    output = build({ intake: intake.value, logs: logs?.value, today, weeks: options.weeks });
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
    }
  } catch (error) {
    io.stderr.write(`unexpected error: ${oneLine(error)}\n`);
    return EXIT_UNEXPECTED;
  }
}
