/**
 * Where the programs the tests run are installed, and which system user runs them: PostgreSQL and
 * PgBouncer refuse to run as root, so as root they run as the postgres user.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** Where Debian puts daemons (haproxy, pgbouncer), and which an ordinary user's PATH often lacks. */
const SBIN_DIRS = ['/usr/sbin', '/usr/local/sbin', '/sbin'];

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

export function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The executable `command` in a folder on PATH, else in one of `moreDirs`. */
export function findOnPath(command: string, moreDirs: readonly string[] = []): string | undefined {
  const dirs = [...(process.env['PATH'] ?? '').split(delimiter).filter(Boolean), ...moreDirs];
  return dirs.map((dir) => join(dir, command)).find(isExecutable);
}

/** The executable `command` on PATH or in the sbin folders. */
export function findExecutable(command: string): string | undefined {
  return findOnPath(command, SBIN_DIRS);
}

/** The user and group ids of system user `user`; `program` is only for the message when there is none. */
export async function systemUserIds(user: string, program: string): Promise<{ uid: number; gid: number }> {
  try {
    const [uid, gid] = await Promise.all(
      ['-u', '-g'].map(async (flag) => Number((await execFileAsync('id', [flag, user])).stdout.trim())),
    );
    if (uid === undefined || gid === undefined || Number.isNaN(uid) || Number.isNaN(gid)) {
      throw new Error(`id gave no number for ${user}`);
    }
    return { uid, gid };
  } catch (error) {
    throw new Error(`running as root, but there is no "${user}" system user to run ${program} as`, {
      cause: error,
    });
  }
}
