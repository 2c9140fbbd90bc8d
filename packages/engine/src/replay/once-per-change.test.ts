import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../codes.js';
import type { DecisionRecord, Reason } from '../output.js';
import { reason } from '../reasons.js';
import { LASTING_LINES, oncePerChange } from './once-per-change.js';

const projection = reason('en', 'decision.projection', 'KNGF-C.2.2');
const spikeCap = reason('en', 'spike-cap', 'SPIKE');
const target = reason('en', 'decision.target-reached', 'SEED-BP', { target: 35 });
const noLogs = reason('en', 'decision.hold.no-logs', 'KNGF-C.2.1');
const grows = (from: number): Reason =>
  reason('en', 'decision.progress.forward', 'KNGF-C.2.2', { from, to: from + 5 });

function week(number: number, decision: Decision, reasons: Reason[], projected = false): DecisionRecord {
  return { week: number, decision, reasons, date: `2026-12-${String(number).padStart(2, '0')}`, projected };
}

const codesByWeek = (decisions: readonly DecisionRecord[]): string[][] =>
  decisions.map((d) => d.reasons.map((r) => r.code));

describe('one line per change', () => {
  it('says that the weeks ahead are a look ahead once, at the first of them', () => {
    const out = oncePerChange([
      week(1, 'start', [grows(5)]),
      week(2, 'progress', [grows(10), projection], true),
      week(3, 'progress', [grows(15), projection], true),
      week(4, 'progress', [grows(20), projection], true),
    ]);
    expect(codesByWeek(out)).toEqual([
      ['decision.progress.forward'],
      ['decision.progress.forward', 'decision.projection'],
      ['decision.progress.forward'],
      ['decision.progress.forward'],
    ]);
  });

  it('says a lasting line again when it begins anew after a week without it', () => {
    const out = oncePerChange([
      week(1, 'start', [grows(5), spikeCap]),
      week(2, 'progress', [grows(10), spikeCap]),
      week(3, 'progress', [grows(15)]),
      week(4, 'progress', [grows(20), spikeCap]),
    ]);
    expect(out.map((d) => d.reasons.includes(spikeCap))).toEqual([true, false, false, true]);
  });

  it('leaves a week that goes on unchanged without a line, and keeps the line where the decision changed', () => {
    const out = oncePerChange([
      week(1, 'start', [grows(5)]),
      week(2, 'progress', [target]),
      week(3, 'hold', [target]),
      week(4, 'hold', [target]),
    ]);
    // Week 3 holds after a week that progressed: it says why, though week 2 said the same.
    expect(codesByWeek(out)).toEqual([
      ['decision.progress.forward'],
      ['decision.target-reached'],
      ['decision.target-reached'],
      [],
    ]);
  });

  it('always tells what happened in each reviewed week, even in the same words', () => {
    const out = oncePerChange([
      week(1, 'start', [grows(5)]),
      week(2, 'hold', [noLogs]),
      week(3, 'hold', [noLogs]),
    ]);
    expect(out[2]?.reasons).toEqual([noLogs]);
  });

  it('never says a line twice within a week, across its decisions', () => {
    const stop = reason('en', 'decision.stop-retro.fall', 'SEED-RW', { date: '2 December' });
    const out = oncePerChange([
      week(1, 'start', [grows(5), grows(5)]),
      week(1, 'stop-retro', [stop, grows(5)]),
    ]);
    expect(codesByWeek(out)).toEqual([['decision.progress.forward'], ['decision.stop-retro.fall']]);
  });

  it('keeps every decision, its week, its decision and its order, and returns unchanged records as they were', () => {
    const input = [week(1, 'start', [grows(5)]), week(2, 'progress', [grows(10), projection], true)];
    const out = oncePerChange(input);
    expect(out).toEqual(input);
    expect(out[1]).toBe(input[1]);
  });

  it('holds for any run of weeks: no line twice in a week, no lasting line said two weeks running unless the decision changed with nothing else to say', () => {
    const lines: Reason[] = [projection, spikeCap, target, noLogs, grows(5), grows(10)];
    const decisions: Decision[] = ['progress', 'hold', 'regress'];
    const weeks = fc.array(
      fc.record({
        decision: fc.constantFrom(...decisions),
        reasons: fc.array(fc.constantFrom(...lines), { maxLength: 5 }),
      }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(weeks, (drawn) => {
        const input = drawn.map((w, i) => week(i + 1, i === 0 ? 'start' : w.decision, w.reasons));
        const out = oncePerChange(input);
        expect(out.map((d) => [d.week, d.decision])).toEqual(input.map((d) => [d.week, d.decision]));
        out.forEach((d, i) => {
          expect(new Set(d.reasons).size).toBe(d.reasons.length);
          // Nothing is made up: every line kept was the replay's own.
          for (const r of d.reasons) expect(input[i]?.reasons).toContain(r);
          // What happened in the week is never dropped.
          for (const r of input[i]?.reasons ?? [])
            if (!LASTING_LINES.has(r.code)) expect(d.reasons).toContain(r);
          const before = input[i - 1];
          if (before === undefined) return;
          const changedWithNothingElse =
            before.decision !== d.decision &&
            (input[i]?.reasons ?? []).every((r) => LASTING_LINES.has(r.code));
          for (const r of d.reasons)
            if (LASTING_LINES.has(r.code) && before.reasons.includes(r))
              expect(changedWithNothingElse).toBe(true);
          if (d.reasons.length === 0 && (input[i]?.reasons.length ?? 0) > 0)
            expect(d.decision).toBe(before.decision);
        });
      }),
    );
  });
});
