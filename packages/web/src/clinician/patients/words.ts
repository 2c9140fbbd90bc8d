/**
 * The patient screens' words in the app's language: their own keys of the clinicians' catalogue
 * (`clinician/i18n/index.ts` joins them with the others), read directly so these screens need no area.
 */
import { fill, type Locale } from '@wandelcoach/engine';
import { useMemo } from 'react';
import { useApp } from '../../app-context.js';
import { choosePlurals } from '../../i18n/plural.js';
import { patientsEn } from '../i18n/patients.en.js';
import { patientsNl, type PatientsKey } from '../i18n/patients.nl.js';

export type PatientsTranslate = (
  key: PatientsKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

export function patientsTranslator(locale: Locale): PatientsTranslate {
  const catalogue: Readonly<Record<PatientsKey, string>> = locale === 'nl' ? patientsNl : patientsEn;
  return (key, params) =>
    params === undefined
      ? catalogue[key]
      : fill(locale, choosePlurals(locale, catalogue[key], params), { ...params });
}

export function useWords(): { w: PatientsTranslate; locale: Locale } {
  const { locale } = useApp();
  const w = useMemo(() => patientsTranslator(locale), [locale]);
  return { w, locale };
}

/** A date as a clinician reads it: "2 dec 2026". */
export function formatDate(locale: Locale, date: string): string {
  const day = date.length === 10 ? new Date(`${date}T12:00:00Z`) : new Date(date);
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(date.length > 10 && { hour: '2-digit', minute: '2-digit' }),
  }).format(day);
}

/** "supervised by Sanne: why", or without the reason for a session stored before reasons were kept. */
export function supervisedWords(
  w: PatientsTranslate,
  supervisedBy: { name: string | null; reason: string | null },
): string {
  const name = supervisedBy.name ?? w('cp.flag.colleague');
  return supervisedBy.reason === null
    ? w('cp.walks.supervised', { name })
    : w('cp.walks.supervisedWhy', { name, reason: supervisedBy.reason });
}
