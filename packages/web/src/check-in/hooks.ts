/** The questions that are due, through the app's store like every other answer (`data/query.ts`). */
import { useCallback } from 'react';
import { useApp } from '../app-context.js';
import { useQuery } from '../data/query.js';
import type { OutcomeMeasures } from './types.js';

export const OUTCOME_MEASURES_KEY = 'outcome-measures';

export function useOutcomeMeasures() {
  const { api, queries } = useApp();
  const fetch = useCallback((): Promise<OutcomeMeasures> => api.outcomeMeasures(), [api]);
  return useQuery(queries, OUTCOME_MEASURES_KEY, fetch);
}
