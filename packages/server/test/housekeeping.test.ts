import { expect, it } from 'vitest';
import { removeExpired } from '../src/services/housekeeping.js';
import { describeEachDatabase } from './support/each-database.js';

describeEachDatabase('housekeeping', (server) => {
  it('removes expired sessions and counters of past windows, and nothing else', async () => {
    const { db, context, clock } = server();
    const old = server().client();
    await old.signUp();
    clock.advanceDays(context.config.sessionDays + 1);
    const recent = server().client();
    await recent.signUp();

    await removeExpired(context);

    const sessions = await db.kysely.selectFrom('sessions').select('account_id').execute();
    expect(sessions.map((row) => row.account_id)).toEqual([recent.account?.id]);
    // The recent sign-up's counters are still in their window; the old ones are gone.
    const counters = await db.kysely.selectFrom('rate_limits').select('key').execute();
    expect(counters.length).toBe(2);
    expect((await recent.get('/session')).status).toBe(200);
  });
});
