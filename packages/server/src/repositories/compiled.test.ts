import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/schema.js';
import { compiledQuery } from './compiled.js';
import type { Executor } from './executor.js';

let open: Kysely<Database>[] = [];

function database(): Executor {
  const sqlite = new SqliteDatabase(':memory:');
  sqlite.exec(`create table walk_tombstones (account_id text, id text, deleted_at text)`);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  open.push(db);
  return db;
}

afterEach(async () => {
  await Promise.all(open.map((db) => db.destroy()));
  open = [];
});

describe('compiledQuery', () => {
  it('builds the query once and runs it with each call’s values, keeping constants', async () => {
    const db = database();
    let builds = 0;
    const insert = compiledQuery((executor: Executor, accountId: string, id: string) => {
      builds++;
      return executor
        .insertInto('walk_tombstones')
        .values({ account_id: accountId, id, deleted_at: '2026-12-01T00:00:00.000Z' });
    });
    await insert(db, 'anna', 'w1');
    await insert(db, 'bram', 'w2');
    expect(builds).toBe(1);
    const rows = await db.selectFrom('walk_tombstones').selectAll().orderBy('id').execute();
    expect(rows).toEqual([
      { account_id: 'anna', id: 'w1', deleted_at: '2026-12-01T00:00:00.000Z' },
      { account_id: 'bram', id: 'w2', deleted_at: '2026-12-01T00:00:00.000Z' },
    ]);
  });

  it('works inside a transaction with the query compiled outside it', async () => {
    const db = database();
    const find = compiledQuery((executor: Executor, id: string) =>
      executor.selectFrom('walk_tombstones').select('account_id').where('id', '=', id),
    );
    await db
      .insertInto('walk_tombstones')
      .values({ account_id: 'anna', id: 'w1', deleted_at: 'x' })
      .execute();
    expect((await find(db, 'w1')).rows).toEqual([{ account_id: 'anna' }]);
    const inside = await db.transaction().execute(async (trx) => (await find(trx, 'w1')).rows);
    expect(inside).toEqual([{ account_id: 'anna' }]);
  });

  it('refuses a builder that does not pass an argument through as a parameter', async () => {
    const db = database();
    const changed = compiledQuery((executor: Executor, id: string) =>
      executor.selectFrom('walk_tombstones').select('id').where('id', '=', id.toUpperCase()),
    );
    await expect(changed(db, 'w1')).rejects.toThrow(/argument 0 did not reach the SQL/);
  });
});
