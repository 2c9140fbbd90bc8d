/**
 * Contract vignettes (plan-contract.md): the shape of a whole plan for real people: languages, the number
 * of weeks, projections, determinism, and reasons that always name a source from docs/clinical-rules.md.
 */
import { describe, expect, it } from 'vitest';
import type { PlanOutput } from '../output.js';
import type { IntakeInput } from '../schema.js';
import {
  addDays,
  allDays,
  build,
  codes,
  daan,
  els,
  everyReason,
  gerrit,
  joke,
  karin,
  planOf,
  rehab,
  sanne,
  sedentary,
  START,
  walkedAsPlanned,
  weekEnd,
  weekStart,
} from './people.js';

/** The source codes of the table in docs/clinical-rules.md; a source may narrow one to a section (KNGF-B.1.3). */
const SOURCE_TABLE = [
  'SEED-RW',
  'SEED-BP',
  'KNGF',
  'NICE',
  'CES',
  'WALKBACK',
  'PMM',
  'SPIKE',
  'STEADI',
  'CADENCE',
  'NPRS',
];

function fromTable(source: string): boolean {
  return SOURCE_TABLE.some((code) => source === code || source.startsWith(`${code}-`));
}

/** Karin's first two weeks logged as planned, looked at on the Wednesday of week 3. */
function karinAfterTwoWeeks(locale: 'nl' | 'en'): PlanOutput {
  const intake = karin({ locale });
  const logs = walkedAsPlanned(planOf(build(intake)), START, weekEnd(2), {
    painDuring: 2,
    painNextMorning: 3,
  });
  return build(intake, logs, addDays(weekStart(3), 2));
}

