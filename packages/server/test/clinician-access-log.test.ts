/**
 * A clinician reads the access log about a linked patient (docs/care-team.md, "The access log"):
 * only what members of the practice they act for did, names joined, newest first, a page at a time;
 * the read itself is in the log; a patient out of reach is not found.
 */
import { expect, it } from 'vitest';
import { linkPatient, practiceWithClinician } from './support/care-team.js';
import { describeEachDatabase } from './support/each-database.js';
import type { TestServer } from './support/test-server.js';

async function linkedPatient(server: TestServer) {
  const care = await practiceWithClinician(server, { displayName: 'Sanne Jansen' });
  const patient = server.client();
  await patient.signUp();
  const { linkId } = await linkPatient(care.clinician, patient, 'Anna de Vries');
  const patientId = patient.account?.id ?? '';
  return { ...care, patient, patientId, linkId, log: `/clinician/patients/${patientId}/access-log` };
}

interface Entry {
  who: { kind: string; name?: string | null };
  practice: { name: string } | null;
  resource: string;
  action: string;
}

describeEachDatabase('a clinician reads a patient’s access log', (server) => {
  it('shows what the practice’s members did, newest first with names, its own read first', async () => {
    const { clinician, practiceName, log, patientId } = await linkedPatient(server());
    server().clock.advanceSeconds(60);
    expect((await clinician.get(`/clinician/patients/${patientId}/walks`)).status).toBe(200);
    server().clock.advanceSeconds(60);
    const read = await clinician.get(log);
    expect(read.status, read.text).toBe(200);
    const entries = read.body.entries as Entry[];
    expect(entries.slice(0, 2)).toEqual([
      expect.objectContaining({ resource: 'access-log', action: 'read' }),
      expect.objectContaining({ resource: 'walks', action: 'read' }),
    ]);
    for (const entry of entries) {
      expect(entry.who).toEqual({ kind: 'clinician', name: 'Sanne Jansen' });
      expect(entry.practice).toEqual({ name: practiceName });
    }
    // The patient's own consent is theirs, not a member's.
    expect(entries.some((entry) => entry.action === 'consent')).toBe(false);
    server().clock.set('2026-11-21T10:00:00Z');
  });

  it('leaves out what another practice did with the same patient', async () => {
    const { clinician, patient, patientId, log } = await linkedPatient(server());
    const other = await practiceWithClinician(server(), { displayName: 'Piet Bakker' });
    await linkPatient(other.clinician, patient, 'A. de Vries');
    expect((await other.clinician.get(`/clinician/patients/${patientId}/intake`)).status).not.toBe(403);
    const entries = (await clinician.get(log)).body.entries as Entry[];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry) => entry.who.name === 'Sanne Jansen')).toBe(true);
  });

  it('pages with limit and before, and refuses a made-up cursor naming the field', async () => {
    const { clinician, patientId, log } = await linkedPatient(server());
    for (let i = 0; i < 3; i += 1) await clinician.get(`/clinician/patients/${patientId}/notes`);
    const first = await clinician.get(`${log}?limit=2`);
    expect(first.body.entries).toHaveLength(2);
    expect(typeof first.body.next).toBe('string');
    const second = await clinician.get(`${log}?limit=2&before=${encodeURIComponent(first.body.next)}`);
    expect(second.status).toBe(200);
    expect(second.body.entries.length).toBeGreaterThan(0);
    const refused = await clinician.get(`${log}?before=nonsense`);
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'before' })]);
  });

  it('answers 404 to another practice and after the link ends, telling nothing', async () => {
    const { clinician, patient, linkId, log } = await linkedPatient(server());
    const other = await practiceWithClinician(server());
    const refused = await other.clinician.get(log);
    expect(refused.status).toBe(404);
    expect(refused.text).not.toContain('Sanne');
    expect((await patient.delete(`/me/care-team/${linkId}`)).status).toBe(204);
    expect((await clinician.get(log)).status).toBe(404);
  });
});
