import type { Locale } from './codes.js';
import { catalogues, type MessageKey, type ParamsOf, type ReasonCode } from './i18n/index.js';
import { compile, fillParts } from './i18n/format.js';
import type { en } from './i18n/en.js';
import type { ClinicianRef, Reason } from './output.js';
import type { Source } from './sources.js';

interface Template {
  text: string;
  /** `text` cut at its placeholders (see `fillParts`); null when it has none. */
  parts: readonly string[] | null;
}

/**
 * Each locale's reason templates by code, cut at their placeholders once. A plan gives dozens of
 * reasons; looking them up by `reason.${code}` built a new key string (and hashed it) every time.
 * Objects without a prototype rather than Maps: with the literal codes the callers pass, a property
 * lookup is faster still.
 */
const TEMPLATES: Readonly<Record<Locale, Readonly<Record<string, Template>>>> = {
  nl: templatesOf('nl'),
  en: templatesOf('en'),
};

function templatesOf(locale: Locale): Record<string, Template> {
  const templates = Object.create(null) as Record<string, Template>;
  const catalogue = catalogues[locale];
  for (const key of Object.keys(catalogue) as MessageKey[]) {
    if (!key.startsWith('reason.')) continue;
    const text = catalogue[key];
    const parts = compile(text);
    templates[key.slice('reason.'.length)] = { text, parts: parts.length > 1 ? parts : null };
  }
  return templates;
}

/** A reason in the person's language: `reason(locale, 'spike-cap', 'SPIKE', { minutes: 12, cap: 11 })`. */
export function reason<C extends ReasonCode>(
  locale: Locale,
  code: C,
  source: Source,
  ...params: ParamsOf<(typeof en)[`reason.${C}`]>
): Reason;
// One optional parameter rather than a rest array: no array to allocate on every call.
export function reason(
  locale: Locale,
  code: ReasonCode,
  source: Source,
  params?: Record<string, string | number>,
): Reason {
  // Every code is in the catalogue (its type says so), so the template is always found.
  const { text, parts } = TEMPLATES[locale][code] as Template;
  const message = parts === null || params === undefined ? text : fillParts(locale, parts, params);
  return { code, source, message };
}

/** What a clinician's item brings to every reason it causes: who decided, and why (docs/clinical-rules.md §6). */
export interface ClinicianNote {
  by: ClinicianRef;
  reason: string;
}

/**
 * A `CLINICIAN` reason with its author and the clinician's own reason beside the message.
 *
 * @example
 * withAuthor(reason('en', 'clinician.hold.paused', 'CLINICIAN', { name: 'Anna' }), note).by?.name; // 'Anna'
 */
export function withAuthor(reason: Reason, note: ClinicianNote): Reason {
  return { ...reason, by: { id: note.by.id, name: note.by.name }, clinicianReason: note.reason };
}
