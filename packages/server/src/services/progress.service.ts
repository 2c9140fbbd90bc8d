/**
 * What a person can see of their progress: minutes planned against minutes walked per week, pain
 * during and the next morning over time, and the plan's decisions with their reasons.
 */
import type { DecisionRecord, PlanOutput, WalkKind } from '@wandelcoach/engine';
import type { Walk } from '../repositories/walks.repository.js';
import { listWalks } from '../repositories/walks.repository.js';
import type { ServiceContext } from './context.js';
import { getPlan, type PlanRequest } from './plan.service.js';

export interface WeekProgress {
  week: number;
  startDate: string;
  endDate: string;
  projected: boolean;
  planned: Record<WalkKind, number>;
  walked: Record<WalkKind, number>;
}

export interface PainPoint {
  date: string;
  /** The highest pain during a walk that day. */
  painDuring: number;
  /** The highest next-morning score logged for that day's walks; null when none was given. */
  painNextMorning: number | null;
}

export interface Progress {
  /** The language of the decisions' messages (the intake's). */
  locale: PlanOutput['locale'];
  weeks: WeekProgress[];
  pain: PainPoint[];
  decisions: DecisionRecord[];
}

/** Rounded to a tenth: half minutes add up to tidy numbers, floating-point noise does not. */
function tidy(minutes: number): number {
  return Math.round(minutes * 10) / 10;
}

export function weeklyProgress(output: PlanOutput, walks: readonly Walk[]): WeekProgress[] {
  return (output.plan?.weeks ?? []).map((week) => {
    const endDate = week.days[week.days.length - 1]?.date ?? week.startDate;
    const walked = { forward: 0, retro: 0 };
    for (const walk of walks) {
      if (walk.date >= week.startDate && walk.date <= endDate) walked[walk.kind] += walk.minutes;
    }
    return {
      week: week.week,
      startDate: week.startDate,
      endDate,
      projected: week.projected,
      planned: { forward: week.totals.forwardMinutes, retro: week.totals.retroMinutes },
      walked: { forward: tidy(walked.forward), retro: tidy(walked.retro) },
    };
  });
}

export function painOverTime(walks: readonly Walk[]): PainPoint[] {
  const byDate = new Map<string, PainPoint>();
  for (const walk of walks) {
    const point = byDate.get(walk.date) ?? { date: walk.date, painDuring: 0, painNextMorning: null };
    point.painDuring = Math.max(point.painDuring, walk.painDuring);
    if (walk.painNextMorning !== null) {
      point.painNextMorning = Math.max(point.painNextMorning ?? 0, walk.painNextMorning);
    }
    byDate.set(walk.date, point);
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export async function getProgress(context: ServiceContext, request: PlanRequest): Promise<Progress> {
  // Read as progress: that is what the access log tells the patient was looked at.
  const output = await getPlan(context, request, 'progress');
  const walks = await listWalks(context.db.kysely, request.subjectId);
  return {
    locale: output.locale,
    weeks: weeklyProgress(output, walks),
    pain: painOverTime(walks),
    decisions: output.decisions,
  };
}
