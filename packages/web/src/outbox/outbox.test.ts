import { describe, expect, it } from 'vitest';
import { memoryOutboxStore } from '../test-support/memory-outbox-store.js';
import { Outbox, outcomeOfStatus, type Lock, type SendOutcome, type Sender } from './outbox.js';
import type { OutboxRecord, QueuedWalk } from './records.js';

const ANNA = 'account-anna';

function walk(overrides: Partial<QueuedWalk> = {}): QueuedWalk {
  return {
    id: crypto.randomUUID(),
    date: '2026-11-18',
    kind: 'forward',
    minutes: 12,
    painDuring: 3,
    painNextMorning: null,
    dizziness: false,
    fall: false,
    newSymptoms: [],
    ...overrides,
  };
}

/** A server that answers each request with the next outcome given (then "stored"), and notes what it got. */
function server(...answers: SendOutcome[]): { sent: OutboxRecord[]; send: Sender } {
  const sent: OutboxRecord[] = [];
  return {
    sent,
    send: (record) => {
      sent.push(record);
      return Promise.resolve(answers.shift() ?? { outcome: 'stored' });
    },
  };
}

/** One at a time, as navigator.locks does across tabs. */
function mutex(): Lock {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

const refused422: Extract<SendOutcome, { outcome: 'refused' }> = {
  outcome: 'refused',
  problem: { status: 422, kind: 'invalid-input', errors: [{ path: 'date', message: 'is after today' }] },
};

describe('the outbox', () => {
  it('sends walks in the order they were written and forgets each once the server has it', async () => {
    const store = memoryOutboxStore();
    const { sent, send } = server();
    const outbox = new Outbox(store, send, mutex());
    const first = walk();
    const second = walk({ kind: 'retro', minutes: 4 });
    await outbox.logWalk(ANNA, first);
    await outbox.logWalk(ANNA, second);
    const report = await outbox.flush(ANNA);
    expect(sent.map((record) => (record.kind === 'log' ? record.walk.id : ''))).toEqual([
      first.id,
      second.id,
    ]);
    expect(report.settled).toHaveLength(2);
    expect(await outbox.list(ANNA)).toEqual([]);
  });

  it('keeps everything when the server cannot be reached, and sends it on the next try', async () => {
    const store = memoryOutboxStore();
    const offline = server({ outcome: 'later' });
    await new Outbox(store, offline.send, mutex()).logWalk(ANNA, walk());
    await new Outbox(store, offline.send, mutex()).logWalk(ANNA, walk());
    const report = await new Outbox(store, offline.send, mutex()).flush(ANNA);
    expect(report).toEqual({ settled: [], refused: [], stopped: 'later' });
    // It stopped at the first: no point knocking on a closed door for each walk.
    expect(offline.sent).toHaveLength(1);
    expect(await store.list(ANNA)).toHaveLength(2);

    const online = server();
    expect((await new Outbox(store, online.send, mutex()).flush(ANNA)).settled).toHaveLength(2);
    expect(await store.list(ANNA)).toEqual([]);
  });

  it('takes 410 Gone as settled: the walk was deleted meanwhile, so nothing is left to send', async () => {
    const store = memoryOutboxStore();
    const outbox = new Outbox(store, server({ outcome: 'gone' }).send, mutex());
    await outbox.logWalk(ANNA, walk());
    expect((await outbox.flush(ANNA)).settled).toHaveLength(1);
    expect(await outbox.list(ANNA)).toEqual([]);
  });

  it('keeps a refused walk with the server’s reasons for the person, sends it no more, and goes on with the rest', async () => {
    const store = memoryOutboxStore();
    const { sent, send } = server(refused422);
    const outbox = new Outbox(store, send, mutex());
    const wrong = walk();
    await outbox.logWalk(ANNA, wrong);
    await outbox.logWalk(ANNA, walk());
    const report = await outbox.flush(ANNA);
    expect(report.refused.map((record) => record.state)).toEqual(['refused']);
    expect(report.settled).toHaveLength(1);
    const [kept] = await outbox.list(ANNA);
    expect(kept).toMatchObject({ state: 'refused', problem: refused422.problem, walk: { id: wrong.id } });

    await outbox.flush(ANNA);
    expect(sent).toHaveLength(2);
    expect(await outbox.list(ANNA)).toHaveLength(1);
  });

  it('sends a change only after the walk it changes, and holds it while that walk is refused', async () => {
    const store = memoryOutboxStore();
    const { sent, send } = server(refused422);
    const outbox = new Outbox(store, send, mutex());
    const walked = walk();
    await outbox.logWalk(ANNA, walked);
    await outbox.changeWalk(ANNA, walked, { painNextMorning: 2 });
    await outbox.flush(ANNA);
    expect(sent.map((record) => record.kind)).toEqual(['log']);
    expect((await outbox.list(ANNA)).map((record) => [record.kind, record.state])).toEqual([
      ['log', 'refused'],
      ['change', 'waiting'],
    ]);

    // Saved again with other answers: the refused walk is replaced, and its change goes after it.
    await outbox.logWalk(ANNA, { ...walked, minutes: 10 });
    await outbox.flush(ANNA);
    // The walk, written after its change this time, still goes first.
    expect(sent.map((record) => record.kind)).toEqual(['log', 'log', 'change']);
    expect(await outbox.list(ANNA)).toEqual([]);
  });

  it('lets the person discard a refused walk, together with the changes waiting for it', async () => {
    const store = memoryOutboxStore();
    const outbox = new Outbox(store, server(refused422).send, mutex());
    const walked = walk();
    const record = await outbox.logWalk(ANNA, walked);
    await outbox.changeWalk(ANNA, walked, { painNextMorning: 2 });
    await outbox.flush(ANNA);
    await outbox.changeWalk(ANNA, walk(), { painNextMorning: 1 });
    await outbox.discard(ANNA, record.seq);
    expect((await outbox.list(ANNA)).map((kept) => kept.kind)).toEqual(['change']);
  });

  it('stops on a sign-out answer and keeps everything for the person’s next sign-in', async () => {
    const store = memoryOutboxStore();
    const { sent, send } = server({ outcome: 'signed-out' });
    const outbox = new Outbox(store, send, mutex());
    await outbox.logWalk(ANNA, walk());
    await outbox.logWalk(ANNA, walk());
    expect((await outbox.flush(ANNA)).stopped).toBe('signed-out');
    expect(sent).toHaveLength(1);
    expect(await outbox.list(ANNA)).toHaveLength(2);
  });

  it('never sends one person’s walks for another', async () => {
    const store = memoryOutboxStore();
    const { sent, send } = server();
    const outbox = new Outbox(store, send, mutex());
    await outbox.logWalk(ANNA, walk());
    await outbox.flush('account-bert');
    expect(sent).toEqual([]);
    expect(await outbox.list(ANNA)).toHaveLength(1);
  });

  it('sends a walk once when two tabs flush at the same moment: the second reads what is left', async () => {
    const store = memoryOutboxStore();
    const { sent, send } = server();
    const lock = mutex();
    await new Outbox(store, send, lock).logWalk(ANNA, walk());
    const [one, two] = await Promise.all([
      new Outbox(store, send, lock).flush(ANNA),
      new Outbox(store, send, lock).flush(ANNA),
    ]);
    expect(sent).toHaveLength(1);
    expect(one.settled.length + two.settled.length).toBe(1);
  });
});

describe('what an answer means for a kept request', () => {
  it('settles 2xx and 410, refuses 4xx, waits on 401/403 for a sign-in, tries 408/429/5xx again', () => {
    expect([200, 201, 410].map(outcomeOfStatus)).toEqual(['stored', 'stored', 'gone']);
    expect([400, 404, 409, 413, 422].map(outcomeOfStatus)).toEqual(Array(5).fill('refused'));
    expect([401, 403].map(outcomeOfStatus)).toEqual(['signed-out', 'signed-out']);
    expect([408, 429, 500, 503].map(outcomeOfStatus)).toEqual(Array(4).fill('later'));
  });
});
