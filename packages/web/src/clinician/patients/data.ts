/**
 * What the patient screens read and change, through the app's store of answers (`data/query.ts`),
 * under keys that start with `clinician:` so a change asks every clinician answer again and signing
 * out forgets them with the rest.
 */
import type * as Api from '@wandelcoach/server/api-types';
import { useCallback, useMemo } from 'react';
import type { ApiClient, PlanOutput, Progress, Walk } from '../../api/client.js';
import { useApp } from '../../app-context.js';
import { useQuery, type QueryStore } from '../../data/query.js';

export const CLINICIAN_KEYS = 'clinician:';

const patientPath = (patientId: string, part: string) =>
  `/clinician/patients/${encodeURIComponent(patientId)}/${part}` as const;

export const patientsApi = {
  patients: (api: ApiClient) => api.clinician<Api.LinkedPatientsAnswer>('GET', '/clinician/patients'),
  practiceFlags: (api: ApiClient) => api.clinician<Api.PracticeFlagsAnswer>('GET', '/clinician/flags'),
  flags: (api: ApiClient, id: string) =>
    api.clinician<Api.PatientFlagsAnswer>('GET', patientPath(id, 'flags')),
  updateFlag: (api: ApiClient, id: string, flagId: string, body: Api.FlagUpdateRequest) =>
    api.clinician<Api.FlagAnswer>('PATCH', patientPath(id, `flags/${encodeURIComponent(flagId)}`), body),
  intake: (api: ApiClient, id: string) => api.clinician<Api.IntakeRequest>('GET', patientPath(id, 'intake')),
  plan: (api: ApiClient, id: string) => api.clinician<PlanOutput>('GET', patientPath(id, 'plan')),
  walks: async (api: ApiClient, id: string) =>
    (await api.clinician<Api.WalksAnswer>('GET', patientPath(id, 'walks'))).walks,
  progress: (api: ApiClient, id: string) => api.clinician<Progress>('GET', patientPath(id, 'progress')),
  prescription: (api: ApiClient, id: string) =>
    api.clinician<Api.PrescriptionAnswer>('GET', patientPath(id, 'prescription')),
  changePlan: (api: ApiClient, id: string, body: Api.PrescriptionChangeRequest) =>
    api.clinician<PlanOutput>('POST', patientPath(id, 'prescription/changes'), body),
  clear: (api: ApiClient, id: string, body: Api.ClinicianClearanceRequest) =>
    api.clinician<PlanOutput>('POST', patientPath(id, 'prescription/clearances'), body),
  supervisedSession: (api: ApiClient, id: string, body: Api.SupervisedSessionRequest) =>
    api.clinician<Walk>('POST', patientPath(id, 'supervised-sessions'), body),
  notes: (api: ApiClient, id: string) =>
    api.clinician<Api.PatientNotesAnswer>('GET', patientPath(id, 'notes')),
  addNote: (api: ApiClient, id: string, text: string) =>
    api.clinician<Api.PatientNote>('POST', patientPath(id, 'notes'), { text }),
  /** Ends the practice's link: nobody at the practice reaches the patient any more. */
  endLink: (api: ApiClient, id: string) =>
    api.clinician<undefined>('DELETE', `/clinician/patients/${encodeURIComponent(id)}`),
  accessLog: (api: ApiClient, id: string, before?: string) =>
    api.clinician<Api.PatientAccessLogAnswer>(
      'GET',
      patientPath(
        id,
        `access-log?limit=50${before === undefined ? '' : `&before=${encodeURIComponent(before)}`}`,
      ),
    ),
};

type PatientPart =
  'flags' | 'intake' | 'plan' | 'walks' | 'progress' | 'prescription' | 'notes' | 'access-log';

interface PartAnswer {
  flags: Api.PatientFlagsAnswer;
  intake: Api.IntakeRequest;
  plan: PlanOutput;
  walks: Walk[];
  progress: Progress;
  prescription: Api.PrescriptionAnswer;
  notes: Api.PatientNotesAnswer;
  'access-log': Api.PatientAccessLogAnswer;
}

/**
 * How each part of a patient's record is asked for. A table typed by part (rather than a switch) lets the
 * compiler check that every part has its call and that each call answers the part's own shape.
 */
const fetchPart: { [P in PatientPart]: (api: ApiClient, id: string) => Promise<PartAnswer[P]> } = {
  flags: patientsApi.flags,
  intake: patientsApi.intake,
  plan: patientsApi.plan,
  walks: patientsApi.walks,
  progress: patientsApi.progress,
  prescription: patientsApi.prescription,
  notes: patientsApi.notes,
  'access-log': patientsApi.accessLog,
};

/**
 * The practice's list and its flags are asked again each time a screen showing them opens (the known
 * answer shows meanwhile): patients link, log walks and fall while the clinician has the area open, and
 * "Patients" must show them, not what was true when the list was first read.
 */
export function patientsQuery(api: ApiClient) {
  return {
    key: `${CLINICIAN_KEYS}patients`,
    fetch: () => patientsApi.patients(api),
    refreshOnOpen: true,
  } as const;
}

export function practiceFlagsQuery(api: ApiClient) {
  return {
    key: `${CLINICIAN_KEYS}flags`,
    fetch: () => patientsApi.practiceFlags(api),
    refreshOnOpen: true,
  } as const;
}

interface PracticeListQuery<T> {
  key: string;
  fetch: () => Promise<T>;
  refreshOnOpen: boolean;
}

function usePracticeList<T>(makeQuery: (api: ApiClient) => PracticeListQuery<T>) {
  const { api, queries } = useApp();
  const query = useMemo(() => makeQuery(api), [api, makeQuery]);
  return useQuery(queries, query.key, query.fetch, query.refreshOnOpen);
}

export function usePatients() {
  return usePracticeList(patientsQuery);
}

export function usePracticeFlags() {
  return usePracticeList(practiceFlagsQuery);
}

/** One part of one patient's record. */
export function usePatientPart<P extends PatientPart>(patientId: string, part: P) {
  const { api, queries } = useApp();
  const fetch = useCallback(() => fetchPart[part](api, patientId), [api, patientId, part]);
  return useQuery(queries, `${CLINICIAN_KEYS}${patientId}:${part}`, fetch);
}

/**
 * After a link was ended: the known list loses the patient at once, so it never shows them again while
 * it is asked anew (`useClinicianChanged`, which follows every saved change).
 */
export function dropFromList(queries: QueryStore, patientId: string): void {
  const key = `${CLINICIAN_KEYS}patients`;
  const known = queries.state<Api.LinkedPatientsAnswer>(key);
  if (known.status === 'done') {
    queries.set(key, {
      ...known.data,
      patients: known.data.patients.filter((p) => p.patientId !== patientId),
    });
  }
}

/** After a change: every clinician answer is out of date (the list's flags, the plan, the log). */
export function useClinicianChanged(): () => void {
  const { queries } = useApp();
  return useCallback(() => {
    queries.invalidate(CLINICIAN_KEYS);
  }, [queries]);
}
