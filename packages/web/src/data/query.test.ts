import { describe, expect, it } from 'vitest';
import { QueryStore } from './query.js';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('QueryStore', () => {
  it('asks once for a key while the answer is on its way, and keeps the answer', async () => {
    const store = new QueryStore();
    let asked = 0;
    const fetch = () => {
      asked++;
      return Promise.resolve(asked);
    };
    expect(store.state('today')).toEqual({ status: 'loading' });
    await Promise.all([store.load('today', fetch), store.load('today', fetch)]);
    expect(asked).toBe(1);
    expect(store.state('today')).toEqual({ status: 'done', data: 1 });
    await store.load('today', fetch);
    expect(asked).toBe(1);
  });

  it('asks again when forced, showing the old answer until the new one comes', async () => {
    const store = new QueryStore();
    await store.load('plan', () => Promise.resolve('old'));
    const later = deferred<string>();
    const again = store.load('plan', () => later.promise, true);
    expect(store.state('plan')).toEqual({ status: 'done', data: 'old' });
    later.resolve('new');
    await again;
    expect(store.state('plan')).toEqual({ status: 'done', data: 'new' });
  });

  it('ignores a late answer to an older ask', async () => {
    const store = new QueryStore();
    const slow = deferred<string>();
    const first = store.load('today', () => slow.promise);
    await store.load('today', () => Promise.resolve('fresh'), true);
    slow.resolve('stale');
    await first;
    expect(store.state('today')).toEqual({ status: 'done', data: 'fresh' });
  });

  it('keeps a failure to show, but asks again next time', async () => {
    const store = new QueryStore();
    await store.load('today', () => Promise.reject(new Error('offline'))).catch(() => undefined);
    expect(store.state('today').status).toBe('failed');
    await store.load('today', () => Promise.resolve('back'));
    expect(store.state('today')).toEqual({ status: 'done', data: 'back' });
  });

  it('tells its listeners, puts answers in place, and marks them out of date by prefix', async () => {
    const store = new QueryStore();
    let told = 0;
    const unsubscribe = store.subscribe(() => told++);
    store.set('plan', 1);
    store.set('today', 2);
    expect(told).toBe(2);
    store.invalidate('to');
    // Still shown, marked, and the next load asks again instead of giving the known answer.
    expect(store.state('today')).toEqual({ status: 'done', data: 2, stale: true });
    expect(store.state('plan')).toEqual({ status: 'done', data: 1 });
    expect(await store.load('today', () => Promise.resolve(3))).toBe(3);
    expect(store.state('today')).toEqual({ status: 'done', data: 3 });
    unsubscribe();
    store.invalidate();
    expect(told).toBe(4);
  });

  it('asks again every failed answer when told to retry, and leaves the others as they are', async () => {
    const store = new QueryStore();
    let told = 0;
    store.subscribe(() => told++);
    await store.load('walks', () => Promise.reject(new Error('offline'))).catch(() => undefined);
    store.set('plan', 'kept');
    told = 0;
    store.retryFailed();
    expect(store.state('walks')).toEqual({ status: 'loading' });
    expect(store.state('plan')).toEqual({ status: 'done', data: 'kept' });
    expect(told).toBe(1);
    expect(await store.load('walks', () => Promise.resolve('back'))).toBe('back');
    // Nothing failed: nothing changes, and nobody is told.
    store.retryFailed();
    expect(told).toBe(2);
  });

  it('forgets everything on clear, so one person never sees the last one’s answers', () => {
    const store = new QueryStore();
    store.set('today', 'Anna');
    store.clear();
    expect(store.state('today')).toEqual({ status: 'loading' });
  });
});
