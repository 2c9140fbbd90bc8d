import type { ServerConfig } from '../config.js';
import type { Db } from '../db/database.js';
import { ownRecordsOnly } from './access.js';
import type { ServiceContext } from './context.js';

/** The services' context for production: the real clock and the own-records-only policy. */
export function createServiceContext(db: Db, config: ServerConfig): ServiceContext {
  return { db, config, now: () => new Date(), careTeam: ownRecordsOnly };
}
