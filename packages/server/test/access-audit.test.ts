/**
 * Reading or changing someone else's record is written to the audit log in the same transaction.
 * No route gives that access yet (the clinician issue will); a care-team policy that allows it is
 * set here to prove the audit trail is already in place.
 */
import { expect, it } from 'vitest';
import { listAuditFor } from '../src/repositories/audit.repository.js';
import type { Actor, CareTeamPolicy } from '../src/services/access.js';
import { getPlan, putIntake } from '../src/services/plan.service.js';
import { exportData } from '../src/services/export.service.js';
import { listWalks, logWalk } from '../src/services/walks.service.js';
import { describeEachDatabase } from './support/each-database.js';
import { INTAKE } from './support/fixtures.js';

const clinician: Actor = { id: '5f0c9a7e-1d2b-4c3d-8e4f-a1b2c3d4e5f6', role: 'clinician' };
const careTeam: CareTeamPolicy = (actor) => Promise.resolve(actor.role === 'clinician');

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

      const events = (await listAuditFor(server().db.kysely, subjectId)).filter(
        (e) => e.actorId === clinician.id,
      );
      expect(events.map((e) => [e.action, e.detail, e.ip])).toEqual([
        ['record-changed', { what: 'intake' }, '192.0.2.99'],
        ['record-read', { what: 'plan' }, '192.0.2.99'],
        ['record-changed', { what: 'walk' }, '192.0.2.99'],
        ['record-read', { what: 'walks' }, '192.0.2.99'],
        ['record-read', { what: 'export' }, '192.0.2.99'],
        ['data-exported', { format: 'json' }, '192.0.2.99'],
      ]);
      const own = (await listAuditFor(server().db.kysely, subjectId)).filter((e) => e.actorId === subjectId);
      expect(own.map((e) => e.action)).toEqual(['sign-up']);
    });

    it('writes no audit row when the change itself fails: both are one transaction', async () => {
      const patient = server().client();
      await patient.signUp();
      const subjectId = patient.account?.id ?? '';
      const request = { actor: clinician, subjectId, timeZone: 'Europe/Amsterdam', meta: { ip: null } };
      await expect(putIntake(server().context, request, { age: 5 })).rejects.toThrow();
      const events = await listAuditFor(server().db.kysely, subjectId);
      expect(events.map((e) => e.action)).toEqual(['sign-up']);
    });

    it('treats another person’s record as not found when the policy says no', async () => {
      const patient = server().client();
      await patient.signUp();
      const stranger: Actor = { id: crypto.randomUUID(), role: 'patient' };
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
