import type { ServerConfig } from '../config.js';
import type { Db } from '../db/database.js';
import type { MailDelivery } from '../mail/delivery.js';
import type { CareTeamPolicy } from './access.js';
import type { AfterAnswer } from './after-answer.js';
import type { PracticeListCache } from './practice-list-cache.js';
import type { TodayCache } from './today-cache.js';

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
  /**
   * Today's answers, kept per data version (`today-cache.ts`); without it every request makes its
   * own. Each server process has its own: the version each request reads keeps them all current.
   */
  todayCache?: TodayCache;
  /**
   * The practices' patient lists, kept per list version (`practice-list-cache.ts`); without it every
   * request reads its own. Per server process, like `todayCache`.
   */
  practiceListCache?: PracticeListCache;
  /** Work after the answer (flags after a walk); without it, that work is done before answering. */
  afterAnswer?: AfterAnswer;
}
