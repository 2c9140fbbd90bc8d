import { RED_FLAG_ONSET, RED_FLAGS, type Locale } from '@wandelcoach/engine';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { translator, uiCatalogues } from '../i18n/index.js';
import { answerStopReason, emptyAnswers, type LogAnswers, type LogSituation } from './log-answers.js';
import { LogForm } from './log-form.js';
import { LogQuestions } from './log-questions.js';

function form(options: { stopped?: boolean; walkedMinutes?: number; locale?: Locale } = {}): string {
  const locale = options.locale ?? 'nl';
  return renderToString(
    <LogForm
      t={translator(locale)}
      locale={locale}
      // Never asked while the form is only drawn.
      save={() => Promise.reject(new Error('nothing is saved in this test'))}
      date="2026-11-18"
      kind="forward"
      plannedMinutes={5}
      stopped={options.stopped}
      walkedMinutes={options.walkedMinutes}
      onSaved={() => undefined}
      onCancel={() => undefined}
    />,
  );
}

function questions(answers: LogAnswers, situation: LogSituation, locale: Locale = 'nl'): string {
  return renderToString(
    <LogQuestions
      t={translator(locale)}
      answers={answers}
      situation={situation}
      plannedMinutesText="5"
      problem={undefined}
      onChange={() => undefined}
    />,
  );
}

/** Text as it appears in the markup (the renderer escapes ampersands, double quotes and `<`). */
function html(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/** The labels of the warning signs, in one language. */
function signLabels(locale: Locale, flags: readonly string[]): string[] {
  const words: Readonly<Record<string, string>> = uiCatalogues[locale];
  return flags.map((flag) => words[`intake.redFlag.${flag}`] ?? '');
}

const nl = uiCatalogues.nl;

describe('the after-walk log', () => {
  for (const stopped of [false, true]) {
    it(`opens with no choice made${stopped ? ' after a stop' : ''}`, () => {
      const markup = form({ stopped });
      expect(markup).toContain('type="radio"');
      expect(markup).not.toMatch(/\schecked\b/);
    });
  }

  it('asks why first after a stop, before the minutes and the pain', () => {
    const markup = form({ stopped: true });
    const reason = markup.indexOf(html(nl['log.stopReason']));
    expect(reason).toBeGreaterThan(markup.indexOf('</h1>'));
    expect(reason).toBeLessThan(markup.indexOf(html(nl['log.minutes'])));
    expect(markup.match(/<legend>([^<]*)<\/legend>/)?.[1]).toBe(html(nl['log.stopReason']));
  });

  it('does not ask why after a walk that was not stopped', () => {
    expect(form()).not.toContain(html(nl['log.stopReason']));
  });

  it('starts the minutes from what the guided walk measured, else from the plan', () => {
    expect(form({ walkedMinutes: 2.5 })).toMatch(/value="2,5"/);
    expect(form({ walkedMinutes: 2.5, locale: 'en' })).toMatch(/value="2.5"/);
    expect(form()).toMatch(/value="5"/);
  });

  it('is a screen of its own, its title a heading that can take focus', () => {
    expect(form()).toMatch(/<h1 id="[^"]+" tabindex="-1">/);
  });

  it('shows no warning signs until “anything unusual?” is answered yes', () => {
    const allSigns = signLabels('nl', RED_FLAGS);
    for (const markup of [
      form(),
      form({ stopped: true }),
      questions({ ...emptyAnswers('5'), unusual: false }, { stopped: false, recheck: false }),
    ]) {
      expect(markup).toContain(html(nl['log.unusual']));
      expect(markup).not.toContain(html(nl['log.newSymptoms']));
      for (const label of allSigns) expect(markup).not.toContain(html(label));
    }
    const yes = questions({ ...emptyAnswers('5'), unusual: true }, { stopped: false, recheck: false });
    expect(yes).toContain(html(nl['log.newSymptoms']));
    expect(yes).toContain(html(nl['intake.redFlag.saddle-numbness']));
    expect(yes).toContain(html(nl['log.dizziness']));
    // An accident's signs wait for "I fell or had an accident".
    expect(yes).not.toContain(html(nl['log.accident.osteoporosis-minor-fall']));
  });

  it('after a stop for a fall, asks the accident’s signs with the answers the reason gave', () => {
    const markup = questions(answerStopReason(emptyAnswers('2'), 'fall'), { stopped: true, recheck: false });
    expect(markup).toContain(html(nl['log.accidentSigns']));
    expect(markup).toContain(html(nl['log.accident.osteoporosis-minor-fall']));
    expect(markup).toContain(html(nl['log.accident.major-trauma']));
  });

  it('never asks about history, whatever the answers, in either language', () => {
    const history = RED_FLAGS.filter((flag) => RED_FLAG_ONSET[flag] === 'history');
    expect(history).toContain('cancer-history');
    const everything: LogAnswers = {
      ...emptyAnswers('5'),
      stopReason: 'fall',
      unusual: true,
      fall: true,
      dizziness: true,
    };
    for (const locale of ['nl', 'en'] as const) {
      for (const recheck of [false, true]) {
        const markup = questions(everything, { stopped: true, recheck }, locale);
        for (const label of signLabels(locale, history)) expect(markup).not.toContain(html(label));
        // The list itself is there: what is left out is history only.
        for (const label of signLabels(locale, ['saddle-numbness', 'leg-giving-way']))
          expect(markup).toContain(html(label));
      }
    }
  });

  it('asks the signs that build up over time only while triage asks for a recheck', () => {
    const gradual = signLabels(
      'nl',
      RED_FLAGS.filter((flag) => RED_FLAG_ONSET[flag] === 'gradual'),
    );
    const open = { ...emptyAnswers('5'), unusual: true };
    for (const label of gradual) {
      expect(questions(open, { stopped: false, recheck: false })).not.toContain(html(label));
      expect(questions(emptyAnswers('5'), { stopped: false, recheck: true })).toContain(html(label));
    }
  });
});
