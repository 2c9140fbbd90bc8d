import { describe, expect, it } from 'vitest';
import { OUTBOX_VERSION, readOutboxRecord } from './records.js';

const stored = {
  version: OUTBOX_VERSION,
  seq: 1,
  owner: 'account-anna',
  queuedAt: '2026-11-18T08:45:00.000Z',
  state: 'waiting',
  kind: 'log',
  walk: {
    id: '0B0C4B7E-6B8A-4F62-9A51-3C1F3F1F2A10',
    date: '2026-11-18',
    kind: 'forward',
    minutes: 12,
    painDuring: 3,
  },
};

describe('an outbox record read back from the phone', () => {
  it('is checked with the server’s own request schema: its defaults and its id in lower case', () => {
    const read = readOutboxRecord(stored);
    expect(read).toMatchObject({
      ok: true,
      value: {
        walk: {
          id: '0b0c4b7e-6b8a-4f62-9a51-3c1f3f1f2a10',
          painNextMorning: null,
          dizziness: false,
          fall: false,
          newSymptoms: [],
        },
      },
    });
  });

  it('is refused when the walk is one the server would refuse, naming the field', () => {
    const read = readOutboxRecord({ ...stored, walk: { ...stored.walk, painDuring: 11 } });
    expect(read).toMatchObject({ ok: false, reason: 'invalid' });
    expect(read.ok ? [] : read.issues).toEqual([
      expect.stringMatching(/^walk\.painDuring: must be a whole number/),
    ]);
  });

  it('takes a change only with a field to change, as PATCH does', () => {
    const { walk, ...common } = stored;
    const change = { ...common, kind: 'change', walkId: walk.id, walkDate: walk.date };
    expect(readOutboxRecord({ ...change, changes: { painNextMorning: 2 } }).ok).toBe(true);
    expect(readOutboxRecord({ ...change, changes: {} }).ok).toBe(false);
  });
});
