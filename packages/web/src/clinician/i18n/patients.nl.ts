/** The patients' screens in Dutch (the list, a patient's page). Every key must be in `patients.en.ts`. */
export const patientsNl = {
  'patients.title': 'Patiënten',
} as const;

export type ClinicianPatientsKey = keyof typeof patientsNl;
