/**
 * A clinician's notes on a linked patient (docs/care-team.md, "Notes"), under `/clinician` behind
 * `requireClinician`. A patient out of reach is a 404; writing under a consent that lets the practice
 * read only is a 403 `consent-needed`; every write and read is in the access log.
 */
import { createRoute } from '@hono/zod-openapi';
import { patientRecord } from '../../services/clinician-patients.service.js';
import { addNote, readNotes } from '../../services/notes.service.js';
import { noteAnswer, noteBody, notesAnswer, patientIdParams } from '../care-team-schemas.js';
import { clientIp } from '../client-ip.js';
import { json, jsonBody, problems, router, SIGNED_IN } from './define.js';

const addRoute = createRoute({
  method: 'post',
  path: '/patients/{patientId}/notes',
  summary: 'Write a note in a linked patient’s file (the patient’s export holds it)',
  description:
    'At most 4000 characters. Written to the access log. 403 `consent-needed` while the patient agreed only to reading (`care-team-1`); 404 for a patient out of reach.',
  security: SIGNED_IN,
  request: { params: patientIdParams, body: jsonBody(noteBody) },
  responses: { 201: json('Written', noteAnswer), ...problems(400, 401, 403, 404, 413, 415, 422) },
});

const listRoute = createRoute({
  method: 'get',
  path: '/patients/{patientId}/notes',
  summary: 'A linked patient’s notes, newest first (written to the access log)',
  security: SIGNED_IN,
  request: { params: patientIdParams },
  responses: { 200: json('The notes', notesAnswer), ...problems(401, 403, 404, 422) },
});

export const clinicianNoteRoutes = router()
  .openapi(addRoute, async (c) => {
    const { patientId } = c.req.valid('param');
    const request = await patientRecord(c.var.services, c.var.clinician, patientId, { ip: clientIp(c) });
    return c.json(await addNote(c.var.services, request, c.req.valid('json').text), 201);
  })
  .openapi(listRoute, async (c) => {
    const { patientId } = c.req.valid('param');
    const request = await patientRecord(c.var.services, c.var.clinician, patientId, { ip: clientIp(c) });
    return c.json({ notes: await readNotes(c.var.services, request) }, 200);
  });
