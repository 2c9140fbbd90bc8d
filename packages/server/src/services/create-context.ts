import type { Logger } from 'pino';
import type { ServerConfig } from '../config.js';
import type { Db } from '../db/database.js';
import { MailDelivery } from '../mail/delivery.js';
import { logMailer, smtpMailer } from '../mail/mailer.js';
import { describeError } from '../http/middleware/request-log.js';
import { careLinks } from './access.js';
import { AfterAnswer } from './after-answer.js';
import { PracticeListCache } from './practice-list-cache.js';
import { TodayCache } from './today-cache.js';
import type { ServiceContext } from './context.js';

/**
 * The services' context for production: the real clock, the care-link policy, errors of work after
 * an answer into the log, and mail through
 * SMTP when it is configured (else into the log). `appUrl` is where links in mails point: PUBLIC_URL,
 * or the address the server listens on, known once it does.
 */
export function createServiceContext(
  db: Db,
  config: ServerConfig,
  logger: Logger,
  appUrl: () => string = () => config.publicUrl ?? `http://${config.host}:${config.port}`,
): ServiceContext {
  const mailer = config.mail === undefined ? logMailer(logger) : smtpMailer(config.mail);
  // By kind and place only, as housekeeping logs: a database error's message can quote rows.
  const reportError = (error: unknown) => {
    logger.error({ error: describeError(error) }, 'flags could not be kept');
  };
  return {
    db,
    config,
    now: () => new Date(),
    careTeam: careLinks,
    mail: new MailDelivery(mailer, logger, appUrl),
    reportError,
    todayCache: new TodayCache(),
    practiceListCache: new PracticeListCache(),
    afterAnswer: new AfterAnswer(reportError),
  };
}
