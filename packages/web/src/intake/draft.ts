/**
 * The intake as a person fills it in, step by step: answers as typed, kept on the device so nobody
 * loses them by leaving halfway, and turned into the contract's intake at the end.
 */
import type {
  ActivityLevel,
  BackPainType,
  Condition,
  FallRisk,
  Goal,
  Impairment,
  IntakeInput,
  Locale,
  NeedsGuidance,
  RedFlag,
  RiskFactor,
} from '@wandelcoach/engine';
import { INTAKE_STEPS, type IntakeKey, type IntakeStep } from '../i18n/intake-keys.js';

export interface IntakeAnswers {
  goals: Goal[];
  /** As typed, so a half-typed number is not lost or "corrected". */
  age: string;
  activity: ActivityLevel | undefined;
  comfortableWalkMinutes: string;
  backPainType: BackPainType | undefined;
  legPain: boolean | undefined;
  painNow: number | undefined;
  needsGuidance: NeedsGuidance[];
  riskFactors: RiskFactor[];
  redFlags: RedFlag[];
  /** True once "none of these" was chosen: no answer is not the same as "no". */
  noRedFlags: boolean;
  fallRisk: FallRisk[];
  impairments: Impairment[];
  conditions: Condition[];
  equipment: { treadmill: boolean; railOrFlatPath: boolean; companion: boolean };
  daysPerWeek: number;
  startDate: string;
}

/** Stored drafts carry a version, so an app update can still read what was kept before it. */
export interface IntakeDraft {
  version: 1;
  /** Whose answers these are: on a shared device, nobody else may see or continue them. */
  accountId: string;
  step: IntakeStep;
  answers: IntakeAnswers;
}

export function emptyAnswers(today: string): IntakeAnswers {
  return {
    goals: [],
    age: '',
    activity: undefined,
    comfortableWalkMinutes: '',
    backPainType: undefined,
    legPain: undefined,
    painNow: undefined,
    needsGuidance: [],
    riskFactors: [],
    redFlags: [],
    noRedFlags: false,
    fallRisk: [],
    impairments: [],
    conditions: [],
    equipment: { treadmill: false, railOrFlatPath: false, companion: false },
    daysPerWeek: 4,
    startDate: today,
  };
}

/** The steps this person sees: the back-pain questions only when back pain is a goal. */
export function stepsFor(answers: IntakeAnswers): IntakeStep[] {
  return INTAKE_STEPS.filter((step) => step !== 'back' || answers.goals.includes('back-pain'));
}

export interface StepProblem {
  field: string;
  key: IntakeKey;
}

function wholeNumberIn(text: string, min: number, max: number): boolean {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max;
}

function numberIn(text: string, min: number, max: number): boolean {
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value) && value >= min && value <= max;
}

/** What still needs an answer before the person can go on. */
export function stepProblems(step: IntakeStep, answers: IntakeAnswers): StepProblem[] {
  const problems: StepProblem[] = [];
  switch (step) {
    case 'goals':
      if (answers.goals.length === 0) problems.push({ field: 'goals', key: 'intake.required' });
      break;
    case 'about-you':
      if (!wholeNumberIn(answers.age, 16, 110)) problems.push({ field: 'age', key: 'intake.ageRange' });
      if (answers.activity === undefined) problems.push({ field: 'activity', key: 'intake.required' });
      if (answers.comfortableWalkMinutes.trim() !== '' && !numberIn(answers.comfortableWalkMinutes, 0, 300)) {
        problems.push({ field: 'comfortableWalkMinutes', key: 'intake.minutesRange' });
      }
      break;
    case 'back':
      if (answers.backPainType === undefined)
        problems.push({ field: 'backPainType', key: 'intake.required' });
      if (answers.legPain === undefined) problems.push({ field: 'legPain', key: 'intake.required' });
      if (answers.painNow === undefined) problems.push({ field: 'painNow', key: 'intake.required' });
      break;
    case 'safety':
      if (answers.redFlags.length === 0 && !answers.noRedFlags) {
        problems.push({ field: 'redFlags', key: 'intake.required' });
      }
      break;
    case 'balance':
    case 'conditions':
      break;
    case 'practical':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(answers.startDate))
        problems.push({ field: 'startDate', key: 'intake.required' });
      break;
  }
  return problems;
}

/** The contract's intake from the answers. Leaves out what was not asked, so the engine's defaults apply. */
export function toIntake(answers: IntakeAnswers, locale: Locale): IntakeInput {
  const backPain = answers.goals.includes('back-pain');
  return {
    locale,
    age: Number(answers.age),
    goals: answers.goals,
    ...(backPain && {
      backPain: { type: answers.backPainType ?? 'unknown', legPain: answers.legPain ?? false },
      painNow: answers.painNow ?? 0,
      needsGuidance: answers.needsGuidance,
      riskFactors: answers.riskFactors,
    }),
    activity: answers.activity ?? 'light',
    ...(answers.comfortableWalkMinutes.trim() !== '' && {
      comfortableWalkMinutes: Number(answers.comfortableWalkMinutes),
    }),
    redFlags: answers.redFlags,
    fallRisk: answers.fallRisk,
    impairments: answers.impairments,
    conditions: answers.conditions,
    equipment: answers.equipment,
    daysPerWeek: answers.daysPerWeek,
    startDate: answers.startDate,
  };
}

const DRAFT_KEY = 'wandelcoach.intake-draft';

/** The kept draft, if there is one this version can read; anything else is dropped, not guessed at. */
export function loadDraft(
  storage: Pick<Storage, 'getItem'> | undefined,
  today: string,
  accountId: string,
): IntakeDraft | undefined {
  const text = storage?.getItem(DRAFT_KEY);
  if (text === null || text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<IntakeDraft>;
    if (parsed.version !== 1 || parsed.answers === undefined || parsed.step === undefined) return undefined;
    // Someone else's answers on a shared device are not shown, nor continued.
    if (parsed.accountId !== accountId) return undefined;
    if (!(INTAKE_STEPS as readonly string[]).includes(parsed.step)) return undefined;
    // Fields added in later versions of this record get their defaults.
    return {
      version: 1,
      accountId,
      step: parsed.step,
      answers: { ...emptyAnswers(today), ...parsed.answers },
    };
  } catch {
    return undefined;
  }
}

export function saveDraft(storage: Pick<Storage, 'setItem'> | undefined, draft: IntakeDraft): void {
  storage?.setItem(DRAFT_KEY, JSON.stringify(draft));
}

export function clearDraft(storage: Pick<Storage, 'removeItem'> | undefined): void {
  storage?.removeItem(DRAFT_KEY);
}
