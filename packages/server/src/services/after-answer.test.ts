import { describe, expect, it } from 'vitest';
import { AfterAnswer } from './after-answer.js';

describe('AfterAnswer', () => {
  it('runs work after the caller goes on, and settled() waits for it', async () => {
    const later = new AfterAnswer(() => undefined);
    const order: string[] = [];
    later.run(() => {
      order.push('work');
      return Promise.resolve();
    });
    order.push('answer');
    await later.settled();
    expect(order).toEqual(['answer', 'work']);
  });

  it('reports a failure instead of throwing it', async () => {
    const errors: unknown[] = [];
    const later = new AfterAnswer((error) => errors.push(error));
    later.run(() => Promise.reject(new Error('the database went away')));
    await later.settled();
    expect(errors).toHaveLength(1);
  });
});
