import { todayBeforeIntake, todayInPlan } from './test-support/today.js';
import { describe, expect, it } from 'vitest';
import { buildPlan, type IntakeInput } from '@wandelcoach/engine';
import { ApiClient, type Today } from './api/client.js';
import { QueryStore } from './data/query.js';
import { PATHS } from './paths.js';
import { startPath } from './start.js';

const owner = { id: 'a', email: 'anna@example.nl' };

/** A server that answers each path with what the test gives, and remembers what was asked. */
function fakeServer(answers: Record<string, unknown>) {
  const asked: string[] = [];
  const api = new ApiClient((url) => {
    const path = url.replace('/api/v1', '');
    asked.push(path);
    return Promise.resolve(
      new Response(JSON.stringify(answers[path]), { headers: { 'content-type': 'application/json' } }),
    );
  });
  return { api, asked };
}

const noIntake = todayBeforeIntake();

const inPlan = (week: number | null, level: 'self-manage' | 'emergency' = 'self-manage'): Today =>
  todayInPlan({
    week,
    day: week === null ? null : 1,
    triage: { level, reasons: [], riskProfile: null, recheckRedFlags: false },
  });

/** The plan the server would give: the engine's, for an intake starting next week. */
const plan = (redFlags: IntakeInput['redFlags'] = []) =>
  buildPlan({
    intake: {
      age: 52,
      goals: ['back-pain'],
      backPain: { type: 'chronic', legPain: false },
      activity: 'light',
      redFlags,
      startDate: '2026-11-23',
    },
    today: '2026-11-18',
  });

describe('where a signed-in person starts', () => {
  it('sends a new account to the questions, from today’s answer alone', async () => {
    const { api, asked } = fakeServer({ '/me/today': noIntake });
    expect(await startPath(api, new QueryStore(), owner)).toBe(PATHS.intake);
    expect(asked).toEqual(['/me/today']);
  });

  it('opens today within the plan, without asking for the whole plan', async () => {
    const { api, asked } = fakeServer({ '/me/today': inPlan(2) });
    expect(await startPath(api, new QueryStore(), owner)).toBe(PATHS.today);
    expect(asked).toEqual(['/me/today']);
  });

  it('shows the safety outcome when the plan says to see someone first', async () => {
    const { api, asked } = fakeServer({
      '/me/today': inPlan(null, 'emergency'),
      '/me/plan': plan(['saddle-numbness']),
    });
    expect(await startPath(api, new QueryStore(), owner)).toBe(PATHS.outcome);
    expect(asked).toEqual(['/me/today', '/me/plan']);
  });

  it('opens today before the plan’s start', async () => {
    const { api } = fakeServer({ '/me/today': inPlan(null), '/me/plan': plan() });
    expect(await startPath(api, new QueryStore(), owner)).toBe(PATHS.today);
  });
});
