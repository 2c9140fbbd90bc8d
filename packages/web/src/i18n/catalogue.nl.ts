/** Every Dutch word of the app in one catalogue: part of the first load (Dutch is the app's first language). */
import type { Catalogue } from './catalogue.js';
import { careNl } from './care.nl.js';
import { intakeNl } from './intake.nl.js';
import { nl } from './nl.js';

export const catalogueNl: Catalogue = { ...nl, ...intakeNl, ...careNl };
