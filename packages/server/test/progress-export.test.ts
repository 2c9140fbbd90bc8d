import { expect, it } from 'vitest';
import { listAuditFor } from '../src/repositories/audit.repository.js';
import { describeEachDatabase } from './support/each-database.js';
import { INTAKE, walk } from './support/fixtures.js';
import { PASSWORD, type TestClient } from './support/test-server.js';

describeEachDatabase('progress, export and deleting everything', (server) => {
  async function walkerWithHistory(): Promise<TestClient> {
    const client = server().client();
    await client.signUp();
    await client.put('/me/intake', INTAKE);
    await client.post(
      '/me/walks',
      walk({ date: '2026-11-10', minutes: 10, painDuring: 3, painNextMorning: 2 }),
    );
    await client.post('/me/walks', walk({ date: '2026-11-10', minutes: 5.5, painDuring: 5 }));
    await client.post(
      '/me/walks',
      walk({ date: '2026-11-17', minutes: 12, painDuring: 2, painNextMorning: 1 }),
    );
    return client;
  }

  it('shows minutes planned against walked per week, pain over time and the decisions', async () => {
    const client = await walkerWithHistory();
    const response = await client.get('/me/progress');
    expect(response.status).toBe(200);
    const plan = (await client.get('/me/plan')).body;
    const [first, second, third] = response.body.weeks;
    expect(response.body.weeks).toHaveLength(12);
    expect(first).toMatchObject({
      week: 1,
      startDate: '2026-11-09',
      endDate: '2026-11-15',
      projected: false,
      planned: { forward: plan.plan.weeks[0].totals.forwardMinutes, retro: 0 },
      walked: { forward: 15.5, retro: 0 },
    });
    expect(second.walked).toEqual({ forward: 12, retro: 0 });
    expect(third.projected).toBe(true);
    expect(response.body.pain).toEqual([
      { date: '2026-11-10', painDuring: 5, painNextMorning: 2 },
      { date: '2026-11-17', painDuring: 2, painNextMorning: 1 },
    ]);
    expect(response.body.decisions).toEqual(plan.decisions);
    expect(response.body.locale).toBe('en');
  });

  it('exports all of a person’s data as JSON, and audits the export', async () => {
    const client = await walkerWithHistory();
    const response = await client.get('/me/export');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="wandelcoach-export-2026-11-21.json"',
    );
    expect(response.body.account).toMatchObject({ id: client.account?.id, email: client.account?.email });
    expect(response.body.intake).toEqual(INTAKE);
    expect(response.body.walks).toHaveLength(3);
    expect(response.body.auditLog.map((e: { action: string }) => e.action)).toEqual([
      'sign-up',
      'data-exported',
    ]);
    expect(JSON.stringify(response.body)).not.toContain('argon2');
  });

  it('exports the walks as CSV for a spreadsheet', async () => {
    const client = await walkerWithHistory();
    const response = await client.get('/me/export?format=csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = response.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,date,kind,minutes,painDuring,painNextMorning,dizziness,fall,newSymptoms,createdAt,updatedAt',
    );
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^[0-9a-f-]{36},2026-11-10,forward,5.5,5,,false,false,,/);
    const events = await listAuditFor(server().db.kysely, client.account?.id ?? '');
    expect(events.at(-1)).toMatchObject({ action: 'data-exported', detail: { format: 'csv' } });
  });

  it('refuses an unknown export format', async () => {
    const client = await walkerWithHistory();
    const response = await client.get('/me/export?format=xml');
    expect(response.status).toBe(422);
    expect(response.body.errors[0].path).toBe('format');
  });

  it('deletes the account and everything about the person, leaving one audit row without personal data', async () => {
    const client = await walkerWithHistory();
    const id = client.account?.id ?? '';
    const email = client.account?.email ?? '';
    const wrong = await client.delete('/me', { password: 'not-my-password' });
    expect(wrong.status).toBe(422);
    expect((await client.get('/me/walks')).body.walks).toHaveLength(3);

    const response = await client.delete('/me', { password: PASSWORD });
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    const db = server().db.kysely;
    for (const table of ['sessions', 'intakes', 'walks'] as const) {
      expect(await db.selectFrom(table).select('account_id').where('account_id', '=', id).execute()).toEqual(
        [],
      );
    }
    expect(await db.selectFrom('accounts').select('id').where('id', '=', id).execute()).toEqual([]);
    const audit = await listAuditFor(db, id);
    expect(audit).toEqual([
      { action: 'account-deleted', actorId: id, detail: {}, ip: null, at: '2026-11-21T10:00:00.000Z' },
    ]);
    expect((await server().client().signIn(email)).status).toBe(401);
    // The email is free again.
    expect((await server().client().signUp(email)).status).toBe(201);
  });
});
