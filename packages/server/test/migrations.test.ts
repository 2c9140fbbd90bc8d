/**
 * The migration history on both databases: it builds the schema from nothing, is idempotent, gives
 * walks and cascades the keys the services rely on, refuses a database a newer version has moved
 * on, and reports a broken migration by name.
 */
import { randomUUID } from 'node:crypto';
import { getActiveResourcesInfo } from 'node:process';
import type { WalkLog } from '@wandelcoach/engine';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import type { Db, Dialect } from '../src/db/database.js';
import {
  appliedMigrations,
  DatabaseNewerThanCodeError,
  MIGRATION_TABLE,
  MigrationFailedError,
  migrateToLatest,
} from '../src/db/migrate.js';
import { MIGRATIONS, type VersionedMigration } from '../src/db/migrations/index.js';
import type { NewWalkRow } from '../src/db/schema.js';
import { fromJson } from '../src/db/values.js';
import { insertAccount } from '../src/repositories/accounts.repository.js';
import { saveIntake } from '../src/repositories/intakes.repository.js';
import { insertSession } from '../src/repositories/sessions.repository.js';
import { insertWalkIfNew, listWalks, walkRow } from '../src/repositories/walks.repository.js';
import { startServer } from '../src/start.js';
import { dialectAvailable, freshDatabase, testDialects, type FreshDatabase } from './support/test-server.js';

const TABLES = ['accounts', 'audit_log', 'intakes', 'rate_limits', 'sessions', 'walks'];
const NOW = '2026-11-21T10:00:00.000Z';
const FUTURE_MIGRATION = '9999-from-the-future';
const BROKEN_MIGRATION = '9000-broken';

const WALK: WalkLog = {
  date: '2026-11-20',
  kind: 'forward',
  minutes: 20,
  painDuring: 3,
  painNextMorning: null,
  dizziness: false,
  fall: false,
  newSymptoms: [],
};

/** The migration table is Kysely's, not ours, so the app's Database type does not know it. */
type MigrationTable = Record<typeof MIGRATION_TABLE, { name: string; timestamp: string }>;

/** Read straight from Kysely's table, so these checks do not lean on the code under test. */
async function recordedMigrations(db: Db): Promise<string[]> {
  const rows = await (db.kysely as unknown as Kysely<MigrationTable>)
    .selectFrom(MIGRATION_TABLE)
    .select('name')
    .orderBy('name')
    .execute();
  return rows.map((row) => row.name);
}

async function tableNames(db: Db): Promise<string[]> {
  const tables = await db.kysely.introspection.getTables();
  return tables.map((table) => table.name).sort();
}

async function addAccount(db: Db): Promise<string> {
  const id = randomUUID();
  await insertAccount(db.kysely, {
    id,
    email: `walker-${id}@example.nl`,
    password_hash: 'not-a-real-hash',
    role: 'patient',
    locale: 'nl',
    time_zone: 'Europe/Amsterdam',
    created_at: NOW,
    updated_at: NOW,
  });
  return id;
}

/** A walk row as the database itself takes it: booleans as 0/1 on SQLite, true/false on PostgreSQL. */
function nativeWalkRow(dialect: Dialect, accountId: string, id: string): NewWalkRow {
  // Without the supervision reason (migration 0012): the row must fit the tables of the migrations
  // these tests stop before, and the column's default fills it in afterwards.
  const { supervision_reason: _reason, ...row } = walkRow(accountId, id, WALK, 'hash', NOW);
  return dialect === 'postgres' ? { ...row, dizziness: false, fall: false } : row;
}

async function countRows(
  db: Db,
  table: 'sessions' | 'intakes' | 'walks',
  accountId: string,
): Promise<number> {
  const row = await db.kysely
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('account_id', '=', accountId)
    .executeTakeFirstOrThrow();
  // Kysely types countAll as a number; SQLite and our PostgreSQL int8 parser both deliver one.
  return row.count;
}

/** Listening sockets of this worker: a server that failed to start must not have left one open. */
function listeningSockets(): number {
  return getActiveResourcesInfo().filter((resource) => resource === 'TCPServerWrap').length;
}

/** Creates a table, then fails: shows whether a failed migration's half-done work is rolled back. */
const brokenMigration: VersionedMigration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createTable('half_made').addColumn('id', 'integer').execute();
    throw new Error('deliberately broken');
  },
};

