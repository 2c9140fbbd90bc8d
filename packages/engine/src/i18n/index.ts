/**
 * The engine's message catalogue: one object per locale, the English one defining the keys.
 * `nl` must have exactly the same keys (a type error otherwise) and the same placeholders (a test).
 */
import type { Locale } from '../codes.js';
import { en } from './en.js';
import { fill, type ParamsOf } from './format.js';
import { nl } from './nl.js';

export type MessageKey = keyof typeof en;
/** Codes of reasons, triage findings and evidence notes: the message keys under `reason.`. */
export type ReasonCode = ReasonCodeOf<MessageKey>;
type ReasonCodeOf<K> = K extends `reason.${infer Code}` ? Code : never;
export type Catalogue = { readonly [K in MessageKey]: string };

export const catalogues: Readonly<Record<Locale, Catalogue>> = { nl, en };

/** The message `key` in `locale`, with its placeholders filled. */
export function message<K extends MessageKey>(
  locale: Locale,
  key: K,
  ...params: ParamsOf<(typeof en)[K]>
): string {
  return fill(locale, catalogues[locale][key], params[0]);
}

export { fill, formatNumber, placeholdersIn, type ParamsOf, type Placeholders } from './format.js';
