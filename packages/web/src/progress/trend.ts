/**
 * Each progress chart's story in one plain sentence, for people who do not read charts, and for
 * screen readers: how pain went from the first day noted to the last, and how much of the planned
 * walking was done. The numbers are the tables' own (first and last row), so a person can check them.
 */
import type { Progress } from '../api/client.js';
import type { Translate } from '../i18n/catalogue.js';
import { dayNumber } from '@wandelcoach/engine';

type PainPoint = Progress['pain'][number];
type Week = Progress['weeks'][number];

/** A score at the first and the last day it was noted, and the days between them. */
export interface Change {
  from: number;
  to: number;
  days: number;
}

/**
 * From the first to the last day a score was noted; days without one (no next-morning answer) are
 * skipped. Undefined when the score was never noted.
 *
 * @example change([{ date: '2026-12-01', value: 5 }, { date: '2026-12-15', value: 3 }])
 * // { from: 5, to: 3, days: 14 }
 */
export function change(points: readonly { date: string; value: number | null }[]): Change | undefined {
  const noted = points.filter((point): point is { date: string; value: number } => point.value !== null);
  const first = noted[0];
  const last = noted[noted.length - 1];
  if (first === undefined || last === undefined) return undefined;
  return { from: first.value, to: last.value, days: dayNumber(last.date) - dayNumber(first.date) };
}

/** The last day a score was noted, and the score: what the chart's legend shows beside each line. */
export function lastNoted(
  points: readonly { date: string; value: number | null }[],
): { date: string; value: number } | undefined {
  for (let i = points.length - 1; i >= 0; i -= 1) {
    const point = points[i];
    if (point !== undefined && point.value !== null) return { date: point.date, value: point.value };
  }
  return undefined;
}

/** Under two weeks in days ("10 dagen"), from then on in whole weeks ("3 weken"). */
function period(t: Translate, days: number): string {
  return days < 14
    ? t('progress.trend.days', { count: days })
    : t('progress.trend.weeks', { count: Math.round(days / 7) });
}

/** One sentence on one pain score: down, up, the same, or the single day noted. */
export function painSentence(t: Translate, subject: string, found: Change): string {
  const words = { what: subject, from: found.from, to: found.to };
  if (found.days === 0) return t('progress.trend.once', words);
  const over = { ...words, period: period(t, found.days) };
  if (found.to < found.from) return t('progress.trend.down', over);
  if (found.to > found.from) return t('progress.trend.up', over);
  return t('progress.trend.same', over);
}

/**
 * The pain chart in words: pain while walking, then the next morning if any was noted. Empty when
 * nothing was noted at all.
 */
export function painSummary(t: Translate, pain: readonly PainPoint[]): string {
  const during = change(pain.map((point) => ({ date: point.date, value: point.painDuring })));
  const morning = change(pain.map((point) => ({ date: point.date, value: point.painNextMorning })));
  return [
    during && painSentence(t, t('progress.trend.during'), during),
    morning && painSentence(t, t('progress.trend.morning'), morning),
  ]
    .filter((sentence) => sentence !== undefined)
    .join(' ');
}

/** The weeks that have begun: their plan is settled and walks can count towards it. */
export function weeksBegun(weeks: readonly Week[]): Week[] {
  return weeks.filter((week) => !week.projected);
}

/** Forward and backward minutes together, rounded to a tenth against floating-point noise. */
function total(minutes: readonly { forward: number; retro: number }[]): number {
  return Math.round(minutes.reduce((sum, m) => sum + m.forward + m.retro, 0) * 10) / 10;
}

/** The minutes chart in words: of the minutes planned in the weeks begun so far, how many were walked. */
export function minutesSummary(t: Translate, weeks: readonly Week[]): string {
  const begun = weeksBegun(weeks);
  const first = begun[0];
  const last = begun[begun.length - 1];
  if (first === undefined || last === undefined) return t('progress.trend.notStarted');
  const numbers = {
    first: first.week,
    last: last.week,
    walked: total(begun.map((week) => week.walked)),
    planned: total(begun.map((week) => week.planned)),
  };
  return first === last
    ? t('progress.trend.minutesWeek', numbers)
    : t('progress.trend.minutesWeeks', numbers);
}
