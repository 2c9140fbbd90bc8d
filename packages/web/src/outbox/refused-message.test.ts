import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import { refusedMessage } from './refused-message.js';

const t = translator('en');

describe('why a kept walk was not accepted, in plain words', () => {
  it('tells a conflict, a date ahead of the server’s today, other field problems and the rest apart', () => {
    expect(refusedMessage({ status: 409, kind: 'conflict', errors: [] }, t)).toBe(
      t('outbox.refused.conflict'),
    );
    expect(
      refusedMessage(
        {
          status: 422,
          kind: 'invalid-input',
          errors: [{ path: 'date', message: 'is after today (2026-11-18)' }],
        },
        t,
      ),
    ).toBe(t('outbox.refused.dateAhead'));
    expect(
      refusedMessage(
        {
          status: 422,
          kind: 'invalid-input',
          errors: [
            { path: 'minutes', message: 'must be a number of minutes from 0 to 300' },
            { path: 'painDuring', message: 'must be a whole number from 0 to 10' },
          ],
        },
        t,
      ),
    ).toBe('The server did not accept these answers (minutes, painDuring).');
    expect(refusedMessage({ status: 413, kind: 'too-large', errors: [] }, t)).toBe(
      'The server refused it (code 413).',
    );
  });
});
