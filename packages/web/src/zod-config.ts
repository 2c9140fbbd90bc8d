/**
 * zod compiles its object checks with `new Function` where it may. The app's CSP allows no eval (and the
 * browser reports every attempt), so zod is told to interpret its checks instead, which is quick enough
 * for the few records the app checks. Imported first by the page (`main.tsx`) and the service worker
 * (`sw.ts`): zod decides once, at the first check any module makes.
 */
import { z } from 'zod';

z.config({ jitless: true });
