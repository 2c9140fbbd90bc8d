/**
 * The sources in words a patient understands, for the web app's "where this comes from" screen and
 * the command line: a name to show instead of a code such as `SPIKE`, and what the source says.
 */
import type { Locale } from './codes.js';
import { sourcesEn, type SourceTexts } from './i18n/sources.en.js';
import { sourcesNl } from './i18n/sources.nl.js';
import type { Source } from './sources.js';

const SOURCE_TEXTS: Readonly<Record<Locale, SourceTexts>> = { nl: sourcesNl, en: sourcesEn };

/**
 * The source's name in plain words.
 *
 * @example
 * sourceName('en', 'SPIKE'); // 'Study on sudden jumps in how long people train'
 */
export function sourceName(locale: Locale, source: Source): string {
  return SOURCE_TEXTS[locale][source].name;
}

/**
 * What the source says that the plan rests on, in a few plain sentences.
 *
 * @example
 * sourceSummary('nl', 'NPRS'); // 'Een eenvoudige manier om pijn een cijfer te geven: …'
 */
export function sourceSummary(locale: Locale, source: Source): string {
  return SOURCE_TEXTS[locale][source].summary;
}

export type { SourceText, SourceTexts } from './i18n/sources.en.js';
