import { describe, expect, it } from 'vitest';
import { PlanInputError, validatePlanInput, type FieldProblem } from './validation.js';

const intake = {
  age: 45,
  goals: ['back-pain'],
  backPain: { type: 'chronic', legPain: false },
  activity: 'light',
};

function problemsFor(input: Parameters<typeof validatePlanInput>[0]): readonly FieldProblem[] {
  try {
    validatePlanInput(input);
  } catch (error) {
    if (error instanceof PlanInputError) return error.problems;
    throw error;
  }
  throw new Error('expected a PlanInputError');
}

describe('validatePlanInput', () => {
  it('fills in the contract defaults', () => {
    const valid = validatePlanInput({ intake, today: '2026-11-23' });
    expect(valid.weeks).toBe(12);
    expect(valid.logs).toEqual([]);
    expect(valid.intake).toMatchObject({
      locale: 'nl',
      painNow: 0,
      redFlags: [],
      needsGuidance: [],
      fallRisk: [],
      impairments: [],
      conditions: [],
      riskFactors: [],
      equipment: { treadmill: false, railOrFlatPath: false, companion: false },
      daysPerWeek: 4,
    });
  });

  it('names the field and says what is wrong, in the contract words', () => {
    expect(problemsFor({ intake: { ...intake, age: 12.5 }, today: '2026-11-23' })).toEqual([
      { path: 'intake.age', message: 'must be a whole number from 16 to 110' },
    ]);
  });

  it('reports every problem at once, missing fields and unknown fields included', () => {
    const problems = problemsFor({
      intake: { goals: [], activity: 'sporty', colour: 'blue', redFlags: ['saddle-numbness', 'headache'] },
      logs: [{ date: '2026-02-30', kind: 'sideways', minutes: -1, painDuring: 11, extra: 1 }],
      today: 'tomorrow',
      weeks: 0,
    });
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p.message]));
    expect(byPath).toMatchObject({
      today: 'must be a real date written as YYYY-MM-DD',
      weeks: 'must be a whole number from 1 to 52',
      'intake.age': 'is required',
      'intake.goals': 'must name at least one goal: "back-pain" or "retro-walking"',
      'intake.activity': 'must be one of: "inactive", "light", "active"',
      'intake.colour': 'is not a known field',
      'logs[0].date': 'must be a real date written as YYYY-MM-DD',
      'logs[0].kind': 'must be one of: "forward", "retro"',
      'logs[0].minutes': 'must be a number of minutes from 0 to 300',
      'logs[0].painDuring': 'must be a whole number from 0 to 10',
      'logs[0].extra': 'is not a known field',
    });
    expect(byPath['intake.redFlags[1]']).toMatch(/^must be one of: "saddle-numbness"/);
  });

  it('asks for the back complaint when back pain is a goal', () => {
    const { backPain: _omitted, ...withoutBackPain } = intake;
    expect(problemsFor({ intake: withoutBackPain, today: '2026-11-23' })).toEqual([
      { path: 'intake.backPain', message: 'is required when goals includes "back-pain"' },
    ]);
  });

  it('asks for the back complaint together with the other problems', () => {
    const problems = problemsFor({
      intake: { age: 12, goals: ['back-pain'], activity: 'sometimes' },
      today: '2026-11-23',
    });
    expect(problems.map((p) => p.path).sort()).toEqual(['intake.activity', 'intake.age', 'intake.backPain']);
  });

  it('refuses walks and clearances dated after today', () => {
    const problems = problemsFor({
      intake: { ...intake, clearedBy: { by: 'gp', date: '2026-12-01' } },
      logs: [{ date: '2026-11-24', kind: 'forward', minutes: 10, painDuring: 2 }],
      today: '2026-11-23',
    });
    expect(problems).toEqual([
      { path: 'intake.clearedBy.date', message: 'is after today (2026-11-23)' },
      { path: 'logs[0].date', message: 'is after today (2026-11-23)' },
    ]);
  });

  it('bounds the start date: from 2000-01-01 to a year after today (plan-contract.md)', () => {
    const message = 'must be a date from 2000-01-01 to 2027-11-24 (at most a year after today)';
    for (const startDate of ['1990-01-01', '1999-12-31', '9999-12-31', '2027-11-25']) {
      expect(problemsFor({ intake: { ...intake, startDate }, today: '2026-11-23' })).toEqual([
        { path: 'intake.startDate', message },
      ]);
    }
    // 366 days after 2026-11-23, and the first day of 2000, are fine
    expect(() =>
      validatePlanInput({ intake: { ...intake, startDate: '2027-11-24' }, today: '2026-11-23' }),
    ).not.toThrow();
    expect(() =>
      validatePlanInput({ intake: { ...intake, startDate: '2000-01-01' }, today: '2026-11-23' }),
    ).not.toThrow();
  });

  it('refuses walks dated before 2000, naming each', () => {
    const walk = { kind: 'forward', minutes: 10, painDuring: 2 };
    expect(
      problemsFor({
        intake,
        logs: [
          { ...walk, date: '0000-01-01' },
          { ...walk, date: '2026-11-20' },
          { ...walk, date: '1999-12-31' },
        ],
        today: '2026-11-23',
      }),
    ).toEqual([
      { path: 'logs[0].date', message: 'must be a date from 2000-01-01 on' },
      { path: 'logs[2].date', message: 'must be a date from 2000-01-01 on' },
    ]);
  });

  it('accepts an old clearance as input: the rules refuse it with a reason, not as an input error', () => {
    expect(() =>
      validatePlanInput({
        intake: { ...intake, clearedBy: { by: 'gp', date: '1990-01-01' } },
        today: '2026-11-23',
      }),
    ).not.toThrow();
  });

  it('counts a walk logged twice with one id once, the later entry winning', () => {
    const walk = { date: '2026-11-20', kind: 'forward', painDuring: 2 };
    const valid = validatePlanInput({
      intake,
      logs: [
        { ...walk, id: 'w1', minutes: 10 },
        { ...walk, minutes: 7 },
        { ...walk, id: 'w1', minutes: 12 },
      ],
      today: '2026-11-23',
    });
    expect(valid.logs.map((log) => log.minutes)).toEqual([7, 12]);
    expect(valid.logDays).toHaveLength(2);
  });

  it('names a walk id that is not text', () => {
    expect(
      problemsFor({
        intake,
        logs: [{ id: 7, date: '2026-11-20', kind: 'forward', minutes: 5, painDuring: 1 }],
        today: '2026-11-23',
      }),
    ).toEqual([{ path: 'logs[0].id', message: 'must be text of 1 to 100 characters' }]);
  });

  it('rejects input that is not an object at all', () => {
    expect(problemsFor({ intake: 'hello', logs: {}, today: '2026-11-23' })).toEqual([
      { path: 'intake', message: 'must be a JSON object' },
      { path: 'logs', message: 'must be a list of walks' },
    ]);
  });
});
