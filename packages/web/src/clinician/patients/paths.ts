/** The addresses of the clinician's patient screens: every screen and section its own. */
export const PATIENTS_PATH = '/clinician/patients';

export type PatientSection =
  'overview' | 'walks' | 'outcomes' | 'change' | 'clearance' | 'session' | 'notes' | 'access-log' | 'end';

/** The sections in the patient's row of links; ending the link is reached from the overview. */
export type NavSection = Exclude<PatientSection, 'end'>;

export const SECTIONS: readonly NavSection[] = [
  'overview',
  'walks',
  'outcomes',
  'change',
  'clearance',
  'session',
  'notes',
  'access-log',
];

export function patientPath(patientId: string, section: PatientSection = 'overview'): string {
  const base = `${PATIENTS_PATH}/${encodeURIComponent(patientId)}`;
  return section === 'overview' ? base : `${base}/${section}`;
}

export function flagPath(patientId: string, flagId: string): string {
  return `${patientPath(patientId)}/flags/${encodeURIComponent(flagId)}`;
}

/** The list with its filter and search in the address, so Back and a bookmark keep them. */
export function listPath(filter: { flag?: string | undefined; q?: string | undefined }): string {
  const query = new URLSearchParams();
  if (filter.flag !== undefined && filter.flag !== '') query.set('flag', filter.flag);
  if (filter.q !== undefined && filter.q !== '') query.set('q', filter.q);
  const search = query.toString();
  return search === '' ? PATIENTS_PATH : `${PATIENTS_PATH}?${search}`;
}

export function isSection(value: string | undefined): value is PatientSection {
  return value !== undefined && (value === 'end' || (SECTIONS as readonly string[]).includes(value));
}

/** What the list is told, through the address's history entry, after a link was ended. */
export interface ListNotice {
  ended: string;
}

export function isListNotice(state: unknown): state is ListNotice {
  return typeof state === 'object' && state !== null && typeof (state as ListNotice).ended === 'string';
}
