import type { Locale } from '../codes.js';

/** The names between braces in a message: `'{from} → {to} min'` → `'from' | 'to'`. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

export type ParamsOf<S extends string> = [Placeholders<S>] extends [never]
  ? []
  : [params: Record<Placeholders<S>, string | number>];

/** At most this many fractions per locale, and templates, are remembered. */
export const MAX_KEPT_FRACTIONS = 10_000;
export const MAX_KEPT_TEMPLATES = 2_000;

/** Fractions already written, per locale: turning a double into text is slow next to a lookup. */
const FRACTIONS: Readonly<Record<Locale, Map<number, string>>> = { nl: new Map(), en: new Map() };

/** Numbers the way the locale writes them: 3.5 in English, 3,5 in Dutch. */
export function formatNumber(locale: Locale, value: number): string {
  if (Number.isInteger(value)) return String(value);
  const cache = FRACTIONS[locale];
  let text = cache.get(value);
  if (text === undefined) {
    const rounded = String(Math.round(value * 10) / 10);
    text = locale === 'nl' ? rounded.replace('.', ',') : rounded;
    // Plans reuse the same few half minutes and speeds; the bound only guards against odd callers.
    if (cache.size < MAX_KEPT_FRACTIONS) cache.set(value, text);
  }
  return text;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** A template cut at its placeholders: text, name, text, name, …, text. Cached, since reasons repeat. */
const compiled = new Map<string, string[]>();

export function compile(template: string): string[] {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    // The catalogues hold a few hundred templates; the bound only guards against odd callers.
    if (compiled.size < MAX_KEPT_TEMPLATES) compiled.set(template, parts);
  }
  return parts;
}

/** Fills `{name}` placeholders. A missing parameter is left visible so a test can catch it. */
export function fill(locale: Locale, template: string, params: Record<string, string | number> | undefined) {
  if (params === undefined) return template;
  return fillParts(locale, compile(template), params);
}

/** Fills a template already cut by {@link compile}. */
export function fillParts(
  locale: Locale,
  parts: readonly string[],
  params: Record<string, string | number>,
): string {
  let text = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] ?? '';
    const value = params[name];
    text +=
      value === undefined ? `{${name}}` : typeof value === 'number' ? formatNumber(locale, value) : value;
    text += parts[i + 1] ?? '';
  }
  return text;
}

/** Every placeholder name in a template, for the catalogue's consistency tests. */
export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

/** How many fractions and templates are remembered (for the test that nothing grows without bound). */
export function keptFormatCounts(): { fractions: number; templates: number } {
  return { fractions: FRACTIONS.nl.size + FRACTIONS.en.size, templates: compiled.size };
}
