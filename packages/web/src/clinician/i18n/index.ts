/**
 * The clinicians' words: their own catalogues, loaded with the area (never in a patient's first
 * load), put together from the access screens' words and the patients' screens'. Filled in as the
 * app's own catalogues are (placeholders, plurals).
 */
import { fill, type Locale } from '@wandelcoach/engine';
import { choosePlurals } from '../../i18n/plural.js';
import { accessEn } from './access.en.js';
import { accessNl, type ClinicianAccessKey } from './access.nl.js';
import { patientsEn } from './patients.en.js';
import { patientsNl, type PatientsKey } from './patients.nl.js';

export type ClinicianKey = ClinicianAccessKey | PatientsKey;
export type ClinicianCatalogue = Readonly<Record<ClinicianKey, string>>;

export const clinicianCatalogues: Readonly<Record<Locale, ClinicianCatalogue>> = {
  nl: { ...accessNl, ...patientsNl },
  en: { ...accessEn, ...patientsEn },
};

export type ClinicianTranslate = (
  key: ClinicianKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

export function clinicianTranslator(locale: Locale): ClinicianTranslate {
  const catalogue = clinicianCatalogues[locale];
  return (key, params) =>
    params === undefined
      ? catalogue[key]
      : fill(locale, choosePlurals(locale, catalogue[key], params), { ...params });
}
