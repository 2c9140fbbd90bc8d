/**
 * Brings a database up to this code's schema, and refuses one that a newer version of Wandelcoach
 * has already moved on: running old code on it could write rows the new schema does not expect.
 */
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Db, Dialect } from './database.js';
import { MIGRATIONS, type VersionedMigration } from './migrations/index.js';

export const MIGRATION_TABLE = 'kysely_migration';
export const MIGRATION_LOCK_TABLE = 'kysely_migration_lock';

export class DatabaseNewerThanCodeError extends Error {
  override readonly name = 'DatabaseNewerThanCodeError';
  constructor(readonly unknownMigrations: readonly string[]) {
    super(
      `The database has been updated by a newer version of Wandelcoach (migrations this version does not know: ${unknownMigrations.join(', ')}). Start the newer version, or restore a backup made for this one.`,
    );
  }
}

export class MigrationFailedError extends Error {
  override readonly name = 'MigrationFailedError';
}

function provider(
  dialect: Dialect,
  migrations: Readonly<Record<string, VersionedMigration>>,
): MigrationProvider {
  return {
    getMigrations: () =>
      Promise.resolve(
        Object.fromEntries(
          Object.entries(migrations).map(([name, migration]): [string, Migration] => [
            name,
            { up: (db) => migration.up(db, dialect) },
          ]),
        ),
      ),
  };
}

/** The names of migrations already applied to this database, oldest first. */
export async function appliedMigrations(kysely: Kysely<unknown>): Promise<string[]> {
  // Kysely hides its own tables from introspection unless asked.
  const tables = await kysely.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((table) => table.name === MIGRATION_TABLE)) return [];
  const rows = await (kysely as Kysely<Record<typeof MIGRATION_TABLE, { name: string }>>)
    .selectFrom(MIGRATION_TABLE)
    .select('name')
    .orderBy('name')
    .execute();
  return rows.map((row) => row.name);
}

export interface MigrateOptions {
  /** The history to apply; the real one unless a test says otherwise. */
  migrations?: Readonly<Record<string, VersionedMigration>>;
}

/**
 * Applies every pending migration, all in one transaction (on both databases: see `database.ts`), so a
 * failing migration leaves the schema as it was; returns the names applied.
 * Throws {@link DatabaseNewerThanCodeError} when the database knows migrations this code does not.
 */
export async function migrateToLatest(db: Db, options: MigrateOptions = {}): Promise<string[]> {
  const migrations = options.migrations ?? MIGRATIONS;
  const kysely = db.kysely as unknown as Kysely<unknown>;
  const unknown = (await appliedMigrations(kysely)).filter((name) => !Object.hasOwn(migrations, name));
  if (unknown.length > 0) throw new DatabaseNewerThanCodeError(unknown);

  const migrator = new Migrator({
    db: kysely,
    provider: provider(db.dialect, migrations),
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationFailedError(
      `Migration ${failed} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
    );
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
