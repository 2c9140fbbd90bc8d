/**
 * Opens the database the configuration names: an embedded SQLite file by default, PostgreSQL when
 * DATABASE_URL is set. Both sit behind the same Kysely interface.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  Kysely,
  PostgresDialect,
  sql,
  SqliteAdapter,
  SqliteDialect,
  type DialectAdapter,
  type SqliteDatabase as KyselySqliteDatabase,
} from 'kysely';
import pg from 'pg';
import type { DatabaseSettings } from '../config.js';
import type { Database } from './schema.js';

export type Dialect = DatabaseSettings['dialect'];

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  close(): Promise<void>;
}

/** Counts and sums come back as int8; they are small, so plain numbers are safe and simpler. */
const pgTypes = new pg.TypeOverrides();
pgTypes.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

/**
 * SQLite can roll back schema changes, but Kysely assumes it cannot and runs migrations outside a
 * transaction; a failed migration would then leave a half-made schema that blocks the next attempt.
 * (A migration that rebuilds a table must not need `PRAGMA foreign_keys`, which a transaction ignores.)
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class WandelcoachSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/**
 * better-sqlite3 with its statements kept: Kysely prepares every query anew, which costs as much as
 * running it. The SQL texts come from the code, so a small bounded cache covers them all. Safe because
 * Kysely's SQLite driver runs one query at a time on its connection.
 */
export function withStatementCache(sqlite: SqliteDatabase.Database, size = 256): KyselySqliteDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare: (text: string) => {
      let statement = statements.get(text);
      if (statement === undefined) {
        statement = sqlite.prepare(text);
        // Oldest out first: a Map keeps insertion order.
        if (statements.size >= size) statements.delete(statements.keys().next().value as string);
        statements.set(text, statement);
      }
      return statement;
    },
  };
}

function openSqlite(file: string): Kysely<Database> {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  // WAL lets readers work while a walk is written; NORMAL sync in WAL mode keeps every committed
  // write through a crash of this process (only a power cut can lose the last moments).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Deleted rows are overwritten with zeros, not left readable in free pages (erasure, docs/security.md).
  sqlite.pragma('secure_delete = ON');
  return new Kysely<Database>({
    dialect: new WandelcoachSqliteDialect({ database: withStatementCache(sqlite) }),
  });
}

function openPostgres(url: string, poolSize: number): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: pgTypes });
  // An idle connection that drops (a database restart) must not take the server down with it.
  pool.on('error', () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * After an erasure: SQLite copies the write-ahead log (which still holds the old pages) into the
 * database and empties it, so nothing deleted stays readable in either file. PostgreSQL's dead rows
 * are its VACUUM's to reclaim (docs/security.md).
 */
export async function flushErasure(db: Db): Promise<void> {
  if (db.dialect === 'sqlite') await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db.kysely);
}

export function openDatabase(settings: DatabaseSettings): Db {
  const kysely =
    settings.dialect === 'sqlite' ? openSqlite(settings.file) : openPostgres(settings.url, settings.poolSize);
  return { kysely, dialect: settings.dialect, close: () => kysely.destroy() };
}
