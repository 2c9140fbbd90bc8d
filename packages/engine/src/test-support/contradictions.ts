/**
 * Phrases that may not appear in what a person reads, by the situation they are in (docs/clinical-rules.md
 * §1 "Texts"): "on your own" beside supervision or the advice to see a professional, "in the plan below"
 * without a plan, retro-walking words for someone without that goal, back-pain words for someone without
 * that goal, ISO dates inside sentences. Used on the engine's messages and on the CLI's rendered plan.
 */
import type { Locale } from '../codes.js';
import type { PlanOutput } from '../output.js';
import type { Intake } from '../schema.js';

export interface Phrase {
  /** Why it may not appear in this situation. */
  rule: string;
  pattern: RegExp;
}

type PhraseSet = Record<
  | 'on-your-own'
  | 'nothing-for-a-professional'
  | 'no-warning-signs'
  | 'plan-shown'
  | 'retro-words'
  | 'back-pain-words'
  | 'iso-date',
  Readonly<Record<Locale, readonly RegExp[]>>
>;

const PHRASES: PhraseSet = {
  // "You can start on your own" / "zelfstandig"
  'on-your-own': {
    en: [/\bon your own\b/i, /\bby yourself\b/i],
    nl: [
      /\bzelfstandig/i,
      /\bop eigen houtje\b/i,
      /\bzelf opbouwen\b/i,
      /\bin je eentje\b/i,
      /\bzelf aan de slag\b/i,
    ],
  },
  'nothing-for-a-professional': {
    en: [/no signs that a doctor or physiotherapist/i, /nothing a (doctor|physiotherapist)/i],
    nl: [/niets zien waar een arts of fysiotherapeut/i, /niets waar een (arts|fysiotherapeut)/i],
  },
  'no-warning-signs': {
    en: [/\bnone of your answers is a warning sign\b/i, /\bno warning signs?\b/i],
    nl: [/\bgeen van je antwoorden is een waarschuwingssignaal\b/i, /\bgeen waarschuwingssignalen\b/i],
  },
  // Words that point at a plan that is shown
  'plan-shown': {
    en: [/\bbelow\b/i, /\byour plan is open\b/i, /\byou start with\b/i],
    nl: [/\bhieronder\b/i, /\bje plan staat open\b/i, /\bje begint met\b/i],
  },
  'retro-words': {
    en: [/\bbackwards?\b/i, /\bretro-?walking\b/i],
    nl: [/\bachteruit/i],
  },
  'back-pain-words': {
    en: [/\bback pain\b/i, /\byour back\b/i],
    nl: [/\brugpijn\b/i, /\bje rug\b/i, /\brugklachten\b/i],
  },
  'iso-date': {
    en: [/\b\d{4}-\d{2}-\d{2}\b/],
    nl: [/\b\d{4}-\d{2}-\d{2}\b/],
  },
};

/** The phrases a person in this situation may not read, each with the rule it breaks. */
export function forbiddenPhrases(intake: Intake, output: PlanOutput): Phrase[] {
  const locale = output.locale;
  const sessions = (output.plan?.weeks ?? []).flatMap((w) => w.days.flatMap((d) => d.sessions));
  const supervised = sessions.some((s) => s.supervised);
  const advisedToSeeSomeone =
    output.triage.level === 'emergency' ||
    output.triage.level === 'routine-assessment' ||
    output.triage.riskProfile === 2 ||
    output.triage.reasons.some((r) => r.code === 'see-physio') ||
    output.plan === null;
  // A red flag listed (also one a GP has cleared) is a warning sign: never "no warning signs".
  const signsListed = output.triage.reasons.some(
    (r) => r.code.startsWith('red-flag.') || r.code === 'earlier-signs',
  );
  // Any text that sends the person to a physiotherapist rules out "on your own" in the same answer.
  const physioAdvised = outputTexts(output).some((text) => /physiotherap|fysiotherap/i.test(text));
  const rules: Array<[string, keyof PhraseSet, boolean]> = [
    ['a physiotherapist is advised: never "on your own"', 'on-your-own', physioAdvised],
    ['warning signs are listed: never "no warning signs" or "on your own"', 'no-warning-signs', signsListed],
    ['warning signs are listed: never "no warning signs" or "on your own"', 'on-your-own', signsListed],
    [
      'a professional should look, or retro-walking is supervised: never "on your own"',
      'on-your-own',
      advisedToSeeSomeone || supervised,
    ],
    [
      'a professional should look: never "nothing for a professional"',
      'nothing-for-a-professional',
      advisedToSeeSomeone,
    ],
    ['there is no plan: nothing may point at one', 'plan-shown', output.plan === null],
    [
      'retro-walking is not a goal: no retro-walking advice',
      'retro-words',
      !intake.goals.includes('retro-walking'),
    ],
    ['back pain is not a goal: no back-pain words', 'back-pain-words', !intake.goals.includes('back-pain')],
    ['dates inside sentences are written the reader’s way', 'iso-date', true],
  ];
  return rules.flatMap(([rule, set, applies]) =>
    applies ? PHRASES[set][locale].map((pattern) => ({ rule, pattern })) : [],
  );
}

/** Every text a person reads in an output: triage, decisions, evidence notes, the end of the plan. */
export function outputTexts(output: PlanOutput): string[] {
  return [
    ...output.triage.reasons.map((r) => r.message),
    ...output.decisions.flatMap((d) => d.reasons.map((r) => r.message)),
    ...output.notes.map((r) => r.message),
    ...(output.ended === null ? [] : [output.ended.message]),
  ];
}

/** The contradictions found in `texts`: "rule: the text" for each forbidden phrase that appears. */
export function contradictionsIn(texts: readonly string[], phrases: readonly Phrase[]): string[] {
  const found: string[] = [];
  for (const text of texts) {
    for (const { rule, pattern } of phrases) if (pattern.test(text)) found.push(`${rule}: ${text}`);
  }
  return found;
}
