/**
 * The app's words: one catalogue per locale with typed keys, put together from the app's own words,
 * the intake's and the care team's (`catalogue.*.ts`). `t('key', { name })` fills in placeholders the
 * same way the engine's messages do, after choosing plural forms (see catalogue.ts and plural.ts).
 *
 * This module holds both languages at once, for tests and the build. The running app asks `load.ts`
 * instead, which carries Dutch and loads English only when it is needed.
 */
import type { Locale } from '@wandelcoach/engine';
import { catalogueEn } from './catalogue.en.js';
import { catalogueNl } from './catalogue.nl.js';
import { translatorOver, type Catalogue, type Translate } from './catalogue.js';

export { LOCALES, type Catalogue, type MessageKey, type Translate } from './catalogue.js';

export const uiCatalogues: Readonly<Record<Locale, Catalogue>> = { nl: catalogueNl, en: catalogueEn };

export function translator(locale: Locale): Translate {
  return translatorOver(locale, uiCatalogues[locale]);
}
