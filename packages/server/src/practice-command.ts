/**
 * The server side of `wandelcoach practice create` and `practice reset-second-factor`: opens the
 * configured database as the server does (DATA_DIR or DATABASE_URL), brings it up to date, makes the
 * practice and its first admin's single-use link (or resets an account's second factor), and waits
 * for the mail to leave before letting go.
 */
import { pino } from 'pino';
import { loadConfig, type ServerConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { createLogger } from './http/logger.js';
import type { MailLocale } from './mail/messages.js';
import { createServiceContext } from './services/create-context.js';
import type { ServiceContext } from './services/context.js';
import {
  createPractice,
  MEMBER_INVITE_DAYS,
  resetSecondFactorByEmail,
} from './services/practices.service.js';
import { describeDatabase } from './start.js';

export interface CreatedPractice {
  /** Where it was stored, as {@link describeDatabase} says it. */
  database: string;
  practiceId: string;
  /** The single-use link for the first admin. */
  link: string;
  /** True when the link went to SMTP_URL's mail server; otherwise it was only written to the log. */
  mailed: boolean;
  /** How many days the link works. */
  days: number;
}

/** Input the operator can fix, in one line naming the option; the command line exits with 2. */
export class PracticeCommandError extends Error {
  override readonly name = 'PracticeCommandError';
}

/** Runs `work` on the configured database, brought up to date, and waits for its mails to leave. */
async function withConfiguredContext<T>(
  config: ServerConfig,
  work: (context: ServiceContext) => Promise<T>,
): Promise<T> {
  const db = openDatabase(config.database);
  try {
    await migrateToLatest(db);
    // On standard error: standard output is the command's answer, the link among it.
    const context = createServiceContext(db, config, createLogger(config.logLevel, pino.destination(2)));
    try {
      return await work(context);
    } finally {
      await context.mail.close();
    }
  } finally {
    await db.close();
  }
}

export async function createConfiguredPractice(
  input: { name: string; adminEmail: string; locale?: MailLocale | undefined },
  config: ServerConfig = loadConfig(),
): Promise<CreatedPractice> {
  return withConfiguredContext(config, async (context) => {
    const made = await createPractice(context, input);
    return { database: describeDatabase(config), days: MEMBER_INVITE_DAYS, ...made };
  });
}

export interface SecondFactorResetDone {
  /** Where it was done, as {@link describeDatabase} says it. */
  database: string;
  /** True when the account's owner was told by SMTP_URL's mail server; otherwise only in the log. */
  mailed: boolean;
}

/**
 * `wandelcoach practice reset-second-factor --email`: for the operator, when a practice's last admin
 * lost their phone and recovery codes. The account's factor and sessions go; its owner is mailed.
 */
export async function resetConfiguredSecondFactor(
  input: { email: string },
  config: ServerConfig = loadConfig(),
): Promise<SecondFactorResetDone> {
  return withConfiguredContext(config, async (context) => {
    const outcome = await resetSecondFactorByEmail(context, input.email);
    switch (outcome) {
      case 'no-account':
        throw new PracticeCommandError(`--email: no account has the address "${input.email}"`);
      case 'no-second-factor':
        throw new PracticeCommandError(
          `--email: ${input.email} has not set up the authenticator app; there is nothing to reset`,
        );
      case 'reset':
        return { database: describeDatabase(config), mailed: config.mail !== undefined };
    }
  });
}
