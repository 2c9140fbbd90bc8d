/**
 * What the outbox holds, shown as if it had been sent: a walk saved on the phone counts as walked at
 * once, and a next-morning answer saved on the phone is not asked again. Refused records are not
 * counted (the server does not have them); the outbox notice says what to do about them.
 */
import type { Today, Walk } from '../api/client.js';
import type { OutboxRecord, QueuedChanges, QueuedWalk } from './records.js';

function asWalk(walk: QueuedWalk, queuedAt: string): Walk {
  return { ...walk, createdAt: queuedAt, updatedAt: queuedAt };
}

/** The walks that wait to be sent (not refused), as walks, with the changes waiting for them. */
export function waitingWalks(records: readonly OutboxRecord[]): Walk[] {
  const walks = records.flatMap((record) =>
    record.kind === 'log' && record.state === 'waiting' ? [asWalk(record.walk, record.queuedAt)] : [],
  );
  return withWaitingChanges(walks, records);
}

/** A field left out of a change stays as it was; `null` is a value (no morning pain given). */
function applied(walk: Walk, changes: QueuedChanges): Walk {
  return {
    ...walk,
    minutes: changes.minutes ?? walk.minutes,
    painDuring: changes.painDuring ?? walk.painDuring,
    painNextMorning: changes.painNextMorning === undefined ? walk.painNextMorning : changes.painNextMorning,
    dizziness: changes.dizziness ?? walk.dizziness,
    fall: changes.fall ?? walk.fall,
    newSymptoms: changes.newSymptoms ?? walk.newSymptoms,
  };
}

/** `walks` with the changes the outbox still holds for them applied, in the order they were made. */
export function withWaitingChanges(walks: readonly Walk[], records: readonly OutboxRecord[]): Walk[] {
  return walks.map((walk) => {
    let changed = walk;
    for (const record of records) {
      if (record.kind === 'change' && record.state === 'waiting' && record.walkId === walk.id) {
        changed = applied(changed, record.changes);
      }
    }
    return changed;
  });
}

/** The server's walks and the outbox's together: each walk once (the server's, once it has it). */
export function walksWithOutbox(walks: readonly Walk[], records: readonly OutboxRecord[]): Walk[] {
  const known = new Set(walks.map((walk) => walk.id));
  const waiting = waitingWalks(records).filter((walk) => !known.has(walk.id));
  return [...withWaitingChanges(walks, records), ...waiting].sort((a, b) => a.date.localeCompare(b.date));
}

/** Today with the walks saved on the phone for its date counted as walked. */
export function todayWithOutbox(today: Today, records: readonly OutboxRecord[]): Today {
  const walked = walksWithOutbox(
    today.walked,
    records.filter((record) => record.kind === 'change' || record.walk.date === today.date),
  );
  return { ...today, walked };
}
