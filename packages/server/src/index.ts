/** @wandelcoach/server: the HTTP API over SQLite or PostgreSQL. */
export { ConfigError, loadConfig, type ServerConfig } from './config.js';
export { openDatabase, type Db } from './db/database.js';
export { appliedMigrations, DatabaseNewerThanCodeError, migrateToLatest } from './db/migrate.js';
export { MIGRATIONS } from './db/migrations/index.js';
export { createApp } from './http/app.js';
export { createLogger } from './http/logger.js';
export { createServiceContext } from './services/create-context.js';
/** For the benchmark's seeded practice: flags and weekly minutes as housekeeping keeps them. */
export { refreshAllFlags } from './services/flags.service.js';
export {
  backupConfiguredDatabase,
  describeDatabase,
  main,
  migrateConfiguredDatabase,
  restoreConfiguredDatabase,
  startServer,
  type BackupResult,
  type RestoreResult,
  type RunningServer,
  type StopOptions,
} from './start.js';
export { BackupError } from './db/sqlite-backup.js';
export {
  createConfiguredPractice,
  PracticeCommandError,
  resetConfiguredSecondFactor,
  type CreatedPractice,
  type SecondFactorResetDone,
} from './practice-command.js';
