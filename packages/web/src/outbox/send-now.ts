import type { OutboxService } from './browser-outbox.js';
import type { OutboxRecord, RefusedProblem } from './records.js';

/** What became of something just kept: sent, kept on the phone for later, or refused by the server. */
export type SendState = { state: 'sent' } | { state: 'kept' } | { state: 'refused'; problem: RefusedProblem };

/** How long a person waits on "Save" for the server before hearing it is kept on the phone. */
const PATIENCE_MS = 4_000;

/**
 * Tries to send at once what was just kept (`mine` picks it out), waiting a few seconds at most: on a
 * slow connection the person is told it is saved on the phone, and the outbox goes on sending.
 */
export async function sendNow(
  outbox: OutboxService,
  owner: string,
  mine: (record: OutboxRecord) => boolean,
): Promise<SendState> {
  const sending = outbox.flush(owner).catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const patience = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, PATIENCE_MS);
  });
  await Promise.race([sending, patience]);
  clearTimeout(timer);
  const kept = (await outbox.list(owner)).filter(mine);
  if (kept.length === 0) return { state: 'sent' };
  const refused = kept.find((record) => record.state === 'refused');
  return refused?.problem === undefined ? { state: 'kept' } : { state: 'refused', problem: refused.problem };
}
