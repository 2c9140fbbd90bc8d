import type { HttpBindings } from '@hono/node-server';
import type { Account } from '../services/accounts.service.js';
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
    /** Set first, by `requestLog`: in the log line and in every problem answer. */
    requestId: string;
  };
}
