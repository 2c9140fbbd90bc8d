/**
 * Axes for the progress charts, in the person's language and in whole steps.
 *
 * Days are plotted as whole day numbers on a plain numeric scale rather than on uPlot's time scale:
 * with a single point, uPlot widens a time scale by `86400 / ms` units, which for a scale in seconds
 * is a thousand days (an axis running 2027–2029 for one walk in December 2026), and its tick labels
 * are written the American way whatever the app's language. Here every tick is a whole day or week,
 * labelled through `Intl` in the app's own language.
 */
import { formatNumber, isoDate, type Locale } from '@wandelcoach/engine';
import { shortDate } from '../today/day-words.js';
import type uPlot from 'uplot';

/** A day (the engine's day number) as a short label for an axis: "2 dec" in Dutch, "2 Dec" in English. */
export function shortDayLabel(locale: Locale, day: number): string {
  return shortDate(locale, isoDate(day));
}

/**
 * The ticks from `anchor` onwards in whole steps that fall within `[min, max]`, so the first day
 * walked or week 1 always gets a label and no tick lands between two days or weeks.
 *
 * @example ticksFrom(1, 0.5, 12.5, 3) // [1, 4, 7, 10]
 */
export function ticksFrom(anchor: number, min: number, max: number, step: number): number[] {
  const whole = Math.max(1, Math.round(step));
  const first = anchor + Math.ceil((min - anchor) / whole) * whole;
  const ticks: number[] = [];
  for (let tick = first; tick <= max; tick += whole) ticks.push(tick);
  return ticks;
}

/**
 * Half a step of room either side of the first and last point, so points at the ends are not cut
 * in half and a single point sits in the middle.
 */
export function paddedRange(first: number, last: number): uPlot.Range.MinMax {
  return [first - 0.5, last + 0.5];
}

/**
 * From zero to a tenth above the highest value: minutes start at zero, so a week with few minutes
 * looks like few, not like none (uPlot's own range starts near the lowest value).
 */
export function fromZero(_chart: uPlot, _min: number | null, max: number | null): uPlot.Range.MinMax {
  return [0, max !== null && max > 0 ? max * 1.1 : 10];
}

/** The steps uPlot may choose between, smallest first; it takes the first that leaves room. */
const DAY_STEPS = [1, 2, 3, 7, 14, 28];
const WEEK_STEPS = [1, 2, 3, 4, 6];
const VALUE_STEPS = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300];

/** Larger than uPlot's 12 px, for eyes that need it; the canvas does not follow the text size. */
const FONT = '15px system-ui, sans-serif';
const LABEL_FONT = 'bold 15px system-ui, sans-serif';

/** An x axis of days, labelled "2 dec" / "2 Dec", each label a whole day from the first one. */
export function dayAxis(locale: Locale, firstDay: number): uPlot.Axis {
  return {
    font: FONT,
    incrs: DAY_STEPS,
    space: 60,
    splits: (_chart, _axis, min, max, step) => ticksFrom(firstDay, min, max, step),
    values: (_chart, ticks) => ticks.map((day) => shortDayLabel(locale, day)),
  };
}

/** A y axis of whole numbers (minutes, pain), written the way the language writes them. */
export function valueAxis(locale: Locale, label: string): uPlot.Axis {
  return wholeNumberAxis(locale, label, 0, VALUE_STEPS, 30);
}

/** An x axis of week numbers: 1, 2, 3 … or 1, 3, 5 … when there is no room, never 1.5. */
export function weekAxis(locale: Locale, label: string): uPlot.Axis {
  // Week numbers are short, so they need less room than uPlot's 50 px: every other week fits a phone.
  return wholeNumberAxis(locale, label, 1, WEEK_STEPS, 40);
}

function wholeNumberAxis(
  locale: Locale,
  label: string,
  anchor: number,
  steps: number[],
  space: number,
): uPlot.Axis {
  return {
    label,
    font: FONT,
    labelFont: LABEL_FONT,
    incrs: steps,
    space,
    splits: (_chart, _axis, min, max, step) => ticksFrom(anchor, min, max, step),
    values: (_chart, ticks) => ticks.map((value) => formatNumber(locale, value)),
  };
}
