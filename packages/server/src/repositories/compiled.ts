/**
 * Queries on hot paths, compiled to SQL once per database kind and then run with new values. Building
 * and compiling a Kysely query costs about as much as running it on SQLite, and every request signs in
 * and most read today. Every value stays a parameter of an unnamed statement on PostgreSQL, which
 * PgBouncer's transaction pooling requires (docs/scaling.md).
 */
import { CompiledQuery, type Compilable, type QueryResult } from 'kysely';
import type { Executor } from './executor.js';

/** Stand-ins for the arguments while compiling; a real value never starts with a NUL. */
const ARG = '\u0000wandelcoach-argument:';

type Slot = { arg: number } | { value: unknown };

interface Compiled {
  sql: string;
  slots: Slot[];
}

export type CompiledRun<A extends unknown[], O> = (db: Executor, ...args: A) => Promise<QueryResult<O>>;

/**
 * `build` must pass each argument through as one parameter, unchanged (no JSON, no conversion): the
 * compiled SQL is checked to hold every argument once at least, else this throws at first use.
 */
export function compiledQuery<A extends unknown[], O>(
  build: (db: Executor, ...args: A) => Compilable<O>,
): CompiledRun<A, O> {
  // One per kind of database: the adapter's class says which (a transaction shares it).
  const byKind = new Map<unknown, Compiled>();
  const compile = (db: Executor, arity: number): Compiled => {
    const standIns = Array.from({ length: arity }, (_, i) => `${ARG}${i}`) as A;
    const query = build(db, ...standIns).compile();
    const slots = query.parameters.map((parameter): Slot => {
      if (typeof parameter === 'string' && parameter.startsWith(ARG)) {
        return { arg: Number(parameter.slice(ARG.length)) };
      }
      return { value: parameter };
    });
    for (let i = 0; i < arity; i++) {
      if (!slots.some((slot) => 'arg' in slot && slot.arg === i)) {
        throw new Error(`compiledQuery: argument ${i} did not reach the SQL as a parameter`);
      }
    }
    return { sql: query.sql, slots };
  };
  return async (db, ...args) => {
    const kind = db.getExecutor().adapter.constructor;
    let compiled = byKind.get(kind);
    if (compiled === undefined) {
      compiled = compile(db, args.length);
      byKind.set(kind, compiled);
    }
    const parameters = compiled.slots.map((slot) => ('arg' in slot ? args[slot.arg] : slot.value));
    return await db.executeQuery<O>(CompiledQuery.raw(compiled.sql, parameters));
  };
}
