import { contentFor } from '@wandelcoach/engine';
import { describe, expect, it } from 'vitest';
import { selfManageOutput } from '../../test/fixtures.js';
import { renderToday } from './today.js';

const plan = selfManageOutput.plan;
if (plan === null) throw new Error('fixture has a plan');

describe('renderToday', () => {
  it("lists today's walks in full under a dated heading", () => {
    const text = renderToday('nl', plan, '2026-11-23').join('\n');
    expect(text).toMatch(/^Vandaag, ma 23 nov\n-+\n/);
    expect(text).toContain(`Ochtend · ${contentFor('nl').purposes['calm-start']}`);
    expect(text).toContain('Middag · ');
    expect(text).toContain('Avond · ');
    expect(text).toContain('4 min vooruit lopen');
    expect(text).toContain(contentFor('nl').cues['relaxed-arm-swing'].label);
  });

  it('shows treadmill, supervision and direction for a walk backwards', () => {
    const text = renderToday('en', plan, '2026-11-26').join('\n');
    expect(text).toContain('Today, Thu 26 Nov');
    expect(text).toContain('5 min walking backwards · treadmill 3 km/h, 0% · under supervision');
  });

  it('says so on a rest day', () => {
    expect(renderToday('nl', plan, '2026-11-25')).toContain(
      '  Vandaag staat er geen wandeling gepland: een rustdag.',
    );
  });

  it('says when the plan starts if today is before it', () => {
    expect(renderToday('en', plan, '2026-11-20').join('\n')).toContain('Your plan starts on Mon 23 Nov.');
  });

  it('says when the plan ended if today is after it', () => {
    expect(renderToday('nl', plan, '2027-03-01').join('\n')).toContain('die eindigde op zo 13 dec');
  });
});
