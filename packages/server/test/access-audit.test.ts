/**
 * Reading or changing someone else's record is written to the access log (NEN 7513) in the same
 * transaction, at the level of the services: a policy that lets this made-up clinician in stands in
 * for a care link here (the care-team suites go through the real links and routes).
 */
import { expect, it } from 'vitest';
import { listAuditFor } from '../src/repositories/audit.repository.js';
import type { Executor } from '../src/repositories/executor.js';
import type { Actor, CareTeamPolicy } from '../src/services/access.js';
import { getPlan, putIntake } from '../src/services/plan.service.js';
import { exportData } from '../src/services/export.service.js';
import { listWalks, logWalk } from '../src/services/walks.service.js';
import { describeEachDatabase } from './support/each-database.js';
import { INTAKE } from './support/fixtures.js';

const PRACTICE = '0b7c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d';
const clinician: Actor = { id: '5f0c9a7e-1d2b-4c3d-8e4f-a1b2c3d4e5f6', practiceId: PRACTICE };
const careTeam: CareTeamPolicy = (_db, actor) => Promise.resolve(actor.id === clinician.id);

async function accessesOf(db: Executor, patientId: string) {
  const rows = await db
    .selectFrom('access_log')
    .select(['actor_id', 'practice_id', 'resource', 'action'])
    .where('patient_id', '=', patientId)
    .orderBy('at')
    .execute();
  return rows.map((row) => [row.actor_id, row.practice_id, row.resource, row.action]);
}

describeEachDatabase(
  'audit of access to another person’s record',
  (server) => {
    it('audits a clinician’s reads and changes, and not the person’s own', async () => {
      const patient = server().client();
      await patient.signUp();
      const subjectId = patient.account?.id ?? '';
      const request = {
        actor: clinician,
        subjectId,
        timeZone: 'Europe/Amsterdam',
        meta: { ip: '192.0.2.99' },
      };
      const { context } = server();

      await putIntake(context, request, INTAKE);
      await getPlan(context, request);
      await logWalk(context, request, crypto.randomUUID(), {
        date: '2026-11-20',
        kind: 'forward',
        minutes: 10,
        painDuring: 2,
        painNextMorning: null,
        dizziness: false,
        fall: false,
        newSymptoms: [],
      });
      await listWalks(context, request);
      await exportData(context, request, 'json');
      await patient.get('/me/plan');

      const who = [clinician.id, PRACTICE];
      expect(await accessesOf(server().db.kysely, subjectId)).toEqual([
        [...who, 'intake', 'change'],
        [...who, 'plan', 'read'],
        [...who, 'walk', 'change'],
        [...who, 'walks', 'read'],
        [...who, 'export', 'read'],
      ]);
      const own = (await listAuditFor(server().db.kysely, subjectId)).filter((e) => e.actorId === subjectId);
      expect(own.map((e) => e.action)).toEqual(['sign-up']);
    });

    it('writes no access row when the change itself fails: both are one transaction', async () => {
      const patient = server().client();
      await patient.signUp();
      const subjectId = patient.account?.id ?? '';
      const request = { actor: clinician, subjectId, timeZone: 'Europe/Amsterdam', meta: { ip: null } };
      await expect(putIntake(server().context, request, { age: 5 })).rejects.toThrow();
      expect(await accessesOf(server().db.kysely, subjectId)).toEqual([]);
    });

    it('treats another person’s record as not found when the policy says no', async () => {
      const patient = server().client();
      await patient.signUp();
      const stranger: Actor = { id: crypto.randomUUID(), practiceId: PRACTICE };
      const request = {
        actor: stranger,
        subjectId: patient.account?.id ?? '',
        timeZone: 'Europe/Amsterdam',
        meta: { ip: null },
      };
      await expect(getPlan(server().context, request)).rejects.toMatchObject({ kind: 'not-found' });
    });
  },
  { careTeam },
);
