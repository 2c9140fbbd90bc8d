import { describe, expect, it } from 'vitest';
import type { Walk } from '../api/client.js';
import { todayInPlan } from '../test-support/today.js';
import type { OutboxRecord } from './records.js';
import { todayWithOutbox, walksWithOutbox } from './pending.js';

const QUEUED_AT = '2026-11-18T20:00:00.000Z';

function stored(id: string, date: string): Walk {
  return {
    id,
    date,
    kind: 'forward',
    minutes: 10,
    painDuring: 2,
    painNextMorning: null,
    dizziness: false,
    fall: false,
    newSymptoms: [],
    createdAt: QUEUED_AT,
    updatedAt: QUEUED_AT,
  };
}

function logged(
  seq: number,
  id: string,
  date: string,
  state: 'waiting' | 'refused' = 'waiting',
): OutboxRecord {
  const { createdAt: _c, updatedAt: _u, ...walk } = stored(id, date);
  return { version: 1, seq, owner: 'a', queuedAt: QUEUED_AT, state, kind: 'log', walk };
}

function changed(seq: number, walkId: string, painNextMorning: number): OutboxRecord {
  return {
    version: 1,
    seq,
    owner: 'a',
    queuedAt: QUEUED_AT,
    state: 'waiting',
    kind: 'change',
    walkId,
    walkDate: '2026-11-17',
    changes: { painNextMorning },
  };
}

describe('what the outbox holds, shown with the server’s answers', () => {
  it('counts a walk saved on the phone as walked today, once, and not a refused one or another day’s', () => {
    const today = todayInPlan({ date: '2026-11-18', walked: [] });
    const shown = todayWithOutbox(today, [
      logged(1, 'w1', '2026-11-18'),
      logged(2, 'w2', '2026-11-17'),
      logged(3, 'w3', '2026-11-18', 'refused'),
    ]);
    expect(shown.walked.map((walk) => walk.id)).toEqual(['w1']);
    // Sent meanwhile: the server's answer has it, and it still counts once.
    const sent = todayWithOutbox({ ...today, walked: [stored('w1', '2026-11-18')] }, [
      logged(1, 'w1', '2026-11-18'),
    ]);
    expect(sent.walked).toHaveLength(1);
  });

  it('applies next-morning answers saved on the phone, to stored walks and to walks still waiting', () => {
    const walks = walksWithOutbox(
      [stored('w1', '2026-11-17')],
      [logged(1, 'w2', '2026-11-17'), changed(2, 'w1', 3), changed(3, 'w2', 4)],
    );
    expect(walks.map((walk) => [walk.id, walk.painNextMorning])).toEqual([
      ['w1', 3],
      ['w2', 4],
    ]);
  });
});
