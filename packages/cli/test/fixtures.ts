/**
 * Hand-built engine outputs for the renderers' tests: small, but with every shape the renderers must
 * handle (retro on a treadmill under supervision, half minutes, rest days, projected weeks).
 */
import type { DecisionRecord, PlanDay, PlanOutput, PlanWeek, Reason, Session } from '@wandelcoach/engine';

export function session(overrides: Partial<Session> = {}): Session {
  return {
    kind: 'forward',
    minutes: 4,
    partOfDay: 'morning',
    purpose: 'calm-start',
    treadmill: null,
    supervised: false,
    breathing: { inhaleSteps: 3, exhaleSteps: 4 },
    cues: ['relaxed-arm-swing'],
    ...overrides,
  };
}

export const retroSession = session({
  kind: 'retro',
  minutes: 5,
  partOfDay: 'afternoon',
  purpose: 'retro',
  treadmill: { speedKmh: 3, inclinePercent: 0 },
  supervised: true,
  cues: ['hold-handrails-safety-key', 'small-steps'],
});

const weekdaySessions: Session[] = [
  session(),
  session({ minutes: 3, partOfDay: 'afternoon', purpose: 'walking-break', cues: ['take-breaks-early'] }),
  session({ minutes: 3, partOfDay: 'evening', purpose: 'sleep', cues: ['calm-breathing'] }),
];

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function week(number: number, startDate: string, projected: boolean, scale: number): PlanWeek {
  const days: PlanDay[] = [];
  for (let offset = 0; offset < 7; offset++) {
    const date = addDays(startDate, offset);
    if (offset === 2) {
      days.push({ date, sessions: [] });
    } else if (offset === 3) {
      days.push({ date, sessions: [weekdaySessions[0] ?? session(), retroSession] });
    } else {
      days.push({ date, sessions: weekdaySessions.map((s) => ({ ...s, minutes: s.minutes + scale })) });
    }
  }
  const forwardMinutes = days
    .flatMap((d) => d.sessions)
    .filter((s) => s.kind === 'forward')
    .reduce((sum, s) => sum + s.minutes, 0);
  return { week: number, startDate, projected, totals: { forwardMinutes, retroMinutes: 5 }, days };
}

const projection: Reason = {
  code: 'decision.projection',
  source: 'PMM',
  message: 'Deze week is een vooruitblik: hij gaat ervan uit dat de weken ervoor goed gaan.',
};

function decision(
  number: number,
  date: string,
  kind: DecisionRecord['decision'],
  projected: boolean,
  reasons: Reason[],
): DecisionRecord {
  return { week: number, decision: kind, reasons, date, projected };
}

/** A Dutch person who manages on their own: week 1 is under way, weeks 2 and 3 are projections. */
export const selfManageOutput: PlanOutput = {
  locale: 'nl',
  triage: {
    level: 'self-manage',
    reasons: [
      {
        code: 'self-manage',
        source: 'KNGF-B.1.3',
        message: 'Je antwoorden laten geen waarschuwingssignalen zien. Je kunt zelf beginnen.',
      },
    ],
    riskProfile: 1,
    recheckRedFlags: false,
  },
  plan: {
    startDate: '2026-11-23',
    weeks: [
      week(1, '2026-11-23', false, 0),
      week(2, '2026-11-30', true, 1.5),
      week(3, '2026-12-07', true, 3),
    ],
  },
  decisions: [
    decision(1, '2026-11-23', 'start', false, [
      {
        code: 'start.back-pain',
        source: 'SEED-BP',
        message: 'Je begint met 10 minuten wandelen per dag, verdeeld over 3 korte wandelingen.',
      },
      { code: 'build-up', source: 'KNGF-C.2.2', message: 'Elke week die goed gaat, wandel je wat langer.' },
    ]),
    decision(2, '2026-11-30', 'progress', true, [
      {
        code: 'decision.progress.forward',
        source: 'PMM',
        message: 'Vooruit wandelen gaat van 10 naar 14,5 minuten per dag.',
      },
      projection,
    ]),
    decision(3, '2026-12-07', 'progress', true, [
      {
        code: 'decision.progress.forward',
        source: 'PMM',
        message: 'Vooruit wandelen gaat van 14,5 naar 19 minuten per dag.',
      },
      projection,
    ]),
  ],
  notes: [
    {
      code: 'note.walkback',
      source: 'WALKBACK',
      message:
        'In een groot onderzoek hadden mensen die opbouwden tot ongeveer 30 minuten wandelen minder nieuwe rugklachten.',
    },
  ],
  ended: null,
};

/** The same plan for an English-speaking person. */
export const englishOutput: PlanOutput = {
  ...selfManageOutput,
  locale: 'en',
  triage: {
    ...selfManageOutput.triage,
    reasons: [{ code: 'self-manage', source: 'KNGF-B.1.3', message: 'Your answers show no warning signs.' }],
  },
  decisions: [],
  notes: [],
};

export const emergencyOutput: PlanOutput = {
  locale: 'nl',
  triage: {
    level: 'emergency',
    reasons: [
      {
        code: 'red-flag.saddle-numbness',
        source: 'CES',
        message: 'Je merkt een doof gevoel rond je geslachtsdelen, anus of binnenkant van je dijen.',
      },
      { code: 'emergency-now', source: 'KNGF-B.1.3', message: 'Begin niet met wandeloefeningen. Bel 112.' },
    ],
    riskProfile: null,
    recheckRedFlags: false,
  },
  plan: null,
  decisions: [],
  notes: [],
  ended: null,
};

export const gpSoonOutput: PlanOutput = {
  ...emergencyOutput,
  triage: {
    level: 'gp-soon',
    reasons: [
      {
        code: 'red-flag.weight-loss',
        source: 'NICE-1.1.1',
        message: 'Je valt af zonder dat je dat probeert.',
      },
    ],
    riskProfile: null,
    recheckRedFlags: false,
  },
};
