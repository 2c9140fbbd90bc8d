/** The care team's answers, through the app's store like every other (`data/query.ts`). */
import { useCallback } from 'react';
import type { AccessLog, CareTeam } from '../api/client.js';
import { useApp } from '../app-context.js';
import { useQuery } from '../data/query.js';

export const CARE_KEYS = { careTeam: 'care-team', accessLog: 'access-log' } as const;

export function useCareTeam() {
  const { api, queries } = useApp();
  const fetch = useCallback((): Promise<CareTeam> => api.careTeam(), [api]);
  return useQuery(queries, CARE_KEYS.careTeam, fetch);
}

/** The newest page of who looked at the person's data; asked again on every visit, to be the newest. */
export function useAccessLog() {
  const { api, queries } = useApp();
  const fetch = useCallback((): Promise<AccessLog> => api.accessLog(), [api]);
  return useQuery(queries, CARE_KEYS.accessLog, fetch, true);
}
