/**
 * Backups of the SQLite database, and putting one back. A backup is taken while the server runs
 * (SQLite's online backup, one consistent moment); a restore only happens while no server has the
 * database open. Neither ever leaves a half-written file under the name a person or the server uses:
 * both write a `.partial` file beside the target, check it, and only then rename it into place.
 */
import { randomUUID } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { access, copyFile, link, lstat, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { MIGRATION_TABLE } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';

/**
 * Something the person running the command can put right: a missing or wrong file, a folder that
 * cannot be written, a server still running. `field` names what is at fault (`FILE`, `DATA_DIR`, …).
 */
export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

export interface BackupSummary {
  /** The backup file, as an absolute path. */
  file: string;
  accounts: number;
  walks: number;
  bytes: number;
}

export interface RestoreSummary extends BackupSummary {
  /** Where the database that was replaced now is; undefined when there was none. */
  keptAs: string | undefined;
  /** Migrations the backup lacks: the server applies them when it next starts. */
  pendingMigrations: string[];
}

/**
 * Pages per backup step. All of them: one step reads the whole database in one read transaction,
 * so the copy is one consistent moment. In smaller steps, every walk the server writes in between
 * would make SQLite start the copy again from the beginning, and under steady use it might never end.
 */
const ALL_PAGES = 0x7fffffff;

const SQLITE_HEADER = 'SQLite format 3\0';

/** The reason behind a file-system error, in words; the code is what a search engine finds. */
function reasonOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or folder',
    ENOTDIR: 'a part of the path is not a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the disk is read-only',
    ENOSPC: 'the disk is full',
    EISDIR: 'it is a folder',
  };
  const reason = reasons[code];
  if (reason !== undefined) return reason;
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  return code === '' ? message : `${code}: ${message}`;
}

/** The code of a file-system or SQLite error (`ENOENT`, `SQLITE_BUSY`), or "". */
function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/** The fsync that makes a finished file survive a power cut before it is given its real name. */
async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename survive a power cut; some file systems cannot sync a folder, and then it just waits. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The rename itself is still atomic; only its moment on disk is left to the system.
  }
}

/** A name beside `target` for a file still being written; clearly not the file itself. */
function partialNameFor(target: string): string {
  return `${target}.${randomUUID().slice(0, 8)}.partial`;
}

async function removePartial(file: string): Promise<void> {
  // A copy that failed halfway may have left SQLite's journal of it too.
  await Promise.all(
    ['', '-journal', '-wal', '-shm'].map((suffix) => rm(`${file}${suffix}`, { force: true })),
  );
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [first, second] = await Promise.all([stat(a), stat(b)]);
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false;
  }
}

