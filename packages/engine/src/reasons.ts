import type { Locale } from './codes.js';
import { message, type MessageKey, type ParamsOf, type ReasonCode } from './i18n/index.js';
import type { en } from './i18n/en.js';
import type { Reason } from './output.js';
import type { Source } from './sources.js';

/** A reason in the person's language: `reason(locale, 'spike-cap', 'SPIKE', { minutes: 12, cap: 11 })`. */
export function reason<C extends ReasonCode>(
  locale: Locale,
  code: C,
  source: Source,
  ...params: ParamsOf<(typeof en)[`reason.${C}`]>
): Reason {
  const key = `reason.${code}` as const satisfies MessageKey;
  return { code, source, message: message(locale, key, ...params) };
}
