/**
 * The plan change form's rules, pure: its fields as typed, their bounds (read from the engine's own
 * schema, docs/clinical-rules.md §6, so the form and the server cannot disagree), and the change they
 * make, or what is wrong with them.
 */
import { prescriptionChangeSchema, type PrescriptionChangeInput } from '@wandelcoach/engine';

export const NUMBER_SETTINGS = [
  'startMinutes',
  'weeklyStepMinutes',
  'targetMinutes',
  'retroSessionMinutes',
  'retroGrowthPercent',
  'treadmillMaxKmh',
] as const;
export type NumberSetting = (typeof NUMBER_SETTINGS)[number];

export interface Bounds {
  min: number;
  max: number;
  /** Whole numbers only (minutes a day), or a decimal allowed (km/h, percent). */
  whole: boolean;
}

/** Each setting's bounds, from the engine's schema. */
export function settingBounds(): Readonly<Record<NumberSetting, Bounds>> {
  const shape = prescriptionChangeSchema.shape;
  const of = (setting: NumberSetting): Bounds => {
    const number = shape[setting].unwrap();
    return { min: number.minValue ?? 0, max: number.maxValue ?? 0, whole: number.format === 'safeint' };
  };
  return {
    startMinutes: of('startMinutes'),
    weeklyStepMinutes: of('weeklyStepMinutes'),
    targetMinutes: of('targetMinutes'),
    retroSessionMinutes: of('retroSessionMinutes'),
    retroGrowthPercent: of('retroGrowthPercent'),
    treadmillMaxKmh: of('treadmillMaxKmh'),
  };
}

export interface ChangeForm {
  numbers: Readonly<Record<NumberSetting, string>>;
  retroWalking: 'keep' | 'off' | 'on';
  pause: 'keep' | 'start' | 'end';
  pauseUntil: string;
  date: string;
  reason: string;
}

export function emptyForm(today: string): ChangeForm {
  return {
    numbers: {
      startMinutes: '',
      weeklyStepMinutes: '',
      targetMinutes: '',
      retroSessionMinutes: '',
      retroGrowthPercent: '',
      treadmillMaxKmh: '',
    },
    retroWalking: 'keep',
    pause: 'keep',
    pauseUntil: '',
    date: today,
    reason: '',
  };
}

/** The change without its author (the server fills that in), as the API takes it. */
export type ChangeRequest = Omit<PrescriptionChangeInput, 'by'>;

export type FormProblems = Partial<Record<NumberSetting, Bounds>> & { nothing?: true; reason?: true };

function parse(text: string, bounds: Bounds): number | undefined | 'wrong' {
  const typed = text.trim().replace(',', '.');
  if (typed === '') return undefined;
  if (!(bounds.whole ? /^\d+$/ : /^\d+(\.\d+)?$/).test(typed)) return 'wrong';
  const value = Number(typed);
  return value < bounds.min || value > bounds.max ? 'wrong' : value;
}

export function changeFromForm(
  form: ChangeForm,
  bounds: Readonly<Record<NumberSetting, Bounds>>,
): { change: ChangeRequest } | { problems: FormProblems } {
  const problems: FormProblems = {};
  const settings: Partial<Record<NumberSetting, number>> = {};
  for (const setting of NUMBER_SETTINGS) {
    const value = parse(form.numbers[setting], bounds[setting]);
    if (value === 'wrong') problems[setting] = bounds[setting];
    else if (value !== undefined) settings[setting] = value;
  }
  const change: ChangeRequest = {
    date: form.date,
    reason: form.reason.trim(),
    ...settings,
    ...(form.retroWalking !== 'keep' && { retroWalking: form.retroWalking === 'on' }),
    ...(form.pause === 'start' && {
      pause: { from: form.date, ...(form.pauseUntil !== '' && { until: form.pauseUntil }) },
    }),
    ...(form.pause === 'end' && { pause: null }),
  };
  const changesSomething =
    Object.keys(settings).length > 0 || form.retroWalking !== 'keep' || form.pause !== 'keep';
  if (!changesSomething && Object.keys(problems).length === 0) problems.nothing = true;
  if (change.reason === '') problems.reason = true;
  return Object.keys(problems).length === 0 ? { change } : { problems };
}
