import { describe, expect, it } from 'vitest';
import { ApiError, OfflineError } from '../../api/client.js';
import { clinicianTranslator } from '../i18n/index.js';
import { joinProblem, joinRequest } from './join-practice-route.js';

const t = clinicianTranslator('en');
const refused = (path: string, code?: 'weak-password' | 'invalid-link') =>
  new ApiError(
    422,
    {
      type: 'urn:wandelcoach:problem:invalid-input',
      title: 'Invalid input',
      status: 422,
      detail: 'no',
      requestId: 'r1',
      errors: [{ path, message: 'wrong', ...(code !== undefined && { code }) }],
    },
    undefined,
  );
const notWeak = () => undefined;

describe('a refused joining', () => {
  it('says a used or expired link is no use, above the form', () => {
    expect(joinProblem(refused('token', 'invalid-link'), t, notWeak)).toEqual({
      field: 'form',
      text: t('join.invalidLink'),
    });
  });

  it('puts a wrong or weak password beside the password', () => {
    expect(joinProblem(refused('password'), t, notWeak)).toEqual({
      field: 'password',
      text: t('join.wrongPassword'),
    });
    expect(joinProblem(refused('password', 'weak-password'), t, () => 'too easy')).toEqual({
      field: 'password',
      text: 'too easy',
    });
  });

  it('asks a clinician for the name patients see', () => {
    expect(joinProblem(refused('displayName'), t, notWeak).field).toBe('displayName');
  });

  it('says so when the server cannot be reached', () => {
    expect(joinProblem(new OfflineError('x'), t, notWeak)).toEqual({
      field: 'form',
      text: t('clinician.error.offline'),
    });
  });
});

describe('what joining sends', () => {
  it('carries the screen’s language, and the name only when one was typed', () => {
    expect(joinRequest({ token: 't', password: 'p', displayName: '  Anna  ', locale: 'en' })).toEqual({
      token: 't',
      password: 'p',
      displayName: 'Anna',
      locale: 'en',
    });
    expect(joinRequest({ token: 't', password: 'p', displayName: ' ', locale: 'nl' })).toEqual({
      token: 't',
      password: 'p',
      locale: 'nl',
    });
  });
});
