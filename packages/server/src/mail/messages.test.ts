import { describe, expect, it } from 'vitest';
import {
  confirmEmailMail,
  LINK_PATHS,
  linkWithToken,
  memberInviteMail,
  passwordResetMail,
  secondFactorResetMail,
  signUpTakenMail,
  type MailLocale,
} from './messages.js';

const LINK = 'https://wandelcoach.example.nl/reset-password#token=abc';

describe('linkWithToken', () => {
  it('puts the token in the fragment, which browsers never send to a server', () => {
    const link = new URL(linkWithToken('https://wandelcoach.example.nl/', LINK_PATHS.resetPassword, 'a-b_c'));
    expect(link.pathname).toBe('/reset-password');
    expect(link.search).toBe('');
    expect(link.hash).toBe('#token=a-b_c');
  });

  it('keeps a port and makes no double slash', () => {
    expect(linkWithToken('http://127.0.0.1:3000', LINK_PATHS.confirmEmail, 'x')).toBe(
      'http://127.0.0.1:3000/confirm-email#token=x',
    );
  });
});

describe('the mails', () => {
  const kinds = [
    (locale: MailLocale) => confirmEmailMail('anna@example.nl', locale, LINK, 24),
    (locale: MailLocale) => passwordResetMail('anna@example.nl', locale, LINK, 60),
    (locale: MailLocale) => signUpTakenMail('anna@example.nl', locale, LINK, 60),
    (locale: MailLocale) =>
      memberInviteMail('anna@example.nl', locale, {
        link: LINK,
        practiceName: 'Fysio Wandelcoach',
        roles: { isAdmin: false, isClinician: true },
        days: 7,
      }),
  ];

  it('each goes to the address, with the link on a line of its own, in Dutch and English', () => {
    for (const make of kinds) {
      const nl = make('nl');
      const en = make('en');
      for (const mail of [nl, en]) {
        expect(mail.to).toBe('anna@example.nl');
        expect(mail.text.split('\n')).toContain(LINK);
        expect(mail.subject).toMatch(/Wandelcoach|e-mailadres|email address/);
      }
      expect(nl.subject).not.toBe(en.subject);
      expect(nl.text).toMatch(/Hallo,/);
      expect(en.text).toMatch(/Hello,/);
    }
  });

  it('say how long the link works', () => {
    expect(passwordResetMail('a@example.nl', 'nl', LINK, 60).text).toContain('60 minuten');
    expect(passwordResetMail('a@example.nl', 'en', LINK, 60).text).toContain('60 minutes');
    expect(confirmEmailMail('a@example.nl', 'nl', LINK, 24).text).toContain('24 uur');
    expect(confirmEmailMail('a@example.nl', 'en', LINK, 24).text).toContain('24 hours');
  });

  it('tell the owner of a taken address that nothing changed unless they act', () => {
    expect(signUpTakenMail('a@example.nl', 'en', LINK, 60).text).toContain('no new one was made');
    expect(signUpTakenMail('a@example.nl', 'nl', LINK, 60).text).toContain('er is geen nieuw gemaakt');
  });

  it('say what an invitation makes someone, of which practice, and for how long', () => {
    const invite = (locale: MailLocale, isAdmin: boolean, isClinician: boolean) =>
      memberInviteMail('a@example.nl', locale, {
        link: LINK,
        practiceName: 'Rugkliniek Oost',
        roles: { isAdmin, isClinician },
        days: 7,
      });
    expect(invite('nl', true, false).text).toContain('als beheerder mee te doen met Rugkliniek Oost');
    expect(invite('en', false, true).text).toContain('join Rugkliniek Oost on Wandelcoach as clinician.');
    expect(invite('en', true, true).text).toContain('as clinician and admin.');
    expect(invite('nl', true, true).subject).toBe('Uitnodiging voor Rugkliniek Oost bij Wandelcoach');
    expect(invite('nl', false, true).text).toContain('7 dagen');
    expect(invite('en', false, true).text).toContain('7 days');
  });

  it('tell a member whose sign-in code was reset who did it, what comes next, and whom to tell', () => {
    const by = { adminName: 'Bram de Boer', practiceName: 'Rugkliniek Oost' };
    const nl = secondFactorResetMail('a@example.nl', 'nl', by);
    const en = secondFactorResetMail('a@example.nl', 'en', by);
    expect(nl.to).toBe('a@example.nl');
    expect(nl.text).toContain('opnieuw ingesteld door Bram de Boer van Rugkliniek Oost');
    expect(nl.text).toContain('Neem dan meteen contact op met Rugkliniek Oost.');
    expect(nl.text).toContain('authenticator-app');
    expect(en.text).toContain('was reset by Bram de Boer of Rugkliniek Oost');
    expect(en.text).toContain('contact Rugkliniek Oost straight away');
    expect(en.subject).not.toBe(nl.subject);
    const byOperator = secondFactorResetMail('a@example.nl', 'en', 'operator');
    expect(byOperator.text).toContain('by the person who runs Wandelcoach');
    expect(byOperator.text).toContain('contact your practice');
    expect(secondFactorResetMail('a@example.nl', 'nl', 'operator').text).toContain(
      'door de technisch beheerder van Wandelcoach',
    );
  });
});
