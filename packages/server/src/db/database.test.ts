import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './database.js';

/** A real in-memory database that notes every SQL text it is asked to prepare. */
function countingDatabase(): { sqlite: SqliteDatabase.Database; prepared: string[] } {
  const sqlite = new SqliteDatabase(':memory:');
  const prepared: string[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = (text: string) => {
    prepared.push(text);
    return prepare(text);
  };
  return { sqlite, prepared };
}

describe('withStatementCache', () => {
  it('prepares each SQL text once and gives the same statement back', () => {
    const { sqlite, prepared } = countingDatabase();
    const cached = withStatementCache(sqlite);
    const first = cached.prepare('select 1 as one');
    expect(cached.prepare('select 1 as one')).toBe(first);
    expect(prepared).toEqual(['select 1 as one']);
    cached.close();
  });

  it('keeps at most its size, dropping the oldest', () => {
    const { sqlite, prepared } = countingDatabase();
    const cached = withStatementCache(sqlite, 2);
    for (const text of ['select 1', 'select 2', 'select 3', 'select 3', 'select 1']) cached.prepare(text);
    expect(prepared).toEqual(['select 1', 'select 2', 'select 3', 'select 1']);
    cached.close();
  });
});
