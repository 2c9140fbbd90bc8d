/**
 * The app's words: one catalogue per locale with typed keys. `t('key', { name })` fills in
 * placeholders the same way the engine's messages do.
 */
import { fill, type Locale } from '@wandelcoach/engine';
import { en } from './en.js';
import { nl, type MessageKey } from './nl.js';

export type { MessageKey };
export const LOCALES: readonly Locale[] = ['nl', 'en'];
export const uiCatalogues: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { nl, en };

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

export function translator(locale: Locale): Translate {
  const catalogue = uiCatalogues[locale];
  return (key, params) =>
    params === undefined ? catalogue[key] : fill(locale, catalogue[key], { ...params });
}
