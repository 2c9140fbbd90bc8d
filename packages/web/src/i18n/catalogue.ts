/**
 * What a catalogue is and how a message is made from it: the keys (the app's own words, the intake's
 * and the care team's), placeholders filled in the same way the engine's messages do, after choosing
 * plural forms (`{count, plural, one {…} other {…}}`, see plural.ts). Holds no words itself, so a module
 * that only needs the types or the list of languages does not bring any catalogue with it.
 */
import { fill, type Locale } from '@wandelcoach/engine';
import type { CareKey } from './care.nl.js';
import type { IntakeKey } from './intake-keys.js';
import type { CoreKey } from './nl.js';
import { choosePlurals } from './plural.js';

export type MessageKey = CoreKey | IntakeKey | CareKey;
export type Catalogue = Readonly<Record<MessageKey, string>>;

export const LOCALES: readonly Locale[] = ['nl', 'en'];

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

export function translatorOver(locale: Locale, catalogue: Catalogue): Translate {
  return (key, params) =>
    params === undefined
      ? catalogue[key]
      : fill(locale, choosePlurals(locale, catalogue[key], params), { ...params });
}
