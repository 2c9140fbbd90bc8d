/** Every English word of the app in one catalogue: loaded on demand (`load.ts`), never on the first load. */
import type { Catalogue } from './catalogue.js';
import { careEn } from './care.en.js';
import { en } from './en.js';
import { intakeEn } from './intake.en.js';

export const catalogueEn: Catalogue = { ...en, ...intakeEn, ...careEn };
