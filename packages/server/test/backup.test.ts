/**
 * `wandelcoach backup FILE` and `wandelcoach restore FILE` on SQLite. The first test is the one a clinic
 * relies on: the built server runs as its own process and takes walks as fast as it can while the built
 * command makes a backup; the backup is restored (refused while the server runs, done once it has
 * stopped), and every walk answered 201 before the backup started is there again. The others check the
 * refusals: each names the field at fault in one line, and none leaves a half-written file behind.
 * Only 127.0.0.1 is ever contacted.
 */
import { createHash, randomUUID } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { MIGRATIONS } from '../src/db/migrations/index.js';
import { backupSqliteFile, BackupError, restoreSqliteFile } from '../src/db/sqlite-backup.js';
import { backupConfiguredDatabase, restoreConfiguredDatabase } from '../src/start.js';
import { expectAcknowledgedWalksStored, restartAndListWalks } from './support/acknowledged-walks.js';
import { ApiClient, walkBody } from './support/api-client.js';
import {
  assertBuilt,
  cleanUpProcesses,
  databaseFor,
  processEnv,
  runCli,
  scratchFolder,
  startServerOnFreshDatabase,
  stopServerProcess,
  type CliRun,
} from './support/built-processes.js';
import { walk } from './support/fixtures.js';
import { createTestServer, type TestServer } from './support/test-server.js';

const CONCURRENCY = 8;
/** Walks acknowledged before the backup starts, and after it has finished, for the test to mean something. */
const ACKS_BEFORE_BACKUP = 60;
const ACKS_AFTER_BACKUP = 30;
const LOAD_GIVE_UP_MS = 30_000;

afterEach(cleanUpProcesses);
afterAll(cleanUpProcesses);

interface Upload {
  id: string;
  startedAt: number;
  answeredAt?: number;
  status?: number;
}

