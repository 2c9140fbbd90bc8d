/**
 * Plural forms inside a message, in the ICU way translators know:
 * `'{count, plural, one {# walk} other {# walks}}'`. The form is chosen by the language's own rules
 * (`Intl.PluralRules`), `#` becomes the number as the language writes it. Only the forms a language
 * has are needed (Dutch and English: `one` and `other`); `other` is required, and `=0` picks an exact number.
 */
import { formatNumber, type Locale } from '@wandelcoach/engine';

const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other) \{[^{}]*\})+)\s*\}/g;
const FORM = /(=\d+|zero|one|two|few|many|other) \{([^{}]*)\}/g;

const rules: Partial<Record<Locale, Intl.PluralRules>> = {};

function pluralRules(locale: Locale): Intl.PluralRules {
  return (rules[locale] ??= new Intl.PluralRules(locale));
}

/** Replaces every plural block by the form that fits its number; the rest of the template stays. */
export function choosePlurals(
  locale: Locale,
  template: string,
  params: Readonly<Record<string, string | number>>,
): string {
  if (!template.includes(', plural,')) return template;
  return template.replace(PLURAL, (block, name: string, body: string) => {
    const value = params[name];
    if (typeof value !== 'number') return block;
    const forms = new Map<string, string>();
    for (const [, form, text] of body.matchAll(FORM)) forms.set(form ?? '', text ?? '');
    const chosen =
      forms.get(`=${String(value)}`) ?? forms.get(pluralRules(locale).select(value)) ?? forms.get('other');
    return (chosen ?? block).replaceAll('#', formatNumber(locale, value));
  });
}

/** The numbers a template chooses plural forms by, e.g. `['count']`. */
export function pluralNames(template: string): string[] {
  return [...template.matchAll(PLURAL)].map((match) => match[1] ?? '');
}

/** The template without its plural blocks, to compare the plain placeholders of two languages. */
export function withoutPlurals(template: string): string {
  return template.replace(PLURAL, '');
}
