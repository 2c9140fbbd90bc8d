/** The few value types SQLite and PostgreSQL return differently, made one. */

/** `toISOString`'s own form (`2026-11-21T10:00:00.000Z`), as this app writes every timestamp. */
const CANONICAL_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function toIso(value: Date | string): string {
  if (value instanceof Date) return value.toISOString();
  // SQLite gives back the text written: already in the form asked for, so no Date is made (lists
  // read hundreds of these).
  return CANONICAL_ISO.test(value) ? value : new Date(value).toISOString();
}

export function toBoolean(value: boolean | number): boolean {
  return value === true || value === 1;
}

export function fromJson(value: unknown): unknown {
  return typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
}

/** A boolean as the column type each database expects: `boolean` on PostgreSQL, 0 or 1 on SQLite. */
export function fromBoolean(value: boolean, dialect: 'sqlite' | 'postgres'): boolean | number {
  return dialect === 'postgres' ? value : value ? 1 : 0;
}
