/**
 * The words as the running app gets them: Dutch is in the first load; English is a part of its own,
 * loaded when someone's language is English (before the first render, or when they change language),
 * so nobody downloads a language they do not read (CONTEXT.md, "Speed"). Once the service worker has
 * precached the app, loading it needs no connection.
 */
import type { Locale } from '@wandelcoach/engine';
import { catalogueNl } from './catalogue.nl.js';
import { translatorOver, type Catalogue, type Translate } from './catalogue.js';

const loaded: Partial<Record<Locale, Catalogue>> = { nl: catalogueNl };

const loaders: Readonly<Record<Locale, () => Promise<Catalogue>>> = {
  nl: () => Promise.resolve(catalogueNl),
  en: () => import('./catalogue.en.js').then((module) => module.catalogueEn),
};

/** Whether `locale`'s words are here, so a screen can be shown in it at once. */
export function hasCatalogue(locale: Locale): boolean {
  return loaded[locale] !== undefined;
}

/** Brings `locale`'s words; rejects when they cannot be loaded (no connection and not yet precached). */
export async function loadCatalogue(locale: Locale): Promise<void> {
  loaded[locale] ??= await loaders[locale]();
}

/** For the build, which renders the English welcome without loading anything. */
export function provideCatalogue(locale: Locale, catalogue: Catalogue): void {
  loaded[locale] = catalogue;
}

/** `locale`'s words; Dutch while they are not loaded (the app switches language only once they are). */
export function loadedTranslator(locale: Locale): Translate {
  const catalogue = loaded[locale];
  return catalogue === undefined ? translatorOver('nl', catalogueNl) : translatorOver(locale, catalogue);
}
