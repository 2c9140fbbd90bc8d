import { RED_FLAG_ONSET } from '@wandelcoach/engine';
import { describe, expect, it } from 'vitest';
import {
  answerStopReason,
  checkAnswers,
  emptyAnswers,
  parseMinutes,
  signsAsked,
  visibleQuestions,
  type LogAnswers,
} from './log-answers.js';

const afterFinish = { stopped: false, recheck: false };
const afterStop = { stopped: true, recheck: false };

function answers(changes: Partial<LogAnswers>): LogAnswers {
  return { ...emptyAnswers('5'), ...changes };
}

describe('the questions shown', () => {
  it('are three quick ones after a walk, with the stop reason first after a stop', () => {
    expect(visibleQuestions(emptyAnswers('5'), afterFinish)).toEqual(['minutes', 'painDuring', 'unusual']);
    expect(visibleQuestions(emptyAnswers('2'), afterStop)).toEqual([
      'stopReason',
      'minutes',
      'painDuring',
      'unusual',
    ]);
  });

  it('bring the safety questions after “anything unusual?” is answered yes, and an accident’s signs after a fall', () => {
    expect(visibleQuestions(answers({ unusual: false }), afterFinish)).not.toContain('signs');
    expect(visibleQuestions(answers({ unusual: true }), afterFinish)).toEqual([
      'minutes',
      'painDuring',
      'unusual',
      'dizziness',
      'fall',
      'signs',
    ]);
    expect(visibleQuestions(answers({ unusual: true, fall: true }), afterFinish)).toEqual([
      'minutes',
      'painDuring',
      'unusual',
      'dizziness',
      'fall',
      'accidentSigns',
      'signs',
    ]);
  });

  it('ask the warning signs after every walk while triage asks for a recheck', () => {
    expect(visibleQuestions(answers({ unusual: false }), { stopped: false, recheck: true })).toContain(
      'signs',
    );
  });

  it('never list history, and list an accident’s signs apart from the others', () => {
    for (const recheck of [false, true]) {
      const asked = signsAsked({ stopped: false, recheck });
      for (const flag of [...asked.accidentSigns, ...asked.signs])
        expect(RED_FLAG_ONSET[flag]).not.toBe('history');
      expect(asked.accidentSigns).toEqual(['major-trauma', 'osteoporosis-minor-fall']);
      expect(asked.signs).not.toContain('major-trauma');
    }
  });
});

describe('the stop reason', () => {
  it('fills in the answers it gives, and only those', () => {
    const dizzy = answerStopReason(emptyAnswers('2'), 'dizziness');
    expect(dizzy).toMatchObject({ stopReason: 'dizziness', unusual: true, dizziness: true, fall: undefined });
    const fell = answerStopReason(emptyAnswers('2'), 'fall');
    expect(fell).toMatchObject({ unusual: true, fall: true, dizziness: undefined });
    expect(answerStopReason(emptyAnswers('2'), 'pain')).toEqual({ ...emptyAnswers('2'), stopReason: 'pain' });
  });

  it('takes back what an earlier reason filled in, but not what the person changed since', () => {
    const changed = answerStopReason(emptyAnswers('2'), 'dizziness');
    expect(answerStopReason(changed, 'pain')).toMatchObject({ unusual: undefined, dizziness: undefined });
    expect(answerStopReason(changed, 'fall')).toMatchObject({
      unusual: true,
      dizziness: undefined,
      fall: true,
    });
    const keptDizzy = { ...changed, dizziness: false };
    expect(answerStopReason(keptDizzy, 'other')).toMatchObject({ dizziness: false, unusual: undefined });
  });
});

describe('checking the answers', () => {
  it('asks for each question in the order shown, none answered for the person', () => {
    expect(checkAnswers(emptyAnswers('2'), afterStop)).toEqual({
      complete: false,
      question: 'stopReason',
      problem: 'required',
    });
    expect(checkAnswers(emptyAnswers('5'), afterFinish)).toMatchObject({ question: 'painDuring' });
    expect(checkAnswers(answers({ painDuring: 3 }), afterFinish)).toMatchObject({ question: 'unusual' });
    expect(checkAnswers(answers({ painDuring: 3, unusual: true }), afterFinish)).toMatchObject({
      question: 'dizziness',
    });
    expect(
      checkAnswers(answers({ painDuring: 3, unusual: true, dizziness: false, fall: true }), afterFinish),
    ).toMatchObject({ question: 'accidentSigns' });
    expect(
      checkAnswers(answers({ painDuring: 3, unusual: true, dizziness: false, fall: false }), afterFinish),
    ).toMatchObject({ question: 'signs' });
  });

  it('takes minutes from 0 to 300, with a comma or a point', () => {
    expect(parseMinutes('2,5')).toBe(2.5);
    expect(parseMinutes(' 4.5 ')).toBe(4.5);
    expect(parseMinutes('')).toBeUndefined();
    expect(parseMinutes('vijf')).toBeUndefined();
    for (const minutes of ['', 'vijf', '-1', '301'])
      expect(checkAnswers(answers({ minutes, painDuring: 2, unusual: false }), afterFinish)).toMatchObject({
        question: 'minutes',
        problem: 'minutes-range',
      });
  });

  it('stores a walk with nothing unusual as no dizziness, no fall and no signs', () => {
    // Answers given before "nothing unusual" was chosen no longer count: they are not shown.
    const log = checkAnswers(
      answers({ painDuring: 2, unusual: false, dizziness: true, signs: { flags: ['unsure'], none: false } }),
      afterFinish,
    );
    expect(log).toEqual({
      complete: true,
      log: { minutes: 5, painDuring: 2, dizziness: false, fall: false, newSymptoms: [] },
    });
  });

  it('stores what a stop for a fall reported, an accident’s signs with the others', () => {
    const stopped = answerStopReason(answers({ minutes: '2,5', painDuring: 6 }), 'fall');
    const log = checkAnswers(
      {
        ...stopped,
        dizziness: false,
        accidentSigns: { flags: ['osteoporosis-minor-fall'], none: false },
        signs: { flags: [], none: true },
      },
      afterStop,
    );
    expect(log).toEqual({
      complete: true,
      log: {
        minutes: 2.5,
        painDuring: 6,
        dizziness: false,
        fall: true,
        newSymptoms: ['osteoporosis-minor-fall'],
      },
    });
  });
});
