/**
 * The breathing rhythm by steps (SEED-BP): in over 3 steps, out over 4 or 5, at the person's own
 * cadence. Pure functions of the time walked, so the pulse on screen and the tick agree.
 */
export interface BreathingPattern {
  inhaleSteps: number;
  exhaleSteps: number;
}

export interface BreathMoment {
  phase: 'in' | 'out';
  /** 1-based step within the phase. */
  step: number;
  /** True on the first step of a phase: when the tick or vibration marks the change. */
  phaseStart: boolean;
  /** The step count since the walk began, to notice a new step between two looks. */
  stepIndex: number;
}

/** Steps per minute a person can set: slow rehabilitation walking to a brisk pace. */
export const CADENCE_MIN = 40;
export const CADENCE_MAX = 160;
export const DEFAULT_CADENCE = 100;

export function breathAt(elapsedMs: number, cadence: number, pattern: BreathingPattern): BreathMoment {
  const stepMs = 60_000 / cadence;
  const stepIndex = Math.floor(Math.max(0, elapsedMs) / stepMs);
  const position = stepIndex % (pattern.inhaleSteps + pattern.exhaleSteps);
  return position < pattern.inhaleSteps
    ? { phase: 'in', step: position + 1, phaseStart: position === 0, stepIndex }
    : {
        phase: 'out',
        step: position - pattern.inhaleSteps + 1,
        phaseStart: position === pattern.inhaleSteps,
        stepIndex,
      };
}

export function clampCadence(stepsPerMinute: number): number {
  return Math.round(Math.min(CADENCE_MAX, Math.max(CADENCE_MIN, stepsPerMinute)));
}

/** Taps needed before {@link cadenceFromTaps} gives a cadence: three gaps to take the median of. */
export const TAPS_NEEDED = 4;

/**
 * The cadence from taps, one per step: the median gap between taps, so one hesitant tap does not
 * throw it off. Undefined until there are {@link TAPS_NEEDED} taps.
 */
export function cadenceFromTaps(tapTimesMs: readonly number[]): number | undefined {
  if (tapTimesMs.length < TAPS_NEEDED) return undefined;
  const gaps = tapTimesMs
    .slice(1)
    .map((time, index) => time - (tapTimesMs[index] ?? time))
    .filter((gap) => gap > 0)
    .sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)];
  return median === undefined ? undefined : clampCadence(60_000 / median);
}

/**
 * A cadence typed in: a whole number of steps per minute from {@link CADENCE_MIN} to
 * {@link CADENCE_MAX}, or undefined. Not clamped: a typo such as 10 for 100 should be said, not
 * quietly turned into 40.
 */
export function parseCadence(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= CADENCE_MIN && value <= CADENCE_MAX ? value : undefined;
}

/**
 * A longer pause than this between two taps starts a new count: the slowest cadence is a step every
 * 1.5 s, so anything much longer means the person stopped tapping and began again.
 */
export const TAP_RESTART_MS = 3_000;

/** The taps to measure from after one more at `now`: the last eight, or a fresh start after a pause. */
export function addTap(taps: readonly number[], now: number): number[] {
  const last = taps.at(-1);
  if (last === undefined || now - last > TAP_RESTART_MS || now < last) return [now];
  return [...taps.slice(-7), now];
}
