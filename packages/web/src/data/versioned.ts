/**
 * Records kept in the browser carry a version. On read, an older version is brought up to date step by
 * step (each step a plain function from one version's shape to the next), then checked with a zod schema
 * (for walks the server's own), so the app never works on a cast: what it reads is what the schema says,
 * or it is reported as unreadable. Nothing here touches a browser API: it is tested as it is.
 */
import type { z } from 'zod';

/** One step up: from the record as version `n` wrote it to the shape of version `n + 1`. */
export type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

export interface VersionedFormat<S extends z.ZodType> {
  /** The version this app writes. */
  current: number;
  /** `migrations[n]` brings version `n` to `n + 1`; a version with no way up cannot be read. */
  migrations: Readonly<Record<number, Migration>>;
  /** The current version's shape, checked after migrating. */
  schema: S;
}

export type ReadResult<T> =
  | { ok: true; value: T; migrated: boolean }
  /** `newer`: written by a later version of the app (kept as it is for that version to read). */
  | { ok: false; reason: 'not-a-record' | 'unknown-version' | 'newer' | 'invalid'; issues: string[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a stored record of `format`: migrated from its version up to the current one, then checked.
 *
 * @example
 * readVersioned({ version: 1, minutes: 5 }, { current: 2, migrations: { 1: (r) => ({ ...r, version: 2, pain: null }) }, schema })
 * // { ok: true, value: { version: 2, minutes: 5, pain: null }, migrated: true }
 */
export function readVersioned<S extends z.ZodType>(
  stored: unknown,
  format: VersionedFormat<S>,
): ReadResult<z.output<S>> {
  if (!isRecord(stored)) return { ok: false, reason: 'not-a-record', issues: [] };
  const version = stored['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'unknown-version', issues: [] };
  }
  if (version > format.current) return { ok: false, reason: 'newer', issues: [] };
  let record = stored;
  for (let step = version; step < format.current; step++) {
    const migrate = format.migrations[step];
    if (migrate === undefined) return { ok: false, reason: 'unknown-version', issues: [] };
    record = migrate(record);
  }
  const checked = format.schema.safeParse(record);
  if (!checked.success) {
    return {
      ok: false,
      reason: 'invalid',
      issues: checked.error.issues.map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`),
    };
  }
  return { ok: true, value: checked.data, migrated: version !== format.current };
}
