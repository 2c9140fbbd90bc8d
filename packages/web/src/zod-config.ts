/**
 * zod compiles its object checks with `new Function` where it may. The app's CSP allows no eval (and the
 * browser reports every attempt), so zod is told to interpret its checks instead, which is quick enough
 * for the few records the app checks. Imported first by the service worker (`sw.ts`) and by the modules
 * that check records; in the built page every `import 'zod'` goes through `zod-jitless.ts`, which sets
 * the same before any check (no first-load module imports zod). zod decides once, at the first check.
 */
import { z } from 'zod';

z.config({ jitless: true });
