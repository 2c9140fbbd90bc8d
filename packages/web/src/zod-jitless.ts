/**
 * zod as the built app imports it: `vite.config.ts` points every `import … from 'zod'` (the app's, the
 * engine's, the server's schemas) here, so zod is told that the CSP allows no eval (`zod-config.ts`)
 * before any module can check anything with it. zod is not in the first load: it comes with the parts
 * that check (the outbox's records, the kept today, the intake, the clinicians' area), whichever loads
 * first, and none of them can run a check before this module has run.
 */
import { config } from 'zod/v4';

config({ jitless: true });

export * from 'zod/v4';
