/**
 * The app's words: one catalogue per locale with typed keys, put together from the app's own words,
 * the intake's and the care team's. `t('key', { name })` fills in placeholders the same way the engine's messages do,
 * after choosing plural forms (`{count, plural, one {…} other {…}}`, see plural.ts).
 */
import { fill, type Locale } from '@wandelcoach/engine';
import { careEn } from './care.en.js';
import { careNl, type CareKey } from './care.nl.js';
import { en } from './en.js';
import { intakeEn } from './intake.en.js';
import type { IntakeKey } from './intake-keys.js';
import { intakeNl } from './intake.nl.js';
import { nl, type CoreKey } from './nl.js';
import { choosePlurals } from './plural.js';

export type MessageKey = CoreKey | IntakeKey | CareKey;
export type Catalogue = Readonly<Record<MessageKey, string>>;

export const LOCALES: readonly Locale[] = ['nl', 'en'];
export const uiCatalogues: Readonly<Record<Locale, Catalogue>> = {
  nl: { ...nl, ...intakeNl, ...careNl },
  en: { ...en, ...intakeEn, ...careEn },
};

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

export function translator(locale: Locale): Translate {
  const catalogue = uiCatalogues[locale];
  return (key, params) =>
    params === undefined
      ? catalogue[key]
      : fill(locale, choosePlurals(locale, catalogue[key], params), { ...params });
}
