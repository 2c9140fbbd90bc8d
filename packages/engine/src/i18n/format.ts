import type { Locale } from '../codes.js';

/** The names between braces in a message: `'{from} → {to} min'` → `'from' | 'to'`. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

export type ParamsOf<S extends string> = [Placeholders<S>] extends [never]
  ? []
  : [params: Record<Placeholders<S>, string | number>];

/** Numbers the way the locale writes them: 3.5 in English, 3,5 in Dutch. */
export function formatNumber(locale: Locale, value: number): string {
  const rounded = Math.round(value * 10) / 10;
  const text = String(rounded);
  return locale === 'nl' ? text.replace('.', ',') : text;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` placeholders. A missing parameter is left visible so a test can catch it. */
export function fill(locale: Locale, template: string, params: Record<string, string | number> | undefined) {
  if (params === undefined) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

/** Every placeholder name in a template, for the catalogue's consistency tests. */
export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}
