import type { ClinicianPatientsKey } from './patients.nl.js';

/** The patients' screens in English; typed against the Dutch, so a missing key does not compile. */
export const patientsEn: Readonly<Record<ClinicianPatientsKey, string>> = {
  'patients.title': 'Patients',
};
