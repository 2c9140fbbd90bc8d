import { describe, expect, it } from 'vitest';
import { ApiError, type Problem } from '../api/client.js';
import { translator } from '../i18n/index.js';
import { deleteRefusal } from './delete-refusal.js';

const problem = (status: number, kind: string, practices?: Problem['practices']) =>
  new ApiError(
    status,
    {
      type: `urn:wandelcoach:problem:${kind}`,
      title: kind,
      status,
      detail: 'no',
      ...(practices !== undefined && { practices }),
      requestId: 'r1',
    },
    undefined,
  );

const brug = { practiceId: 'p1', name: 'Fysiotherapie De Brug' };
const anker = { practiceId: 'p2', name: 'Praktijk Het Anker' };

describe('a refused deletion of the account', () => {
  it('names the practice the only admin leaves behind and says what to do, in Dutch and English', () => {
    const nl = deleteRefusal(problem(409, 'last-admin', [brug]), translator('nl'), 'nl');
    expect(nl).toEqual({
      text: 'Je bent de enige beheerder van Fysiotherapie De Brug. Maak eerst een ander lid beheerder. Of haal de andere leden uit de praktijk, als er geen patiënten meer aan gekoppeld zijn. Daarna kun je je account verwijderen.',
      aboutPassword: false,
    });
    const en = deleteRefusal(problem(409, 'last-admin', [brug]), translator('en'), 'en').text;
    expect(en).toMatch(
      /^You are the only admin of Fysiotherapie De Brug\. First make another member an admin\./,
    );
    expect(en).not.toContain('your practice');
  });

  it('names every practice when there are several, as each language lists them', () => {
    const nl = deleteRefusal(problem(409, 'last-admin', [brug, anker]), translator('nl'), 'nl').text;
    expect(nl).toMatch(/^Je bent de enige beheerder van Fysiotherapie De Brug en Praktijk Het Anker\. /);
    expect(nl).toContain('in elke praktijk');
    const en = deleteRefusal(problem(409, 'last-admin', [brug, anker]), translator('en'), 'en').text;
    expect(en).toMatch(/^You are the only admin of Fysiotherapie De Brug and Praktijk Het Anker\. /);
    expect(en).toContain('in each practice');
  });

  it('falls back to the general words when a refusal names no practice', () => {
    const t = translator('en');
    expect(deleteRefusal(problem(409, 'last-admin'), t, 'en').text).toBe(t('error.unexpected'));
  });

  it('says a wrong password is wrong', () => {
    const t = translator('en');
    expect(deleteRefusal(problem(422, 'invalid-input'), t, 'en')).toEqual({
      text: t('settings.delete.wrongPassword'),
      aboutPassword: true,
    });
  });
});
