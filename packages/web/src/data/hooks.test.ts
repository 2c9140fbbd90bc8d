import { describe, expect, it } from 'vitest';
import { connectionBack, KEYS } from './hooks.js';
import { QueryStore } from './query.js';

describe('connectionBack', () => {
  it('asks for today again, even while an ask made offline is still on its way, and retries failures', async () => {
    const store = new QueryStore();
    let fail!: (error: unknown) => void;
    // Asked offline: it will fail (or give this device's copy) after the connection is back.
    const offlineAsk = store.load(KEYS.today, () => new Promise<string>((_, no) => (fail = no)));
    await store.load(KEYS.walks, () => Promise.reject(new Error('offline'))).catch(() => undefined);
    await store.load(KEYS.plan, () => Promise.resolve('plan'));

    connectionBack(store);
    fail(new Error('offline'));
    await offlineAsk.catch(() => undefined);
    // The late failure of the older ask is not what shows; the next read asks the server.
    expect(store.state(KEYS.today)).toEqual({ status: 'loading' });
    expect(await store.load(KEYS.today, () => Promise.resolve('with the walk'))).toBe('with the walk');
    expect(store.state(KEYS.walks)).toEqual({ status: 'loading' });
    expect(store.state(KEYS.plan)).toEqual({ status: 'done', data: 'plan' });
  });

  it('keeps today showing while it asks again when today was known', () => {
    const store = new QueryStore();
    store.set(KEYS.today, 'copy on this device');
    connectionBack(store);
    expect(store.state(KEYS.today)).toEqual({ status: 'done', data: 'copy on this device', stale: true });
  });
});
