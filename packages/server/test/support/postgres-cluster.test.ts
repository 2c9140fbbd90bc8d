import { existsSync } from 'node:fs';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, dropTestDatabase, findPostgresBin, startCluster } from './postgres-cluster.js';

const bin = findPostgresBin();
const NO_POSTGRES = 'no initdb/pg_ctl found (install the "postgresql" package or set PG_BIN)';

async function query<Row extends pg.QueryResultRow>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function hasTable(url: string, table: string): Promise<boolean> {
  const [row] = await query<{ found: boolean }>(
    url,
    `select to_regclass('public.${table}') is not null as found`,
  );
  return row?.found === true;
}

describe('postgres test cluster', () => {
  if (!bin) {
    it.skip(`starts, isolates databases and cleans up: skipped, ${NO_POSTGRES}`, () => {});
    return;
  }

  it('starts, isolates databases and cleans up', { timeout: 120_000 }, async () => {
    const cluster = await startCluster(bin);
    try {
      expect(cluster.url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
      expect(existsSync(cluster.dir)).toBe(true);

      const first = await createTestDatabase(cluster.url);
      const second = await createTestDatabase(cluster.url, 'other');
      expect(first).not.toBe(second);
      expect(new URL(second).pathname).toMatch(/^\/other_[0-9a-f]{16}$/);

      for (const url of [first, second]) {
        expect(await query<{ one: number }>(url, 'select 1 as one')).toEqual([{ one: 1 }]);
      }

      await query(first, 'create table walks (id int primary key)');
      expect(await hasTable(first, 'walks')).toBe(true);
      expect(await hasTable(second, 'walks')).toBe(false);

      await dropTestDatabase(second);
      await expect(query(second, 'select 1')).rejects.toThrow(/does not exist/);
    } finally {
      await cluster.stop();
    }
    expect(existsSync(cluster.dir)).toBe(false);
    await cluster.stop(); // a second stop is harmless
  });

  it('refuses database names that would need quoting', async () => {
    await expect(createTestDatabase('postgres://postgres@127.0.0.1:1/postgres', 'Bad-Name')).rejects.toThrow(
      /not a test database name/,
    );
  });
});
