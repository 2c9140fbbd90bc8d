/**
 * The walk requests, `POST /me/walks` and `PATCH /me/walks/{id}`, as the routes validate them. Kept apart
 * from the other request schemas because the web app imports this module at run time
 * (`@wandelcoach/server/walk-schemas`): its outbox checks every walk it kept on the phone with these very
 * schemas before sending it, so what the phone stores and what the server accepts cannot drift.
 *
 * It must stay browser-safe: it imports zod and the engine only (an ESLint rule holds it to that).
 */
import { walkLogSchema } from '@wandelcoach/engine';
import { z } from 'zod';

/** Lower case, so a retry from a client that writes it in capitals is still the same walk. */
export const walkId = z
  .string({ error: 'must be text' })
  .meta({ format: 'uuid' })
  .pipe(z.uuid({ error: 'must be a UUID, e.g. 0b0c4b7e-6b8a-4f62-9a51-3c1f3f1f2a10' }))
  .transform((id) => id.toLowerCase());

export const newWalkBody = walkLogSchema.extend({ id: walkId });

const log = walkLogSchema.shape;

export const walkChangesBody = z
  .strictObject(
    {
      minutes: log.minutes.optional(),
      painDuring: log.painDuring.optional(),
      // `unwrap()` drops the log's defaults: a field left out of a change stays as it was.
      painNextMorning: log.painNextMorning.unwrap().optional(),
      dizziness: log.dizziness.unwrap().optional(),
      fall: log.fall.unwrap().optional(),
      newSymptoms: log.newSymptoms.unwrap().optional(),
    },
    { error: 'must be a JSON object' },
  )
  .refine((changes) => Object.keys(changes).length > 0, {
    error: 'must change at least one field',
    // Only when nothing else is wrong: after "date: is not a known field" it would only confuse.
    when: (payload) => payload.issues.length === 0,
  });
