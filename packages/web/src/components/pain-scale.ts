import type { ChoiceOption } from './choices.js';

/** The 0–10 pain scale (NPRS) as choices, with words at both ends so the numbers mean something. */
export function painScale(low: string, high: string): ChoiceOption<string>[] {
  return Array.from({ length: 11 }, (_, score) => ({
    value: String(score),
    label: String(score),
    help: score === 0 ? low : score === 10 ? high : undefined,
  }));
}
