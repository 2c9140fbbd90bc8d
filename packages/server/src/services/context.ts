import type { ServerConfig } from '../config.js';
import type { Db } from '../db/database.js';
import type { CareTeamPolicy } from './access.js';

/** What every service needs: the database, the settings, a clock (tests set the time) and the access policy. */
export interface ServiceContext {
  db: Db;
  config: ServerConfig;
  now: () => Date;
  careTeam: CareTeamPolicy;
}
