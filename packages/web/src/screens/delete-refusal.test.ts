import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.js';
import { translator } from '../i18n/index.js';
import { deleteRefusal } from './delete-refusal.js';

const problem = (status: number, kind: string) =>
  new ApiError(
    status,
    {
      type: `urn:wandelcoach:problem:${kind}`,
      title: kind,
      status,
      detail: 'no',
      requestId: 'r1',
    },
    undefined,
  );

describe('a refused deletion of the account', () => {
  it('tells the only admin of a practice to make another member admin first, in Dutch and English', () => {
    expect(deleteRefusal(problem(409, 'last-admin'), translator('nl'))).toEqual({
      text: translator('nl')('settings.delete.lastAdmin'),
      aboutPassword: false,
    });
    expect(deleteRefusal(problem(409, 'last-admin'), translator('en')).text).toMatch(
      /another member an admin/,
    );
  });

  it('says a wrong password is wrong', () => {
    const t = translator('en');
    expect(deleteRefusal(problem(422, 'invalid-input'), t)).toEqual({
      text: t('settings.delete.wrongPassword'),
      aboutPassword: true,
    });
  });
});