for (const dialect of testDialects()) {
  describe.skipIf(!dialectAvailable(dialect))(`migrations [${dialect}]`, () => {
    let fresh: FreshDatabase;
    const db = () => fresh.db;

    beforeEach(async () => {
      fresh = await freshDatabase(dialect);
    });
    afterEach(async () => {
      await fresh.remove();
    });

    it('builds the whole schema from an empty database, and a second run applies nothing', async () => {
      expect(await tableNames(db())).toEqual([]);
      expect(await migrateToLatest(db())).toEqual(Object.keys(MIGRATIONS));
      expect(await tableNames(db())).toEqual(expect.arrayContaining(TABLES));
      expect(await recordedMigrations(db())).toEqual(Object.keys(MIGRATIONS));

      expect(await migrateToLatest(db())).toEqual([]);
    });

    it('counts accounts made before mailed links as confirmed: they were signed in at sign-up', async () => {
      const before = Object.fromEntries(
        Object.entries(MIGRATIONS).filter(([name]) => name < '0003-email-links'),
      );
      await migrateToLatest(db(), { migrations: before });
      const id = await addAccount(db());
      expect(await migrateToLatest(db())).toContain('0003-email-links');
      const row = await db()
        .kysely.selectFrom('accounts')
        .select(['created_at', 'email_confirmed_at'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row.email_confirmed_at).not.toBeNull();
      expect(new Date(row.email_confirmed_at ?? 0).toISOString()).toBe(NOW);
    });

    it('0009 raises the data version on every write of an intake, walk or prescription item, and refuses a deleted walk', async () => {
      const before = Object.fromEntries(
        Object.entries(MIGRATIONS).filter(([name]) => name < '0009-plan-version'),
      );
      await migrateToLatest(db(), { migrations: before });
      const [anna, bram] = [await addAccount(db()), await addAccount(db())];
      expect(await migrateToLatest(db())).toContain('0009-plan-version');
      const k = db().kysely;
      const version = async (id: string) => {
        const row = await k
          .selectFrom('accounts')
          .select('plan_version')
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        return row.plan_version;
      };
      expect(await version(anna)).toBe(0);
      const raises = async (what: string, write: () => Promise<unknown>) => {
        const was = await version(anna);
        await write();
        expect({ what, raised: (await version(anna)) > was }).toEqual({ what, raised: true });
      };
      const walkId = randomUUID();
      await raises('intake saved', () => saveIntake(k, anna, { age: 52 }, NOW));
      await raises('intake changed', () => saveIntake(k, anna, { age: 53 }, NOW));
      await raises('walk stored', () =>
        k
          .insertInto('walks')
          .values(nativeWalkRow(dialect, anna, walkId))
          .execute(),
      );
      await raises('walk changed', () =>
        k.updateTable('walks').set({ minutes: 30 }).where('account_id', '=', anna).execute(),
      );
      await raises('walk deleted', () => k.deleteFrom('walks').where('account_id', '=', anna).execute());
      const item = {
        account_id: anna,
        id: randomUUID(),
        kind: 'change' as const,
        practice_id: randomUUID(),
        clinician_id: randomUUID(),
        item: JSON.stringify({ date: '2026-11-20' }),
        created_at: NOW,
      };
      await raises('prescription item', () => k.insertInto('prescription_items').values(item).execute());
      await raises('prescription item deleted', () =>
        k.deleteFrom('prescription_items').where('account_id', '=', anna).execute(),
      );
      await raises('intake deleted', () => k.deleteFrom('intakes').where('account_id', '=', anna).execute());
      expect(await version(bram)).toBe(0);

      await k
        .insertInto('walk_tombstones')
        .values({ account_id: anna, id: walkId, deleted_at: NOW })
        .execute();
      await expect(
        k
          .insertInto('walks')
          .values(nativeWalkRow(dialect, anna, walkId))
          .execute(),
      ).rejects.toThrow(/this walk was deleted/);
      // Another account may still use the id.
      await k
        .insertInto('walks')
        .values(nativeWalkRow(dialect, bram, walkId))
        .execute();
      expect(await version(bram)).toBe(1);
    });

    it('0011 summarises the weekly minutes and walks stored before it, for those who have any', async () => {
      const before = Object.fromEntries(
        Object.entries(MIGRATIONS).filter(([name]) => name < '0011-patient-summaries'),
      );
      await migrateToLatest(db(), { migrations: before });
      const [anna, bram] = [await addAccount(db()), await addAccount(db())];
      const k = db().kysely;
      const starts = [
        '2026-09-28',
        '2026-10-05',
        '2026-10-12',
        '2026-10-19',
        '2026-10-26',
        '2026-11-02',
        '2026-11-09',
        '2026-11-16',
      ];
      await k
        .insertInto('weekly_minutes')
        .values(
          starts.map((week_start, i) => ({
            account_id: anna,
            week_start,
            planned_minutes: 60 + i,
            walked_minutes: 40 + i,
            average_pain: i === 7 ? null : i + 0.5,
            updated_at: NOW,
          })),
        )
        .execute();
      await k
        .insertInto('walks')
        .values(nativeWalkRow(dialect, anna, randomUUID()))
        .execute();
      await k
        .insertInto('walks')
        .values({ ...nativeWalkRow(dialect, anna, randomUUID()), date: '2026-11-03' })
        .execute();
      expect(await migrateToLatest(db())).toContain('0011-patient-summaries');
      const rows = await k.selectFrom('patient_summaries').selectAll().execute();
      expect(rows.map((row) => ({ ...row, recent_weeks: fromJson(row.recent_weeks) }))).toEqual([
        {
          account_id: anna,
          // The latest six weeks, oldest first.
          recent_weeks: [
            ['2026-10-12', 62, 42, 2.5],
            ['2026-10-19', 63, 43, 3.5],
            ['2026-10-26', 64, 44, 4.5],
            ['2026-11-02', 65, 45, 5.5],
            ['2026-11-09', 66, 46, 6.5],
            ['2026-11-16', 67, 47, null],
          ],
          last_walk: '2026-11-20',
        },
      ]);
      expect(rows.map((row) => row.account_id)).not.toContain(bram);
    });

    it('0014 gives each flag to every practice with a running link, and keeps one open flag per practice and kind', async () => {
      const before = Object.fromEntries(
        Object.entries(MIGRATIONS).filter(([name]) => name < '0014-flags-per-practice'),
      );
      await migrateToLatest(db(), { migrations: before });
      const k = db().kysely;
      const [anna, bram, cor, clinician] = [
        await addAccount(db()),
        await addAccount(db()),
        await addAccount(db()),
        await addAccount(db()),
      ];
      const [north, south, west] = [randomUUID(), randomUUID(), randomUUID()];
      for (const id of [north, south, west]) {
        await k
          .insertInto('practices')
          .values({ id, name: `Praktijk ${id}`, created_at: NOW })
          .execute();
      }
      const link = (account: string, practice: string, endedAt: string | null) =>
        k
          .insertInto('care_links')
          .values({
            id: randomUUID(),
            account_id: account,
            practice_id: practice,
            clinician_id: null,
            patient_name: 'Anna de Vries',
            invite_code: randomUUID(),
            consent_version: 'care-team-2',
            consented_at: NOW,
            ended_at: endedAt,
          })
          .execute();
      // Anna: linked with north and south, and once with west (ended). Bram: ended only. Cor: none.
      await link(anna, north, null);
      await link(anna, south, null);
      await link(anna, west, NOW);
      await link(bram, north, NOW);
      // Written as the table was before 0014: without a practice.
      const flag = async (account: string, kind: string, handled: boolean) => {
        const id = randomUUID();
        const handledAt = handled ? NOW : null;
        const handledBy = handled ? clinician : null;
        await sql`insert into flags (account_id, id, kind, severity, state, raised_at, evidence, seen_by,
          seen_at, handled_by, handled_at, note)
          values (${account}, ${id}, ${kind}, 'urgent', ${handled ? 'handled' : 'new'}, ${NOW},
          ${JSON.stringify({ dates: ['2026-11-20'] })}, ${handledBy}, ${handledAt}, ${handledBy},
          ${handledAt}, ${handled ? 'Gebeld.' : null})`.execute(k);
        return id;
      };
      const annaFall = await flag(anna, 'fall', false);
      const annaHandled = await flag(anna, 'retro-dizziness', true);
      await flag(bram, 'fall', false);
      await flag(cor, 'fall', false);
      const versionBefore = await k.selectFrom('practices').select(['id', 'list_version']).execute();

      expect(await migrateToLatest(db())).toContain('0014-flags-per-practice');
      const rows = await k
        .selectFrom('flags')
        .select(['account_id', 'id', 'practice_id', 'kind', 'state', 'handled_by', 'note', 'evidence'])
        .execute();
      expect(
        rows.map((row) => `${row.practice_id === north ? 'north' : 'south'} ${row.kind} ${row.state}`).sort(),
      ).toEqual([
        'north fall new',
        'north retro-dizziness handled',
        'south fall new',
        'south retro-dizziness handled',
      ]);
      // Anna's only, each copy with its own new id; who handled it, the note and evidence kept.
      expect(rows.every((row) => row.account_id === anna)).toBe(true);
      const ids = rows.map((row) => row.id);
      expect(new Set(ids).size).toBe(4);
      expect(ids).not.toContain(annaFall);
      expect(ids).not.toContain(annaHandled);
      for (const id of ids)
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const handledRows = rows.filter((row) => row.state === 'handled');
      expect(handledRows.map((row) => [row.handled_by, row.note])).toEqual([
        [clinician, 'Gebeld.'],
        [clinician, 'Gebeld.'],
      ]);
      expect(fromJson(rows[0]?.evidence)).toEqual({ dates: ['2026-11-20'] });
      // Every kept list was made from the old table: each practice's version moved on.
      const versionAfter = await k.selectFrom('practices').select(['id', 'list_version']).execute();
      for (const { id, list_version } of versionBefore) {
        expect(versionAfter.find((row) => row.id === id)?.list_version).toBeGreaterThan(list_version);
      }

      // One open flag per patient, practice and kind: a second open fall for north is refused...
      const open = (practice: string) => ({
        account_id: anna,
        id: randomUUID(),
        practice_id: practice,
        kind: 'fall',
        severity: 'urgent' as const,
        state: 'new' as const,
        raised_at: NOW,
        evidence: '{}',
      });
      await expect(k.insertInto('flags').values(open(north)).execute()).rejects.toThrow(
        /UNIQUE constraint failed|duplicate key value/,
      );
      // ...while west, with no flag of its own yet, may have one; and a flag's change raises the
      // list version of its own practice only.
      const version = async (practice: string) =>
        (
          await k
            .selectFrom('practices')
            .select('list_version')
            .where('id', '=', practice)
            .executeTakeFirstOrThrow()
        ).list_version;
      const [northWas, southWas, westWas] = [await version(north), await version(south), await version(west)];
      await k.insertInto('flags').values(open(west)).execute();
      await k
        .updateTable('flags')
        .set({ state: 'seen' })
        .where('practice_id', '=', north)
        .where('kind', '=', 'fall')
        .execute();
      expect(await version(west)).toBe(westWas + 1);
      expect(await version(north)).toBe(northWas + 1);
      expect(await version(south)).toBe(southWas);
      // A practice that goes takes its flags with it.
      await k.deleteFrom('practices').where('id', '=', west).execute();
      expect(await k.selectFrom('flags').select('id').where('practice_id', '=', west).execute()).toEqual([]);
    });

    it('lists the applied migrations with appliedMigrations', async () => {
      expect(await appliedMigrations(db().kysely as unknown as Kysely<unknown>)).toEqual([]);
      await migrateToLatest(db());
      // Kysely's introspection hides its own migration tables unless asked for them, so this is
      // what tells us appliedMigrations (and with it the newer-database check) really looks.
      expect(await appliedMigrations(db().kysely as unknown as Kysely<unknown>)).toEqual(
        Object.keys(MIGRATIONS),
      );
    });

    it("keys walks by (account_id, id): two accounts may use the same walk id, one account can't twice", async () => {
      await migrateToLatest(db());
      const [anna, bram] = [await addAccount(db()), await addAccount(db())];
      const walkId = randomUUID();
      const postgres = dialect === 'postgres';

      expect(await insertWalkIfNew(db().kysely, walkRow(anna, walkId, WALK, 'hash', NOW), postgres)).toBe(
        true,
      );
      expect(await insertWalkIfNew(db().kysely, walkRow(bram, walkId, WALK, 'hash', NOW), postgres)).toBe(
        true,
      );
      // The repository's retry path sees the clash and stores nothing...
      expect(await insertWalkIfNew(db().kysely, walkRow(anna, walkId, WALK, 'hash', NOW), postgres)).toBe(
        false,
      );
      // ...and a plain insert shows it is the primary key, not the repository, that refuses it.
      await expect(
        db()
          .kysely.insertInto('walks')
          .values(nativeWalkRow(dialect, anna, walkId))
          .execute(),
      ).rejects.toThrow(/UNIQUE constraint failed|duplicate key value/);

      expect((await listWalks(db().kysely, anna)).map((walk) => walk.id)).toEqual([walkId]);
      expect((await listWalks(db().kysely, bram)).map((walk) => walk.id)).toEqual([walkId]);
    });

    it("deleting an account row takes its sessions, intake and walks with it, and nobody else's", async () => {
      await migrateToLatest(db());
      const [gone, kept] = [await addAccount(db()), await addAccount(db())];
      for (const accountId of [gone, kept]) {
        await insertSession(db().kysely, {
          tokenHash: `hash-${accountId}`,
          accountId,
          csrfToken: 'csrf',
          createdAt: NOW,
          expiresAt: '2026-12-21T10:00:00.000Z',
        });
        await saveIntake(db().kysely, accountId, { age: 52 }, NOW);
        await insertWalkIfNew(
          db().kysely,
          walkRow(accountId, randomUUID(), WALK, 'hash', NOW),
          dialect === 'postgres',
        );
      }

      // Straight at the table, not deleteAccount(): that one deletes the children itself, which
      // would hide a missing ON DELETE CASCADE (or SQLite running with foreign keys off).
      await db().kysely.deleteFrom('accounts').where('id', '=', gone).execute();

      for (const table of ['sessions', 'intakes', 'walks'] as const) {
        expect({ table, rows: await countRows(db(), table, gone) }).toEqual({ table, rows: 0 });
        expect({ table, rows: await countRows(db(), table, kept) }).toEqual({ table, rows: 1 });
      }
    });

    describe('a database a newer version has migrated', () => {
      beforeEach(async () => {
        await migrateToLatest(db());
        await (db().kysely as unknown as Kysely<MigrationTable>)
          .insertInto(MIGRATION_TABLE)
          .values({ name: FUTURE_MIGRATION, timestamp: new Date().toISOString() })
          .execute();
      });

      it('is refused by migrateToLatest, naming the migration it does not know', async () => {
        const attempt = migrateToLatest(db());
        await expect(attempt).rejects.toBeInstanceOf(DatabaseNewerThanCodeError);
        await expect(attempt).rejects.toThrow(FUTURE_MIGRATION);
        await expect(attempt).rejects.toMatchObject({ unknownMigrations: [FUTURE_MIGRATION] });
      });

      it('stops startServer before it listens', async () => {
        const listeningBefore = listeningSockets();
        const attempt = startServer({ ...loadConfig({}), port: 0, database: fresh.settings });
        await expect(attempt).rejects.toBeInstanceOf(DatabaseNewerThanCodeError);
        await expect(attempt).rejects.toThrow(FUTURE_MIGRATION);
        expect(listeningSockets()).toBe(listeningBefore);
        // Nothing was written on the way out: the database still holds exactly what it had.
        expect(await recordedMigrations(db())).toEqual([...Object.keys(MIGRATIONS), FUTURE_MIGRATION]);
      });
    });

    describe('a migration that fails', () => {
      const withBroken = { ...MIGRATIONS, [BROKEN_MIGRATION]: brokenMigration };

      it('is reported by name, with its error', async () => {
        const attempt = migrateToLatest(db(), { migrations: withBroken });
        await expect(attempt).rejects.toBeInstanceOf(MigrationFailedError);
        await expect(attempt).rejects.toThrow(`Migration ${BROKEN_MIGRATION} failed: deliberately broken`);
      });

      it('leaves nothing behind: every pending migration shares one transaction, on SQLite too', async () => {
        // Kysely runs the whole batch in one transaction where DDL is transactional (SQLite's is, once
        // database.ts says so), so the migrations before the broken one are rolled back with it.
        await expect(migrateToLatest(db(), { migrations: withBroken })).rejects.toBeInstanceOf(
          MigrationFailedError,
        );
        expect(await tableNames(db())).toEqual([]);
        expect(await recordedMigrations(db())).toEqual([]);

        // So once the broken migration is gone (fixed, or the older version is run), it starts clean.
        expect(await migrateToLatest(db())).toEqual(Object.keys(MIGRATIONS));
      });

      it('rolls back only the batch, not migrations applied before it', async () => {
        await migrateToLatest(db());
        await expect(migrateToLatest(db(), { migrations: withBroken })).rejects.toBeInstanceOf(
          MigrationFailedError,
        );
        expect(await tableNames(db())).not.toContain('half_made');
        expect(await recordedMigrations(db())).toEqual(Object.keys(MIGRATIONS));
      });
    });
  });
}
