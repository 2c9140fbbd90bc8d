import { buildPlan, type PlanOutput } from '@wandelcoach/engine';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import { PlanOverview } from './plan-overview.js';

function plan(goals: ('back-pain' | 'retro-walking')[]): PlanOutput {
  return buildPlan({
    intake: {
      age: 52,
      goals,
      ...(goals.includes('back-pain') ? { backPain: { type: 'chronic', legPain: false } } : {}),
      activity: 'light',
      startDate: '2026-11-23',
    },
    today: '2026-11-23',
  });
}

function render(output: PlanOutput, locale: 'nl' | 'en' = 'nl'): string {
  return renderToString(
    <PlanOverview output={output} locale={locale} t={translator(locale)} onToday={() => undefined} />,
  );
}

/** The part of the page from the first match of `start` to `end`: the table, or the cards. */
function between(html: string, start: string | RegExp, end: string): string {
  const from = typeof start === 'string' ? html.indexOf(start) : html.search(start);
  expect(from, String(start)).toBeGreaterThanOrEqual(0);
  return html.slice(from, html.indexOf(end, from));
}

// Preact writes `class` before or after other attributes depending on whether preact/compat is
// loaded, so the cards are found by a pattern rather than by their exact opening tag.
const CARDS = /<ol [^>]*class="week-cards"/;

const count = (html: string, part: string) => html.split(part).length - 1;

describe('the plan at a glance', () => {
  it('shows no backward-walking column or line for back pain alone', () => {
    const html = render(plan(['back-pain']));
    const table = between(html, '<table', '</table>');
    const cards = between(html, CARDS, '</ol>');
    expect(table).toContain('Wandelen (min)');
    expect(table).not.toContain('Achteruit (min)');
    // Week, dates, forward: three cells a row.
    expect(count(table, '<td')).toBe(12 * 2);
    expect(cards).toContain('<dt>Wandelen</dt>');
    expect(cards).not.toContain('Achteruitlopen');
  });

  it('shows both when the plan has backward walking', () => {
    const output = plan(['back-pain', 'retro-walking']);
    expect(output.plan?.weeks.some((week) => week.totals.retroMinutes > 0)).toBe(true);
    const html = render(output, 'en');
    const table = between(html, '<table', '</table>');
    expect(table).toContain('Walking (min)');
    expect(table).toContain('Backwards (min)');
    expect(count(table, '<td')).toBe(12 * 3);
    const cards = between(html, CARDS, '</ol>');
    expect(count(cards, '<dt>Walking</dt>')).toBe(12);
    expect(count(cards, '<dt>Walking backwards</dt>')).toBe(12);
  });

  it('gives a card per week with its dates and minutes, named for screen readers', () => {
    const output = plan(['back-pain']);
    const week1 = output.plan?.weeks[0];
    const html = render(output);
    const cards = between(html, CARDS, '</ol>');
    expect(cards).toContain('aria-label="Mijn plan, week voor week"');
    expect(count(cards, '<li class="week-card">')).toBe(12);
    expect(cards).toContain('<h2>Week 1</h2>');
    expect(cards).toContain('<p>23 nov – 29 nov</p>');
    expect(cards).toContain(`<dd>${String(week1?.totals.forwardMinutes)} min</dd>`);
    // Weeks still to come are marked on the card as in the table.
    expect(count(cards, 'vooruitblik')).toBe(11);
    expect(count(between(html, '<table', '</table>'), 'vooruitblik')).toBe(11);
  });

  it('keeps the table for wide screens and paper, each in its own box for the styles to choose', () => {
    const html = render(plan(['back-pain']));
    expect(html).toContain('<div class="plan-table">');
    expect(html.indexOf('<div class="plan-table">')).toBeLessThan(html.search(CARDS));
  });
});
