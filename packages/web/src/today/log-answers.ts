/**
 * The after-walk log's answers, which questions they bring up, and whether they are complete. Safety
 * questions start unanswered: a "no" nobody gave is not a "no". After the stop button, the reason is
 * asked first, and it fills in the answers it already gives (they can still be changed).
 */
import { signsToAskAfterWalk, type RedFlag, type WalkLogInput } from '@wandelcoach/engine';

export const STOP_REASONS = ['pain', 'dizziness', 'fall', 'other'] as const;
export type StopReason = (typeof STOP_REASONS)[number];

/** A group of warning signs: the signs ticked, or "none of these"; neither means not answered yet. */
export interface SignAnswer {
  flags: RedFlag[];
  none: boolean;
}

export interface LogAnswers {
  stopReason: StopReason | undefined;
  /** As typed: a half-typed number is kept as it is. */
  minutes: string;
  painDuring: number | undefined;
  /** "Did you notice anything unusual?" Yes opens the safety questions. */
  unusual: boolean | undefined;
  dizziness: boolean | undefined;
  /** A fall, a near-fall or an accident. */
  fall: boolean | undefined;
  /** The signs of an accident (asked after a fall or an accident only). */
  accidentSigns: SignAnswer;
  /** The other warning signs a walk can bring. */
  signs: SignAnswer;
}

export type LogQuestion =
  'stopReason' | 'minutes' | 'painDuring' | 'unusual' | 'dizziness' | 'fall' | 'accidentSigns' | 'signs';

/** What the log is shown for. */
export interface LogSituation {
  /** The walk was ended with the stop button. */
  stopped: boolean;
  /** Triage asks for the red flags to be checked again (after a fall, new signs or a flare). */
  recheck: boolean;
}

const NO_SIGNS: SignAnswer = { flags: [], none: false };

export function emptyAnswers(minutes: string): LogAnswers {
  return {
    stopReason: undefined,
    minutes,
    painDuring: undefined,
    unusual: undefined,
    dizziness: undefined,
    fall: undefined,
    accidentSigns: NO_SIGNS,
    signs: NO_SIGNS,
  };
}

type Prefill = Partial<Pick<LogAnswers, 'unusual' | 'dizziness' | 'fall'>>;

/** The answers a stop reason already gives. Pain gives none: its score is still the person's to say. */
const PREFILL: Readonly<Record<StopReason, Prefill>> = {
  pain: {},
  dizziness: { unusual: true, dizziness: true },
  fall: { unusual: true, fall: true },
  other: {},
};

/**
 * Answers the stop reason and fills in what it implies. A changed reason first takes back what the
 * earlier one filled in, unless the person has changed that answer since.
 *
 * @example
 * answerStopReason(emptyAnswers('2'), 'dizziness'); // unusual: true, dizziness: true, fall: undefined
 */
export function answerStopReason(answers: LogAnswers, reason: StopReason): LogAnswers {
  const next: LogAnswers = { ...answers, stopReason: reason };
  if (answers.stopReason !== undefined) {
    const earlier = PREFILL[answers.stopReason];
    for (const field of ['unusual', 'dizziness', 'fall'] as const) {
      if (earlier[field] !== undefined && next[field] === earlier[field]) next[field] = undefined;
    }
  }
  return { ...next, ...PREFILL[reason] };
}

/**
 * The questions shown, in order. The safety questions come after "anything unusual?" is answered yes,
 * the accident's signs after a fall or an accident. While triage asks for a recheck, the warning signs
 * are asked after every walk.
 */
export function visibleQuestions(answers: LogAnswers, situation: LogSituation): LogQuestion[] {
  const questions: LogQuestion[] = situation.stopped ? ['stopReason'] : [];
  questions.push('minutes', 'painDuring', 'unusual');
  if (answers.unusual === true) {
    questions.push('dizziness', 'fall');
    if (answers.fall === true) questions.push('accidentSigns');
  }
  if (answers.unusual === true || situation.recheck) questions.push('signs');
  return questions;
}

/** The warning signs each sign question lists. */
export function signsAsked(situation: LogSituation): { accidentSigns: RedFlag[]; signs: RedFlag[] } {
  const withAccident = signsToAskAfterWalk({ fellOrAccident: true, recheck: situation.recheck });
  const withoutAccident = new Set(signsToAskAfterWalk({ fellOrAccident: false, recheck: situation.recheck }));
  return {
    accidentSigns: withAccident.filter((flag) => !withoutAccident.has(flag)),
    signs: [...withoutAccident],
  };
}

export const MAX_MINUTES = 300;

/** Minutes as typed, in either language's way of writing a decimal; undefined when not a number. */
export function parseMinutes(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const minutes = Number(trimmed.replace(',', '.'));
  return Number.isFinite(minutes) ? minutes : undefined;
}

export type LogCheck =
  | {
      complete: true;
      log: Pick<WalkLogInput, 'minutes' | 'painDuring' | 'dizziness' | 'fall' | 'newSymptoms'>;
    }
  | { complete: false; question: LogQuestion; problem: 'required' | 'minutes-range' };

function answered(signs: SignAnswer): boolean {
  return signs.none || signs.flags.length > 0;
}

/**
 * The first question still to answer, in the order shown, or the log to store. Answers to questions
 * that are not shown count as "no": a person who noticed nothing unusual was not dizzy and did not fall.
 */
export function checkAnswers(answers: LogAnswers, situation: LogSituation): LogCheck {
  const shown = visibleQuestions(answers, situation);
  const minutes = parseMinutes(answers.minutes);
  for (const question of shown) {
    switch (question) {
      case 'stopReason':
        if (answers.stopReason === undefined) return { complete: false, question, problem: 'required' };
        break;
      case 'minutes':
        if (minutes === undefined || minutes < 0 || minutes > MAX_MINUTES)
          return { complete: false, question, problem: 'minutes-range' };
        break;
      case 'painDuring':
      case 'unusual':
      case 'dizziness':
      case 'fall':
        if (answers[question] === undefined) return { complete: false, question, problem: 'required' };
        break;
      case 'accidentSigns':
      case 'signs':
        if (!answered(answers[question])) return { complete: false, question, problem: 'required' };
        break;
    }
  }
  const flags = [
    ...(shown.includes('accidentSigns') ? answers.accidentSigns.flags : []),
    ...(shown.includes('signs') ? answers.signs.flags : []),
  ];
  return {
    complete: true,
    log: {
      minutes: minutes ?? 0,
      painDuring: answers.painDuring ?? 0,
      dizziness: shown.includes('dizziness') && answers.dizziness === true,
      fall: shown.includes('fall') && answers.fall === true,
      newSymptoms: flags,
    },
  };
}
