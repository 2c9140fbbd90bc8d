/**
 * A walk logged twice counts once (docs/clinical-rules.md §5, plan-contract.md "Logs"): walks that carry
 * the same `id` are one walk, and the later entry in the log wins (it is the newer correction). Walks
 * without an `id` are all counted: nothing says two of them are the same walk.
 */
import type { DayNumber } from '../dates.js';
import type { WalkLog } from '../schema.js';

export interface LogWithDays {
  logs: WalkLog[];
  /** `days[i]` is the day of `logs[i]`. */
  days: DayNumber[];
}

/**
 * The log with each `id` once, in the order of the entries kept.
 *
 * @example
 * withoutDuplicates([{ id: 'a', minutes: 5, … }, { id: 'a', minutes: 6, … }], [d, d]).logs; // the 6-minute walk
 */
export function withoutDuplicates(logs: readonly WalkLog[], days: readonly DayNumber[]): LogWithDays {
  const lastIndexOf = new Map<string, number>();
  for (let i = 0; i < logs.length; i++) {
    const id = logs[i]?.id;
    if (id !== undefined) lastIndexOf.set(id, i);
  }
  if (lastIndexOf.size === 0) return { logs: [...logs], days: [...days] };
  const kept: LogWithDays = { logs: [], days: [] };
  for (let i = 0; i < logs.length; i++) {
    const log = logs[i] as WalkLog;
    if (log.id !== undefined && lastIndexOf.get(log.id) !== i) continue;
    kept.logs.push(log);
    kept.days.push(days[i] ?? 0);
  }
  return kept;
}
