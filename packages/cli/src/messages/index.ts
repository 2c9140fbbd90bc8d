/**
 * The command's message catalogue for the readable plan, built like the engine's (`i18n/index.ts`):
 * typed keys from `en.ts`, typed placeholders, numbers written the way the locale writes them.
 */
import { fill, type Locale, type ParamsOf } from '@wandelcoach/engine';
import { en } from './en.js';
import { nl } from './nl.js';

export type CliMessageKey = keyof typeof en;
export type CliCatalogue = { readonly [K in CliMessageKey]: string };

export const cliCatalogues: Readonly<Record<Locale, CliCatalogue>> = { nl, en };

/**
 * The text `key` in `locale`, with its placeholders filled.
 *
 * @example
 * t('nl', 'cell.morning', { minutes: 5.5 }); // 'ochtend 5,5 min'
 */
export function t<K extends CliMessageKey>(
  locale: Locale,
  key: K,
  ...params: ParamsOf<(typeof en)[K]>
): string {
  return fill(locale, cliCatalogues[locale][key], params[0]);
}
