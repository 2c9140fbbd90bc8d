import type { ServerConfig } from '../config.js';
import type { Db } from '../db/database.js';
import type { MailDelivery } from '../mail/delivery.js';
import type { CareTeamPolicy } from './access.js';

/**
 * What every service needs: the database, the settings, a clock (tests set the time), the access
 * policy, and the way mails go out (with the address their links start with).
 */
export interface ServiceContext {
  db: Db;
  config: ServerConfig;
  now: () => Date;
  careTeam: CareTeamPolicy;
  mail: MailDelivery;
  /** Errors of work done after an answer is settled (flags after a walk), for the log. */
  reportError?: (error: unknown) => void;
}
