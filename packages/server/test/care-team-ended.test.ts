/**
 * The patient's care team also lists the links that ended and who ended them (docs/care-team.md), so a
 * link a practice ended does not simply vanish from the patient's view. Only the patient's own links.
 */
import { expect, it } from 'vitest';
import { ENDED_LINKS_SHOWN } from '../src/services/care-team.service.js';
import { linkPatient, practiceWithClinician } from './support/care-team.js';
import { describeEachDatabase } from './support/each-database.js';
import type { TestServer } from './support/test-server.js';

/** The time `minutes` after `start`, as the API writes it: the suite's clock runs on between tests. */
function after(start: Date, minutes: number): string {
  return new Date(start.getTime() + minutes * 60_000).toISOString();
}

async function patient(server: TestServer) {
  const client = server.client();
  await client.signUp();
  return client;
}

describeEachDatabase('the care team: links that ended', (server) => {
  it('lists ended links newest end first, ended by the patient or by the practice, beside the running one', async () => {
    const start = server().clock.now();
    const brug = await practiceWithClinician(server(), { name: 'Fysiotherapie De Brug' });
    const anker = await practiceWithClinician(server(), { name: 'Het Anker' });
    const oost = await practiceWithClinician(server(), { name: 'Praktijk Oost' });
    const anna = await patient(server());
    const bert = await patient(server());
    const annaId = anna.account?.id ?? '';
    const bertId = bert.account?.id ?? '';

    await linkPatient(brug.clinician, anna);
    await linkPatient(brug.clinician, bert);
    server().clock.advanceSeconds(3600);
    const { linkId: ankerLink } = await linkPatient(anker.clinician, anna);
    server().clock.advanceSeconds(3600);
    const { linkId: oostLink } = await linkPatient(oost.clinician, anna);

    server().clock.advanceSeconds(3600);
    expect((await anna.delete(`/me/care-team/${ankerLink}`)).status).toBe(204);
    server().clock.advanceSeconds(3600);
    expect((await brug.clinician.delete(`/clinician/patients/${annaId}`)).status).toBe(204);
    server().clock.advanceSeconds(3600);
    expect((await brug.clinician.delete(`/clinician/patients/${bertId}`)).status).toBe(204);

    const team = await anna.get('/me/care-team');
    expect(team.status, team.text).toBe(200);
    expect(team.body.links.map((link: { id: string }) => link.id)).toEqual([oostLink]);
    expect(team.body.ended).toEqual([
      {
        practice: { name: 'Fysiotherapie De Brug' },
        since: after(start, 0),
        endedAt: after(start, 240),
        endedBy: 'practice',
      },
      {
        practice: { name: 'Het Anker' },
        since: after(start, 60),
        endedAt: after(start, 180),
        endedBy: 'you',
      },
    ]);
    // Bert's ended link is his alone.
    expect((await bert.get('/me/care-team')).body).toEqual({
      links: [],
      ended: [
        {
          practice: { name: 'Fysiotherapie De Brug' },
          since: after(start, 0),
          endedAt: after(start, 300),
          endedBy: 'practice',
        },
      ],
    });
    const stranger = await patient(server());
    expect((await stranger.get('/me/care-team')).body).toEqual({ links: [], ended: [] });
  });

  it(`shows a link ended and made again as both, and keeps to the last ${ENDED_LINKS_SHOWN} ended`, async () => {
    const brug = await practiceWithClinician(server(), { name: 'Fysiotherapie De Brug' });
    const anna = await patient(server());
    const annaId = anna.account?.id ?? '';
    // Older ended links, written straight to the table: only the bound is tested with them.
    for (let day = 1; day <= ENDED_LINKS_SHOWN; day++) {
      await server()
        .db.kysely.insertInto('care_links')
        .values({
          id: crypto.randomUUID(),
          account_id: annaId,
          practice_id: brug.practiceId,
          clinician_id: brug.clinicianId,
          patient_name: 'Anna',
          invite_code: `OLD${day}`,
          consent_version: 'care-team-2',
          consented_at: `2026-10-${String(day).padStart(2, '0')}T09:00:00.000Z`,
          ended_at: `2026-10-${String(day).padStart(2, '0')}T17:00:00.000Z`,
          ended_by: 'patient',
        })
        .execute();
    }
    const start = server().clock.now();
    const { linkId } = await linkPatient(brug.clinician, anna);
    server().clock.advanceSeconds(60);
    expect((await anna.delete(`/me/care-team/${linkId}`)).status).toBe(204);
    const { linkId: again } = await linkPatient(brug.clinician, anna);

    const team = (await anna.get('/me/care-team')).body;
    expect(team.links.map((link: { id: string }) => link.id)).toEqual([again]);
    expect(team.ended).toHaveLength(ENDED_LINKS_SHOWN);
    expect(team.ended[0]).toEqual({
      practice: { name: 'Fysiotherapie De Brug' },
      since: after(start, 0),
      endedAt: after(start, 1),
      endedBy: 'you',
    });
    const ends = team.ended.map((link: { endedAt: string }) => link.endedAt);
    expect(ends).toEqual([...ends].sort().reverse());
    // The oldest one is left out: 1 October's.
    expect(ends.at(-1)).toBe('2026-10-02T17:00:00.000Z');
  });
});
