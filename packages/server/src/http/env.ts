import type { HttpBindings } from '@hono/node-server';
import type { Account, SessionStanding } from '../services/accounts.service.js';
import type { ServiceContext } from '../services/context.js';

/** What handlers find on the context: the services' context, and the signed-in person once known. */
export interface AppEnv {
  Bindings: Partial<HttpBindings>;
  Variables: {
    services: ServiceContext;
    /** Set by `requireSession`. */
    account: Account;
    csrfToken: string;
    sessionToken: string;
    /** Set by `requireSession`: the second factor, and the practice a clinician acts for. */
    standing: SessionStanding;
    /** Set by `requireSession`: the account's data version, read with the session (today's key). */
    planVersion: number;
    /** Set by `requireClinician`: the clinician and the practice they act for. */
    clinician: { accountId: string; practiceId: string };
    /** Set first, by `requestLog`: in the log line and in every problem answer. */
    requestId: string;
  };
}