function tableExists(db: SqliteDatabase.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** The migrations applied to a Wandelcoach database; undefined when it is not one. */
function migrationsOf(db: SqliteDatabase.Database): string[] | undefined {
  if (!tableExists(db, MIGRATION_TABLE)) return undefined;
  const rows = db.prepare(`SELECT name FROM ${MIGRATION_TABLE} ORDER BY name`).all() as { name: string }[];
  return rows.length === 0 ? undefined : rows.map((row) => row.name);
}

function count(db: SqliteDatabase.Database, table: 'accounts' | 'walks'): number {
  if (!tableExists(db, table)) return 0;
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** SQLite's own check of every page and index; "ok" or the first problems it found. */
function integrityProblem(db: SqliteDatabase.Database): string | undefined {
  const rows = db.pragma('quick_check(3)') as { quick_check: string }[];
  const found = rows.map((row) => row.quick_check).filter((text) => text !== 'ok');
  return found.length === 0 ? undefined : found.join('; ');
}

/**
 * Makes a freshly copied database file stand alone (no `-wal` file beside it; the copy inherits the
 * live database's WAL mode otherwise), checks it, and counts what it holds.
 */
function finishCopy(file: string, field: string): { accounts: number; walks: number } {
  const copy = new SqliteDatabase(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const problem = integrityProblem(copy);
    if (problem !== undefined) throw new BackupError(field, `the copy failed its check (${problem})`);
    if (migrationsOf(copy) === undefined) {
      throw new BackupError(field, 'the copy is not a Wandelcoach database');
    }
    return { accounts: count(copy, 'accounts'), walks: count(copy, 'walks') };
  } finally {
    copy.close();
  }
}

/**
 * Copies the live database at `databaseFile` to `backupFile` while the server may be writing to it.
 * The backup holds everything committed before it started (and possibly a little after); it never
 * overwrites an existing file.
 */
export async function backupSqliteFile(databaseFile: string, backupFile: string): Promise<BackupSummary> {
  const target = path.resolve(backupFile);
  if (await exists(target)) {
    if ((await stat(target).catch(() => undefined))?.isDirectory() === true) {
      throw new BackupError(
        'FILE',
        `"${backupFile}" is a folder; give a file name, such as ${path.join(backupFile, 'wandelcoach-backup.db')}`,
      );
    }
    throw new BackupError(
      'FILE',
      `"${backupFile}" already exists; a backup never overwrites a file, so choose a new name`,
    );
  }
  if (await sameFile(target, databaseFile)) {
    throw new BackupError('FILE', `"${backupFile}" is the database itself; choose another file`);
  }

  if (!(await exists(databaseFile))) {
    throw new BackupError(
      'DATA_DIR',
      `there is no Wandelcoach database at "${databaseFile}" (start the server once, or run "wandelcoach migrate")`,
    );
  }
  let source: SqliteDatabase.Database;
  try {
    // Read-only: a backup never changes the database a server is using.
    source = new SqliteDatabase(databaseFile, { readonly: true, fileMustExist: true, timeout: 5000 });
  } catch (error) {
    throw new BackupError('DATA_DIR', `cannot open the database at "${databaseFile}" (${reasonOf(error)})`);
  }
  try {
    let isWandelcoach: boolean;
    try {
      isWandelcoach = migrationsOf(source) !== undefined;
    } catch (error) {
      throw new BackupError('DATA_DIR', `cannot read the database at "${databaseFile}" (${reasonOf(error)})`);
    }
    if (!isWandelcoach) {
      throw new BackupError('DATA_DIR', `the database at "${databaseFile}" is not a Wandelcoach database`);
    }

    const partial = partialNameFor(target);
    try {
      // Made by us first, so an unwritable place is named before any copying starts.
      await (await open(partial, 'wx')).close();
    } catch (error) {
      throw new BackupError(
        'FILE',
        codeOf(error) === 'ENOENT'
          ? `cannot write "${backupFile}": the folder "${path.dirname(target)}" does not exist`
          : `cannot write "${backupFile}" (${reasonOf(error)})`,
      );
    }
    try {
      try {
        await source.backup(partial, { progress: () => ALL_PAGES });
      } catch (error) {
        throw new BackupError('FILE', `cannot write "${backupFile}" (${reasonOf(error)})`);
      }
      const counts = finishCopy(partial, 'FILE');
      await syncFile(partial);
      await rename(partial, target);
      await syncFolder(path.dirname(target));
      return { file: target, ...counts, bytes: (await stat(target)).size };
    } finally {
      await removePartial(partial);
    }
  } finally {
    source.close();
  }
}

/** Opens a backup to restore from, after checking it is a sound Wandelcoach database this version runs. */
async function openBackup(
  file: string,
  backupFile: string,
): Promise<{ db: SqliteDatabase.Database; migrations: string[] }> {
  let header: Buffer;
  try {
    await access(file, fsConstants.R_OK);
    const info = await stat(file);
    if (info.isDirectory()) throw new BackupError('FILE', `"${backupFile}" is a folder, not a backup file`);
    const handle = await open(file, 'r');
    try {
      header = Buffer.alloc(SQLITE_HEADER.length);
      await handle.read(header, 0, header.length, 0);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError('FILE', `cannot read "${backupFile}" (${reasonOf(error)})`);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new BackupError('FILE', `"${backupFile}" is not a Wandelcoach backup (not an SQLite database)`);
  }

  let db: SqliteDatabase.Database;
  try {
    db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError('FILE', `cannot open "${backupFile}" (${reasonOf(error)})`);
  }
  try {
    const problem = integrityProblem(db);
    if (problem !== undefined) throw new BackupError('FILE', `"${backupFile}" is damaged (${problem})`);
    const migrations = migrationsOf(db);
    if (migrations === undefined) {
      throw new BackupError(
        'FILE',
        `"${backupFile}" is not a Wandelcoach backup (an SQLite database without Wandelcoach's ${MIGRATION_TABLE} table)`,
      );
    }
    const unknown = migrations.filter((name) => !Object.hasOwn(MIGRATIONS, name));
    if (unknown.length > 0) {
      throw new BackupError(
        'FILE',
        `"${backupFile}" was made by a newer version of Wandelcoach (migrations this version does not know: ${unknown.join(', ')}); restore it with that version`,
      );
    }
    return { db, migrations };
  } catch (error) {
    db.close();
    if (error instanceof BackupError) throw error;
    throw new BackupError('FILE', `"${backupFile}" is not a Wandelcoach backup (${reasonOf(error)})`);
  }
}

/**
 * Takes the database for this process alone, or says who has it. A server keeps its connection open
 * in WAL mode; leaving WAL mode needs every other connection gone, so SQLite itself answers "busy"
 * while a server (or any other program) has the file open. The exclusive lock taken after that keeps
 * a server that starts meanwhile from reading the old file until the new one is in place.
 */
function takeUnusedDatabase(databaseFile: string): SqliteDatabase.Database {
  let db: SqliteDatabase.Database;
  try {
    db = new SqliteDatabase(databaseFile, { fileMustExist: true, timeout: 0 });
  } catch (error) {
    throw new BackupError('DATA_DIR', `cannot open the database at "${databaseFile}" (${reasonOf(error)})`);
  }
  try {
    // Also writes everything still in the `-wal` file into the database and removes it, so no old
    // `-wal` file is left for SQLite to apply to the restored database.
    db.pragma('journal_mode = DELETE');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    return db;
  } catch (error) {
    db.close();
    const code = codeOf(error);
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      throw new BackupError(
        'DATA_DIR',
        `the database at "${databaseFile}" is in use, most likely by a running Wandelcoach server: stop the server first (Ctrl+C where it runs, or SIGTERM, e.g. "systemctl stop wandelcoach"), then restore again`,
      );
    }
    throw new BackupError(
      'DATA_DIR',
      `cannot take over the database at "${databaseFile}" (${reasonOf(error)}); if it is damaged, move it away first, then restore again`,
    );
  }
}

/**
 * SQLite would apply a `-wal` or `-journal` file it finds beside the database to whatever database has
 * that name, so one left over from an old file would damage the restored one. With the old database
 * taken (`takeUnusedDatabase`) there are none; without one, they are left from a file someone removed.
 */
async function refuseLeftOverJournals(databaseFile: string): Promise<void> {
  for (const journal of [`${databaseFile}-wal`, `${databaseFile}-journal`]) {
    if (await exists(journal)) {
      throw new BackupError(
        'DATA_DIR',
        `"${journal}" is left over from a database that is no longer there; move it away first, then restore again`,
      );
    }
  }
}

/** `2026-11-23T10-15-00Z`: a time that sorts, and is a valid file name everywhere. */
function fileTime(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-');
}

/**
 * Puts the backup at `backupFile` in place of the database at `databaseFile`. Refuses while a server
 * uses the database; keeps the database it replaces beside it as `….before-restore-<time>`.
 */
export async function restoreSqliteFile(
  backupFile: string,
  databaseFile: string,
  now: Date = new Date(),
): Promise<RestoreSummary> {
  const source = path.resolve(backupFile);
  if (await sameFile(source, databaseFile)) {
    throw new BackupError('FILE', `"${backupFile}" is the database itself; give the backup to restore`);
  }
  const backup = await openBackup(source, backupFile);
  try {
    const folder = path.dirname(databaseFile);
    try {
      await mkdir(folder, { recursive: true });
    } catch (error) {
      throw new BackupError('DATA_DIR', `cannot create the folder "${folder}" (${reasonOf(error)})`);
    }
    const current = (await exists(databaseFile)) ? takeUnusedDatabase(databaseFile) : undefined;
    const partial = partialNameFor(databaseFile);
    try {
      await refuseLeftOverJournals(databaseFile);
      try {
        await backup.db.backup(partial, { progress: () => ALL_PAGES });
      } catch (error) {
        throw new BackupError('DATA_DIR', `cannot write in "${folder}" (${reasonOf(error)})`);
      }
      const counts = finishCopy(partial, 'FILE');
      await syncFile(partial);

      let keptAs: string | undefined;
      if (current !== undefined) {
        keptAs = `${databaseFile}.before-restore-${fileTime(now)}`;
        await keepOldDatabase(databaseFile, keptAs);
        // The new file takes the database's name in one step: there is never half a database there.
        await rename(partial, databaseFile);
      } else {
        // No database yet: link fails rather than replace one that a starting server just made.
        try {
          await link(partial, databaseFile);
        } catch (error) {
          throw new BackupError(
            'DATA_DIR',
            codeOf(error) === 'EEXIST'
              ? `a database appeared at "${databaseFile}" while restoring; is a server starting? Stop it, then restore again`
              : `cannot write "${databaseFile}" (${reasonOf(error)})`,
          );
        }
      }
      await syncFolder(folder);
      const pendingMigrations = Object.keys(MIGRATIONS).filter((name) => !backup.migrations.includes(name));
      return {
        file: source,
        ...counts,
        bytes: (await stat(databaseFile)).size,
        keptAs,
        pendingMigrations,
      };
    } finally {
      // Released only now: until the rename, the old file stays locked against a starting server.
      if (current !== undefined) {
        if (current.inTransaction) current.exec('ROLLBACK');
        current.close();
      }
      await removePartial(partial);
    }
  } finally {
    backup.db.close();
  }
}

/**
 * Keeps the database a restore replaces, under a second name: a hard link, so nothing is copied and
 * the file stays whole (this process holds its lock). A file system without hard links gets a copy.
 */
async function keepOldDatabase(databaseFile: string, keptAs: string): Promise<void> {
  try {
    await link(databaseFile, keptAs);
    return;
  } catch (error) {
    if (codeOf(error) === 'EEXIST') {
      throw new BackupError('DATA_DIR', `"${keptAs}" already exists; wait a second and restore again`);
    }
  }
  // Reading the file lets go of this process's lock on it (POSIX locks end with any descriptor of
  // the file); the rename follows at once, so a server would have to start in that very moment.
  try {
    await copyFile(databaseFile, keptAs, fsConstants.COPYFILE_EXCL);
    await syncFile(keptAs);
  } catch (error) {
    throw new BackupError('DATA_DIR', `cannot keep the old database as "${keptAs}" (${reasonOf(error)})`);
  }
}
