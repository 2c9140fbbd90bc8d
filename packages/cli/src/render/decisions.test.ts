import type { DecisionRecord, Reason } from '@wandelcoach/engine';
import { describe, expect, it } from 'vitest';
import { selfManageOutput } from '../../test/fixtures.js';
import { decisionWord, renderDecisions } from './decisions.js';

const projection: Reason = {
  code: 'decision.projection',
  source: 'PMM',
  message: 'This week is a look ahead.',
};

/** The text without the line breaks that wrapping adds. */
function flat(lines: string[]): string {
  return lines.join(' ').replace(/\s+/g, ' ');
}

function projectedWeek(week: number, date: string, reasons: Reason[] = [projection]): DecisionRecord {
  return { week, decision: 'progress', reasons, date, projected: true };
}

describe('decisionWord', () => {
  it('has a word for every decision in both languages', () => {
    expect(decisionWord('nl', 'progress')).toBe('opbouwen');
    expect(decisionWord('en', 'regress')).toBe('step back');
    expect(decisionWord('nl', 'stop-retro')).toBe('stoppen met achteruitlopen');
  });
});

describe('renderDecisions', () => {
  it('gives each decided week its reasons with sources', () => {
    const lines = renderDecisions('nl', selfManageOutput.decisions);
    expect(lines.slice(0, 2)).toEqual(['Waarom dit plan', '---------------']);
    expect(lines).toContain('Week 1 · begin vanaf ma 23 nov');
    expect(flat(lines)).toContain('verdeeld over 3 korte wandelingen. (SEED-BP)');
    expect(lines.join('\n')).toContain('(KNGF-C.2.2)');
  });

  it('prints the projection reason once and one line per projected week', () => {
    const lines = renderDecisions('nl', selfManageOutput.decisions);
    const text = lines.join('\n');
    expect(text.match(/Deze week is een vooruitblik/g)).toHaveLength(1);
    expect(text).toContain('Vooruitblik, als de komende weken goed gaan');
    expect(lines).toContain(
      '  Week 2 · opbouwen vanaf ma 30 nov: Vooruit wandelen gaat van 10 naar 14,5 minuten per',
    );
    expect(flat(lines)).toContain(
      'Week 2 · opbouwen vanaf ma 30 nov: Vooruit wandelen gaat van 10 naar 14,5 minuten per dag. (PMM)',
    );
    expect(text).toContain('Week 3 · opbouwen vanaf ma 7 dec');
  });

  it('keeps twelve projected weeks short', () => {
    const weeks = Array.from({ length: 12 }, (_, i) =>
      projectedWeek(i + 1, `2027-01-${String(4 + i).padStart(2, '0')}`),
    );
    const lines = renderDecisions('en', weeks);
    expect(lines.filter((line) => line.includes('This week is a look ahead'))).toHaveLength(1);
    expect(lines.filter((line) => /^ {2}Week \d+ · build up from /.test(line))).toHaveLength(12);
    expect(lines.length).toBeLessThan(20);
  });

  it('shows a reason shared by some projected weeks once, at the first of them', () => {
    const target: Reason = {
      code: 'decision.target-reached',
      source: 'SEED-BP',
      message: 'You have reached 35 minutes.',
    };
    const lines = renderDecisions('en', [
      projectedWeek(2, '2026-11-30'),
      projectedWeek(3, '2026-12-07', [target, projection]),
      projectedWeek(4, '2026-12-14', [target, projection]),
    ]);
    expect(lines).toEqual([
      'Why this plan',
      '-------------',
      'Looking ahead, if the coming weeks go well',
      '  - This week is a look ahead. (PMM)',
      '  Week 2 · build up from Mon 30 Nov',
      '  Week 3 · build up from Mon 7 Dec: You have reached 35 minutes. (SEED-BP)',
      '  Week 4 · build up from Mon 14 Dec',
    ]);
  });

  it('keeps the reason of a single projected week on its own line', () => {
    const lines = renderDecisions('en', [projectedWeek(2, '2026-11-30')]);
    expect(lines).toContain('  Week 2 · build up from Mon 30 Nov: This week is a look ahead. (PMM)');
  });

  it('prints nothing when there are no decisions', () => {
    expect(renderDecisions('en', [])).toEqual([]);
  });
});