describe('Karin, 50, in Dutch and in English', () => {
  const nl = karinAfterTwoWeeks('nl');
  const en = karinAfterTwoWeeks('en');

  it('gets the same plan and the same reason codes in both languages', () => {
    expect(nl.plan).toEqual(en.plan);
    expect(nl.triage.level).toBe(en.triage.level);
    expect(codes(nl.triage.reasons)).toEqual(codes(en.triage.reasons));
    expect(nl.decisions.map((d) => [d.week, d.decision, codes(d.reasons)])).toEqual(
      en.decisions.map((d) => [d.week, d.decision, codes(d.reasons)]),
    );
    expect(codes(nl.notes)).toEqual(codes(en.notes));
  });

  it('reads every message in her own language: different texts, no English words in the Dutch ones', () => {
    const dutch = everyReason(nl);
    const english = everyReason(en);
    expect(dutch.length).toBeGreaterThan(10);
    dutch.forEach((reason, i) => {
      expect(reason.message).not.toBe(english[i]?.message);
      expect(reason.message).not.toMatch(/\b(walk|walks|walking|you|your|the|and|minutes|week's|with)\b/i);
    });
    for (const reason of english)
      expect(reason.message).not.toMatch(/\b(wandel\w*|je|jij|het|minuten|lopen)\b/i);
  });

  it('sees numbers written the way her language writes them (5,5 in Dutch, 5.5 in English)', () => {
    // retro-walking grows 10% a week from 5 minutes a session: 5.5
    const nlText = nl.decisions.flatMap((d) => d.reasons.map((r) => r.message)).join(' ');
    const enText = en.decisions.flatMap((d) => d.reasons.map((r) => r.message)).join(' ');
    expect(nlText).toContain('5,5 minuten');
    expect(enText).toContain('5.5 minutes');
    expect(nlText).not.toContain('5.5');
  });
});

describe('Joke, 52, asks for a plan of four weeks', () => {
  const output = build(joke(), [], START, 4);
  const plan = planOf(output);

  it('gets exactly 4 weeks of 7 days, every date present and consecutive from her start date', () => {
    expect(plan.startDate).toBe(START);
    expect(plan.weeks.map((w) => w.week)).toEqual([1, 2, 3, 4]);
    expect(plan.weeks.every((w) => w.days.length === 7)).toBe(true);
    expect(allDays(plan).map((d) => d.date)).toEqual(Array.from({ length: 28 }, (_, i) => addDays(START, i)));
    expect(Math.max(...output.decisions.map((d) => d.week))).toBe(4);
  });

  it('gets the default 12 weeks when she does not say', () => {
    const twelve = planOf(build(joke()));
    expect(twelve.weeks).toHaveLength(12);
    expect(allDays(twelve).at(-1)?.date).toBe(addDays(START, 83));
    // The first four weeks do not depend on how far ahead the plan looks.
    expect(twelve.weeks.slice(0, 4)).toEqual(plan.weeks);
  });

  it('lists every day; Gerrit, who walks backwards 4 days a week, walks forwards on all of them (§4)', () => {
    const gerritPlan = planOf(build(gerrit(), [], START, 4));
    expect(allDays(gerritPlan)).toHaveLength(28);
    expect(allDays(gerritPlan).every((d) => d.sessions.some((s) => s.kind === 'forward'))).toBe(true);
    expect(allDays(gerritPlan).filter((d) => d.sessions.some((s) => s.kind === 'retro'))).toHaveLength(16);
  });
});

describe('Karin, 50, builds the same plan twice', () => {
  const logs = walkedAsPlanned(planOf(build(karin())), START, weekEnd(2), (_session, date) => ({
    painDuring: 3,
    painNextMorning: date === '2026-12-02' ? 5 : 3,
  }));

  it('gets exactly the same output for the same input', () => {
    const first = build(karin(), logs, weekStart(3));
    const second = build(karin(), logs, weekStart(3));
    expect(second).toEqual(first);
  });

  it('gets the same output whatever the order of her log', () => {
    const inOrder = build(karin(), logs, weekStart(3));
    const reversed = build(karin(), [...logs].reverse(), weekStart(3));
    const interleaved = build(
      karin(),
      [...logs.filter((_, i) => i % 2 === 1), ...logs.filter((_, i) => i % 2 === 0)],
      weekStart(3),
    );
    expect(reversed).toEqual(inOrder);
    expect(interleaved).toEqual(inOrder);
  });

  it('leaves her intake and log untouched', () => {
    const intake = karin();
    const intakeBefore = structuredClone(intake);
    const logsBefore = structuredClone(logs);
    build(intake, logs, weekStart(3));
    expect(intake).toEqual(intakeBefore);
    expect(logs).toEqual(logsBefore);
  });
});

describe('Joke, 52, looks at her plan before it starts and in week 5', () => {
  it('a week before the start: every week, and every decision, is a projection', () => {
    const output = build(joke(), [], addDays(START, -7));
    const plan = planOf(output);
    expect(plan.weeks.every((w) => w.projected)).toBe(true);
    expect(output.decisions.every((d) => d.projected)).toBe(true);
  });

  it('on Wednesday of week 5: weeks 1–5 show what happened, weeks 6–12 are projected', () => {
    const logs = walkedAsPlanned(planOf(build(joke())), START, weekEnd(4), {
      painDuring: 2,
      painNextMorning: 3,
    });
    const output = build(joke(), logs, addDays(weekStart(5), 2));
    const plan = planOf(output);
    expect(plan.weeks.map((w) => w.projected)).toEqual([
      false,
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    for (const decision of output.decisions) expect(decision.projected).toBe(decision.week > 5);
    // Weeks still ahead say so once, at the first of them (one line per change); each is marked.
    const ahead = output.decisions.filter((d) => d.projected);
    expect(ahead.map((d) => codes(d.reasons).includes('decision.projection'))).toEqual(
      ahead.map((_d, i) => i === 0),
    );
  });
});

describe.each<[string, IntakeInput]>([
  ['Sanne', sanne()],
  ['Wil', sedentary('nerve-pain', 6, { locale: 'nl' })],
  ['Gerrit', gerrit({ locale: 'nl' })],
  ['Daan', daan()],
  ['Karin', karin()],
  ['Wim', rehab('stroke')],
  ['Els', els()],
  [
    'Joke with a GP clearance',
    joke({ redFlags: ['weight-loss'], clearedBy: { by: 'gp', date: '2026-11-20' } }),
  ],
])('%s: the plan keeps to the contract', (_name, intake) => {
  const output = build(intake);
  const plan = planOf(output);

  it('gives every reason a code, a source from the clinical-rules table and a filled-in message', () => {
    for (const reason of everyReason(output)) {
      expect(reason.code.length).toBeGreaterThan(0);
      expect(fromTable(reason.source), `${reason.code}: ${reason.source}`).toBe(true);
      expect(reason.message.length).toBeGreaterThan(0);
      expect(reason.message).not.toMatch(/[{}]/);
    }
  });

  it('gives every decision that changes something at least one reason; a week without one goes on as the week before', () => {
    output.decisions.forEach((decision, index) => {
      if (decision.reasons.length > 0) return;
      const before = output.decisions
        .slice(0, index)
        .findLast(
          (d) => d.week === decision.week - 1 && d.decision !== 'stop-retro' && d.decision !== 'pause',
        );
      expect(decision.decision, `week ${decision.week}`).toBe(before?.decision);
    });
  });

  it('says each line once, where it is news', () => {
    const lines = output.decisions.flatMap((d) => d.reasons.map((r) => `${d.week}: ${r.message}`));
    expect(new Set(lines).size).toBe(lines.length);
    expect(everyReason(output).filter((r) => r.code === 'decision.projection').length).toBeLessThanOrEqual(1);
  });

  it('has a start decision for week 1 and one reviewed decision for every later week', () => {
    expect(output.decisions[0]?.decision).toBe('start');
    const weekly = output.decisions.filter((d) => d.decision !== 'stop-retro' && d.decision !== 'pause');
    expect(weekly.map((d) => d.week)).toEqual(plan.weeks.map((w) => w.week));
  });

  it('has only whole or half minutes, known parts of the day, and treadmills only under retro-walking', () => {
    for (const session of allDays(plan).flatMap((d) => d.sessions)) {
      expect(session.minutes).toBeGreaterThan(0);
      expect(Number.isInteger(session.minutes * 2)).toBe(true);
      expect(['morning', 'afternoon', 'evening', 'any']).toContain(session.partOfDay);
      if (session.kind === 'forward') expect(session.treadmill).toBeNull();
      expect(session.breathing.inhaleSteps).toBe(3);
      expect([4, 5]).toContain(session.breathing.exhaleSteps);
    }
  });

  it('adds up the week totals from the sessions', () => {
    for (const week of plan.weeks) {
      const sessions = week.days.flatMap((d) => d.sessions);
      const sum = (kind: string) =>
        sessions.filter((s) => s.kind === kind).reduce((n, s) => n + s.minutes, 0);
      expect(week.totals).toEqual({ forwardMinutes: sum('forward'), retroMinutes: sum('retro') });
    }
  });
});
