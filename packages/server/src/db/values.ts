/** The few value types SQLite and PostgreSQL return differently, made one. */

export function toIso(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
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
