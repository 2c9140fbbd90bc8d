/**
 * The server side of `wandelcoach practice create`: opens the configured database as the server
 * does (DATA_DIR or DATABASE_URL), brings it up to date, makes the practice and its first admin's
 * single-use link, and waits for the mail to leave before letting go.
 */
import { pino } from 'pino';
import { loadConfig, type ServerConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { createLogger } from './http/logger.js';
import type { MailLocale } from './mail/messages.js';
import { createServiceContext } from './services/create-context.js';
import { createPractice, MEMBER_INVITE_DAYS } from './services/practices.service.js';
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

export async function createConfiguredPractice(
  input: { name: string; adminEmail: string; locale?: MailLocale | undefined },
  config: ServerConfig = loadConfig(),
): Promise<CreatedPractice> {
  const db = openDatabase(config.database);
  try {
    await migrateToLatest(db);
    // On standard error: standard output is the command's answer, the link among it.
    const context = createServiceContext(db, config, createLogger(config.logLevel, pino.destination(2)));
    try {
      const made = await createPractice(context, input);
      return { database: describeDatabase(config), days: MEMBER_INVITE_DAYS, ...made };
    } finally {
      await context.mail.close();
    }
  } finally {
    await db.close();
  }
}