/** Walk uploads kept going in the background until stopped; any answer but 201 is kept for the test. */
function keepUploading(client: ApiClient) {
  const uploads: Upload[] = [];
  const problems: string[] = [];
  let stopped = false;
  const isStopped = () => stopped;
  const worker = async () => {
    while (!isStopped()) {
      const upload: Upload = { id: randomUUID(), startedAt: performance.now() };
      uploads.push(upload);
      try {
        const response = await client.send('POST', '/me/walks', walkBody(upload.id, uploads.length));
        upload.status = response.status;
        upload.answeredAt = performance.now();
        const text = await response.text();
        if (response.status !== 201) problems.push(`${response.status} ${text.slice(0, 200)}`);
      } catch (error) {
        problems.push(String(error));
      }
    }
  };
  const workers = Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const acknowledged = (filter: (upload: Upload) => boolean = () => true) =>
    uploads.filter((upload) => upload.status === 201 && filter(upload));
  return {
    uploads,
    problems,
    acknowledged,
    /** Resolves once `count` walks matching `filter` are acknowledged; fails the test if that takes too long. */
    async until(count: number, filter?: (upload: Upload) => boolean): Promise<void> {
      const started = Date.now();
      while (acknowledged(filter).length < count) {
        if (problems.length > 0) throw new Error(`uploads failed: ${problems.slice(0, 3).join('; ')}`);
        if (Date.now() - started > LOAD_GIVE_UP_MS) throw new Error(`fewer than ${count} walks acknowledged`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async stop(): Promise<void> {
      stopped = true;
      await workers;
    },
  };
}

/** A refusal as the command line must give it: exit 2, nothing on stdout, one line naming the field. */
function expectRefusal(run: CliRun, field: RegExp): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(field);
  expect(run.stderr.trimEnd().split('\n'), 'one line').toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

/** Files left in a folder that a person would not expect: a half-written copy, or SQLite's side files of one. */
function leftovers(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.includes('.partial'));
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

describe('backup and restore through the command line, with the server running', () => {
  it(
    'a backup taken under write load holds every walk acknowledged before it started, and restores only once the server has stopped',
    { timeout: 120_000 },
    async () => {
      const { database, env, server } = await startServerOnFreshDatabase('sqlite', 'backup');
      const dataDir = database['DATA_DIR'] as string;
      const backupFile = path.join(scratchFolder('backups'), 'wandelcoach-2026-11-23.db');
      const email = `backed-up-${randomUUID()}@example.nl`;

      const writer = new ApiClient(server.url);
      await writer.signUp(email);
      const load = keepUploading(writer);
      await load.until(ACKS_BEFORE_BACKUP);

      const backupStarted = performance.now();
      const acknowledgedBeforeBackup = load.acknowledged().map((upload) => upload.id);
      const backup = await runCli(['backup', backupFile], env);
      const backupEnded = performance.now();
      // Walks whose upload began once the command had exited cannot be in the backup.
      await load.until(ACKS_AFTER_BACKUP, (upload) => upload.startedAt > backupEnded);
      await load.stop();
      expect(load.problems).toEqual([]);

      expect(backup.stderr).toBe('');
      expect(backup.code).toBe(0);
      expect(backup.stdout).toMatch(
        /^Backed up SQLite at .+wandelcoach\.db to .+wandelcoach-2026-11-23\.db \(1 account\(s\), \d+ walk\(s\), \d+/,
      );
      // The server kept taking walks while the backup ran.
      const answeredDuringBackup = load.acknowledged(
        (upload) => (upload.answeredAt ?? 0) > backupStarted && (upload.answeredAt ?? 0) < backupEnded,
      );
      expect(answeredDuringBackup.length).toBeGreaterThan(0);

      // While the server runs, a restore is refused, and the server's data stays as it was.
      expectRefusal(await runCli(['restore', backupFile], env), /^DATA_DIR: .*in use.*stop the server first/);
      const beforeRestore = new Set(await writer.walkIds());
      expect(load.acknowledged().filter((upload) => !beforeRestore.has(upload.id))).toEqual([]);

      expect(await stopServerProcess(server)).toEqual({ code: 0, signal: null });
      const restore = await runCli(['restore', backupFile], env);
      expect(restore.stderr).toBe('');
      expect(restore.code).toBe(0);
      expect(restore.stdout).toContain('Restored ');
      expect(restore.stdout).toMatch(
        /The database it replaced is kept as .+wandelcoach\.db\.before-restore-/,
      );

      const { server: again, stored } = await restartAndListWalks(env, email);
      const storedSet = expectAcknowledgedWalksStored(
        stored,
        { acknowledged: acknowledgedBeforeBackup, sent: load.uploads.map((upload) => upload.id) },
        `walks acknowledged before the backup started but missing after the restore (of ${acknowledgedBeforeBackup.length})`,
      );
      // It really is the backup: nothing uploaded after the backup is there.
      const afterBackup = load
        .acknowledged((upload) => upload.startedAt > backupEnded)
        .map((upload) => upload.id);
      expect(afterBackup.filter((id) => storedSet.has(id))).toEqual([]);
      expect(await stopServerProcess(again)).toEqual({ code: 0, signal: null });

      expect(leftovers(dataDir)).toEqual([]);
      expect(leftovers(path.dirname(backupFile))).toEqual([]);
      console.info(
        `[sqlite] ${acknowledgedBeforeBackup.length} acknowledged before the backup, ${answeredDuringBackup.length} during it, ` +
          `${afterBackup.length} after it; ${stored.length} restored`,
      );
    },
  );

  it(
    'refuses wrong use with exit 2 and one line naming the field, never a stack trace',
    { timeout: 60_000 },
    async () => {
      assertBuilt();
      const database = await databaseFor('sqlite', 'backup-usage');
      const env = processEnv(database);
      const folder = scratchFolder('backup-usage');

      expectRefusal(
        await runCli(['backup', path.join(folder, 'first.db')], env),
        /^DATA_DIR: there is no Wandelcoach database/,
      );
      expect((await runCli(['migrate'], env)).code).toBe(0);

      expectRefusal(await runCli(['backup'], env), /^missing FILE: /);
      expectRefusal(await runCli(['restore'], env), /^missing FILE: /);
      expectRefusal(await runCli(['backup', '-'], env), /^FILE: /);
      expectRefusal(
        await runCli(['backup', path.join(folder, 'no-such-folder', 'x.db')], env),
        /^FILE: cannot write .*the folder .*no-such-folder" does not exist/,
      );
      const notAFolder = path.join(folder, 'notes.txt');
      writeFileSync(notAFolder, 'walking notes\n');
      expectRefusal(await runCli(['backup', path.join(notAFolder, 'x.db')], env), /^FILE: cannot write /);
      expectRefusal(await runCli(['backup', notAFolder], env), /^FILE: .*already exists/);
      expect(readFileSync(notAFolder, 'utf8')).toBe('walking notes\n');

      expectRefusal(
        await runCli(['restore', notAFolder], env),
        /^FILE: .*not a Wandelcoach backup \(not an SQLite database\)/,
      );
      const otherSqlite = path.join(folder, 'other.db');
      new SqliteDatabase(otherSqlite).exec('CREATE TABLE notes (text TEXT)').close();
      expectRefusal(await runCli(['restore', otherSqlite], env), /^FILE: .*not a Wandelcoach backup/);
      expectRefusal(
        await runCli(['restore', path.join(folder, 'missing.db')], env),
        /^FILE: cannot read .*no such file/,
      );

      // PostgreSQL has its own tools; the command says which, and touches no database.
      const postgres = processEnv({ DATABASE_URL: 'postgres://wandelcoach@127.0.0.1:1/wandelcoach' });
      expectRefusal(
        await runCli(['backup', path.join(folder, 'pg.db')], postgres),
        /^DATABASE_URL: .*pg_dump/,
      );
      expectRefusal(await runCli(['restore', otherSqlite], postgres), /^DATABASE_URL: .*pg_restore/);

      expect(leftovers(folder)).toEqual([]);
    },
  );
});

describe('backup and restore of the SQLite file', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  /** A server with one person who logged three walks; its database file. */
  async function databaseInUse(): Promise<{ server: TestServer; file: string }> {
    server = await createTestServer('sqlite');
    const client = server.client();
    await client.signUp();
    for (let i = 0; i < 3; i++) expect((await client.post('/me/walks', walk())).status).toBe(201);
    const settings = server.context.config.database;
    if (settings.dialect !== 'sqlite') throw new Error('expected SQLite');
    return { server, file: settings.file };
  }

  async function backupOf(file: string): Promise<string> {
    const backupFile = path.join(scratchFolder('backup'), 'backup.db');
    await backupSqliteFile(file, backupFile);
    return backupFile;
  }

  function walksIn(file: string): number {
    const db = new SqliteDatabase(file, { readonly: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM walks').get() as { n: number }).n;
    } finally {
      db.close();
    }
  }

  it('copies a database in use into one file that stands alone, and restores it into an empty folder', async () => {
    const { file } = await databaseInUse();
    const backupFile = path.join(scratchFolder('backup'), 'backup.db');
    const summary = await backupSqliteFile(file, backupFile);
    expect(summary).toMatchObject({ file: backupFile, accounts: 1, walks: 3 });
    expect(summary.bytes).toBeGreaterThan(0);
    // No -wal file beside it: the backup is one file, safe to copy anywhere.
    expect(readdirSync(path.dirname(backupFile))).toEqual(['backup.db']);

    const target = path.join(scratchFolder('restore'), 'data', 'wandelcoach.db');
    const restored = await restoreSqliteFile(backupFile, target);
    expect(restored).toMatchObject({ accounts: 1, walks: 3, keptAs: undefined, pendingMigrations: [] });
    const db = openDatabase({ dialect: 'sqlite', file: target });
    try {
      expect(await migrateToLatest(db)).toEqual([]);
    } finally {
      await db.close();
    }
    expect(walksIn(target)).toBe(3);
  });

  it('refuses to restore over a database that is open, and leaves it as it was', async () => {
    const { server: running, file } = await databaseInUse();
    const backupFile = await backupOf(file);
    const client = running.client();
    await client.signUp();
    await client.post('/me/walks', walk());

    const attempt = restoreSqliteFile(backupFile, file);
    await expect(attempt).rejects.toThrow(BackupError);
    await expect(attempt).rejects.toThrow(/^DATA_DIR: the database at ".+" is in use/);
    expect((await client.get('/me/walks')).body.walks).toHaveLength(1);
    expect(walksIn(file)).toBe(4);
    expect(leftovers(path.dirname(file))).toEqual([]);
  });

  it('replaces a stopped database whole, keeping the old one beside it', async () => {
    const { server: running, file } = await databaseInUse();
    const backupFile = await backupOf(file);
    const target = path.join(scratchFolder('restore'), 'wandelcoach.db');
    copyFileSync(backupFile, target);
    await running.client().signUp();
    const newer = await backupOf(file);
    const oldContents = sha256(target);

    const restored = await restoreSqliteFile(newer, target, new Date('2026-11-23T10:15:00.123Z'));
    expect(restored.keptAs).toBe(`${target}.before-restore-2026-11-23T10-15-00Z`);
    expect(sha256(restored.keptAs ?? '')).toBe(oldContents);
    expect(restored.accounts).toBe(2);
    expect(readdirSync(path.dirname(target)).sort()).toEqual([
      'wandelcoach.db',
      'wandelcoach.db.before-restore-2026-11-23T10-15-00Z',
    ]);
  });

  it('refuses a backup made by a newer version, or a damaged one, and leaves the database as it was', async () => {
    const { file } = await databaseInUse();
    const backupFile = await backupOf(file);
    const target = path.join(scratchFolder('restore'), 'wandelcoach.db');
    copyFileSync(backupFile, target);
    const before = sha256(target);

    const fromTheFuture = path.join(path.dirname(backupFile), 'future.db');
    copyFileSync(backupFile, fromTheFuture);
    const future = new SqliteDatabase(fromTheFuture);
    future
      .prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-from-the-future', 'x')")
      .run();
    future.close();
    await expect(restoreSqliteFile(fromTheFuture, target)).rejects.toThrow(
      /^FILE: ".+future\.db" was made by a newer version of Wandelcoach \(migrations this version does not know: 9999-from-the-future\)/,
    );

    const damaged = path.join(path.dirname(backupFile), 'damaged.db');
    copyFileSync(backupFile, damaged);
    truncateSync(damaged, Math.floor(readFileSync(damaged).length / 2));
    await expect(restoreSqliteFile(damaged, target)).rejects.toThrow(/^FILE: /);

    expect(sha256(target)).toBe(before);
    expect(readdirSync(path.dirname(target))).toEqual(['wandelcoach.db']);
  });

  it('refuses to restore beside a write-ahead log left over from a removed database', async () => {
    const { file } = await databaseInUse();
    const backupFile = await backupOf(file);
    const folder = scratchFolder('restore');
    writeFileSync(path.join(folder, 'wandelcoach.db-wal'), 'frames of a database that is gone');
    await expect(restoreSqliteFile(backupFile, path.join(folder, 'wandelcoach.db'))).rejects.toThrow(
      /^DATA_DIR: ".+wandelcoach\.db-wal" is left over from a database that is no longer there/,
    );
    expect(readdirSync(folder)).toEqual(['wandelcoach.db-wal']);
  });

  it('restores a backup from an older version, which the server brings up to date when it starts', async () => {
    const folder = scratchFolder('old-version');
    const [first] = Object.keys(MIGRATIONS);
    if (first === undefined) throw new Error('no migrations');
    const old = openDatabase({ dialect: 'sqlite', file: path.join(folder, 'old.db') });
    await migrateToLatest(old, { migrations: { [first]: MIGRATIONS[first] as (typeof MIGRATIONS)[string] } });
    await old.close();

    const restored = await restoreSqliteFile(
      path.join(folder, 'old.db'),
      path.join(folder, 'data', 'wandelcoach.db'),
    );
    expect(restored.pendingMigrations).toEqual(Object.keys(MIGRATIONS).slice(1));
  });

  it('never overwrites a file with a backup, nor backs a database up onto itself', async () => {
    const { file } = await databaseInUse();
    const existing = path.join(scratchFolder('backup'), 'existing.db');
    writeFileSync(existing, 'keep me');
    await expect(backupSqliteFile(file, existing)).rejects.toThrow(/^FILE: ".+existing\.db" already exists/);
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
    await expect(backupSqliteFile(file, file)).rejects.toThrow(/^FILE: /);
    await expect(restoreSqliteFile(file, file)).rejects.toThrow(/^FILE: .+is the database itself/);
  });

  it('sends PostgreSQL installations to pg_dump and pg_restore, without touching the database', async () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://wandelcoach@127.0.0.1:1/wandelcoach' });
    await expect(backupConfiguredDatabase('x.db', config)).rejects.toThrow(/^DATABASE_URL: .*pg_dump/);
    await expect(restoreConfiguredDatabase('x.db', config)).rejects.toThrow(/^DATABASE_URL: .*pg_restore/);
  });
});
