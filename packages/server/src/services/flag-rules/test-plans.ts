/** Small logs and plans for the flag rules' tests: only the parts the rules read. */
import type { DecisionRecord, PlanOutput, PlanWeek } from '@wandelcoach/engine';
import type { FlagWalk } from './types.js';

let next = 0;

export function walkOn(date: string, fields: Partial<FlagWalk> = {}): FlagWalk {
  next++;
  return {
    id: `walk-${next}`,
    date,
    kind: 'forward',
    minutes: 20,
    painDuring: 2,
    painNextMorning: null,
    dizziness: false,
    fall: false,
    newSymptoms: [],
    updatedAt: `${date}T18:00:00.000Z`,
    ...fields,
  };
}

export function weekFrom(week: number, startDate: string, minutes: number): PlanWeek {
  return {
    week,
    startDate,
    projected: false,
    totals: { forwardMinutes: minutes, retroMinutes: 0 },
    days: [],
  };
}

export function planOf(
  weeks: PlanWeek[],
  decisions: Pick<DecisionRecord, 'week' | 'decision' | 'date'>[] = [],
  ended: PlanOutput['ended'] = null,
): PlanOutput {
  return {
    locale: 'nl',
    triage: { level: 'self-manage', reasons: [], riskProfile: null, recheckRedFlags: false },
    plan: { startDate: weeks[0]?.startDate ?? '2026-11-01', weeks },
    decisions: decisions.map((decision) => ({ ...decision, reasons: [], projected: false })),
    notes: [],
    ended,
  };
}
