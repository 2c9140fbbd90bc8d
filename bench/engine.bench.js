// Plans per second for a 12-week plan replayed over 12 weeks of walking logs, on one core.
// Run with `npm run bench` (it builds first). Prints figures; asserts nothing.
import { buildPlan } from '@wandelcoach/engine';

const START = '2026-11-23';
const TODAY = '2027-02-15'; // the day after week 12: every week has been lived and logged

const intake = {
  locale: 'nl',
  age: 58,
  goals: ['back-pain', 'retro-walking'],
  backPain: { type: 'chronic', legPain: false },
  painNow: 3,
  activity: 'light',
  comfortableWalkMinutes: 12,
  equipment: { treadmill: true, railOrFlatPath: false, companion: false },
  daysPerWeek: 3,
  startDate: START,
};

/** A log that follows the projected plan walk for walk, with believable pain scores. */
function logsFromPlan() {
  const projected = planOf(buildPlan({ intake, today: START }));
  const logs = [];
  let n = 0;
  for (const week of projected.weeks) {
    for (const day of week.days) {
      if (day.date >= TODAY) continue;
      for (const session of day.sessions) {
        n++;
        logs.push({
          date: day.date,
          kind: session.kind,
          minutes: n % 9 === 0 ? session.minutes - 1 : session.minutes,
          painDuring: 2 + (n % 3),
          painNextMorning: n % 4 === 0 ? null : 3 + (n % 2),
          dizziness: false,
          fall: false,
          newSymptoms: [],
        });
      }
    }
  }
  return logs;
}

/**
 * @param {import('@wandelcoach/engine').PlanOutput} output
 * @returns {import('@wandelcoach/engine').Plan}
 */
function planOf(output) {
  if (output.plan === null) throw new Error('The benchmark intake must get a plan');
  return output.plan;
}

const logs = logsFromPlan();
const input = { intake, logs, today: TODAY, weeks: 12 };
const sample = buildPlan(input);
const sessions = planOf(sample).weeks.reduce(
  (sum, w) => sum + w.days.reduce((s, d) => s + d.sessions.length, 0),
  0,
);

/** @param {number} seconds */
function measure(seconds) {
  const until = performance.now() + seconds * 1000;
  let plans = 0;
  const started = performance.now();
  while (performance.now() < until) {
    for (let i = 0; i < 50; i++) buildPlan(input);
    plans += 50;
  }
  return plans / ((performance.now() - started) / 1000);
}

measure(1); // warm-up: let the JIT settle
const rounds = [measure(2), measure(2), measure(2)].sort((a, b) => a - b);
const [slowest = 0, median = 0, fastest = 0] = rounds;

console.log('Wandelcoach engine benchmark');
console.log(`  input: 12-week plan, ${logs.length} logged walks replayed, ${sessions} planned sessions`);
console.log(`  decisions: ${sample.decisions.map((d) => d.decision).join(' ')}`);
console.log(`  node ${process.version}, one core`);
console.log(`  plans/s (median of 3 × 2 s): ${Math.round(median).toLocaleString('en')}`);
console.log(
  `  per plan: ${(1000 / median).toFixed(3)} ms   (min ${Math.round(slowest)} / max ${Math.round(fastest)} plans/s)`,
);
