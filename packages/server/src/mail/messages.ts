/**
 * The words of every mail the server sends, in Dutch and English: plain text, short sentences, the
 * link on a line of its own, and what to do when the mail was not expected. Pure: the services
 * decide who gets which mail, this decides what it says.
 */
import type { Mail } from './mailer.js';

export type MailLocale = 'nl' | 'en';

/** The web app's screens that a mail links to; the token goes in the fragment, which no server sees. */
export const LINK_PATHS = {
  resetPassword: '/reset-password',
  confirmEmail: '/confirm-email',
  joinPractice: '/join-practice',
} as const;

/**
 * A link to one of the app's screens carrying a token. The token is in the fragment (`#token=…`): a
 * browser never sends a fragment to a server, so it reaches no server's log and no Referer header.
 *
 * @example
 * linkWithToken('https://wandelcoach.example.nl', '/reset-password', 'abc'); // 'https://wandelcoach.example.nl/reset-password#token=abc'
 */
export function linkWithToken(appUrl: string, path: string, token: string): string {
  return `${appUrl.replace(/\/+$/, '')}${path}#token=${encodeURIComponent(token)}`;
}

function lines(...parts: string[]): string {
  return `${parts.join('\n')}\n`;
}

const SIGNATURE: Record<MailLocale, string> = {
  nl: 'Groeten,\nWandelcoach',
  en: 'Best wishes,\nWandelcoach',
};

/** To a new account: follow the link to confirm the address and start. */
export function confirmEmailMail(to: string, locale: MailLocale, link: string, hours: number): Mail {
  if (locale === 'nl') {
    return {
      to,
      subject: 'Bevestig je e-mailadres voor Wandelcoach',
      text: lines(
        'Hallo,',
        '',
        'Je hebt een account gemaakt bij Wandelcoach. Open deze link om te laten zien dat dit e-mailadres van jou is. Daarna ben je meteen ingelogd:',
        '',
        link,
        '',
        `De link werkt ${hours} uur en één keer.`,
        '',
        'Heb je geen account gemaakt? Dan heeft iemand anders je e-mailadres ingevuld. Je hoeft niets te doen: zonder deze link kan niemand het account gebruiken.',
        '',
        SIGNATURE.nl,
      ),
    };
  }
  return {
    to,
    subject: 'Confirm your email address for Wandelcoach',
    text: lines(
      'Hello,',
      '',
      'You made an account with Wandelcoach. Open this link to show that this email address is yours. You will be signed in straight away:',
      '',
      link,
      '',
      `The link works for ${hours} hours, and once.`,
      '',
      'Did you not make an account? Then someone else typed in your email address. You need not do anything: without this link nobody can use the account.',
      '',
      SIGNATURE.en,
    ),
  };
}

/** To the owner of an account who asked for a new password. */
export function passwordResetMail(to: string, locale: MailLocale, link: string, minutes: number): Mail {
  if (locale === 'nl') {
    return {
      to,
      subject: 'Een nieuw wachtwoord voor Wandelcoach',
      text: lines(
        'Hallo,',
        '',
        'Iemand heeft gevraagd om een nieuw wachtwoord voor je Wandelcoach-account. Was jij dat? Open dan deze link en kies een nieuw wachtwoord:',
        '',
        link,
        '',
        `De link werkt ${minutes} minuten en één keer. Met het nieuwe wachtwoord word je overal uitgelogd, ook op andere apparaten.`,
        '',
        'Heb je dit niet gevraagd? Dan kun je deze mail negeren. Je wachtwoord blijft wat het was.',
        '',
        SIGNATURE.nl,
      ),
    };
  }
  return {
    to,
    subject: 'A new password for Wandelcoach',
    text: lines(
      'Hello,',
      '',
      'Someone asked for a new password for your Wandelcoach account. Was that you? Then open this link and choose a new password:',
      '',
      link,
      '',
      `The link works for ${minutes} minutes, and once. Setting the new password signs you out everywhere, on other devices too.`,
      '',
      'Did you not ask for this? Then you can ignore this mail. Your password stays as it was.',
      '',
      SIGNATURE.en,
    ),
  };
}

/**
 * To the owner of an address someone tried to sign up with: there is an account already, and here
 * is the way in should they have forgotten the password.
 */
export function signUpTakenMail(to: string, locale: MailLocale, resetLink: string, minutes: number): Mail {
  if (locale === 'nl') {
    return {
      to,
      subject: 'Iemand wilde een account maken met je e-mailadres',
      text: lines(
        'Hallo,',
        '',
        'Iemand probeerde net een Wandelcoach-account te maken met dit e-mailadres. Er is al een account met dit adres, dus er is geen nieuw gemaakt.',
        '',
        'Was jij dat? Dan kun je gewoon inloggen. Weet je je wachtwoord niet meer? Kies dan met deze link een nieuw:',
        '',
        resetLink,
        '',
        `De link werkt ${minutes} minuten en één keer.`,
        '',
        'Was jij het niet? Dan hoef je niets te doen. Je account en je wachtwoord blijven zoals ze waren.',
        '',
        SIGNATURE.nl,
      ),
    };
  }
  return {
    to,
    subject: 'Someone tried to sign up with your email address',
    text: lines(
      'Hello,',
      '',
      'Someone just tried to make a Wandelcoach account with this email address. There already is an account with this address, so no new one was made.',
      '',
      'Was that you? Then simply sign in. Forgotten your password? Choose a new one with this link:',
      '',
      resetLink,
      '',
      `The link works for ${minutes} minutes, and once.`,
      '',
      'Was it not you? Then you need not do anything. Your account and your password stay as they were.',
      '',
      SIGNATURE.en,
    ),
  };
}

/** What an invitation makes someone: admin, clinician or both. */
export interface InvitedRoles {
  isAdmin: boolean;
  isClinician: boolean;
}

function rolesInWords(roles: InvitedRoles, locale: MailLocale): string {
  const words =
    locale === 'nl'
      ? [roles.isClinician && 'behandelaar', roles.isAdmin && 'beheerder']
      : [roles.isClinician && 'clinician', roles.isAdmin && 'admin'];
  const given = words.filter((word): word is string => word !== false);
  if (given.length === 0) return locale === 'nl' ? 'lid' : 'member';
  return given.join(locale === 'nl' ? ' en ' : ' and ');
}

/**
 * To someone invited to join a practice: what they become, the link, and that an existing account
 * joins with its own password.
 */
export function memberInviteMail(
  to: string,
  locale: MailLocale,
  invite: { link: string; practiceName: string; roles: InvitedRoles; days: number },
): Mail {
  const role = rolesInWords(invite.roles, locale);
  if (locale === 'nl') {
    return {
      to,
      subject: `Uitnodiging voor ${invite.practiceName} bij Wandelcoach`,
      text: lines(
        'Hallo,',
        '',
        `Je bent uitgenodigd om als ${role} mee te doen met ${invite.practiceName} bij Wandelcoach. Open deze link:`,
        '',
        invite.link,
        '',
        'Heb je nog geen account met dit e-mailadres? Dan kies je met de link een wachtwoord. Heb je er al een? Dan doe je mee met je eigen wachtwoord.',
        '',
        `De link werkt ${invite.days} dagen en één keer.`,
        '',
        'Verwachtte je deze uitnodiging niet? Dan kun je deze mail negeren.',
        '',
        SIGNATURE.nl,
      ),
    };
  }
  return {
    to,
    subject: `Invitation to ${invite.practiceName} on Wandelcoach`,
    text: lines(
      'Hello,',
      '',
      `You are invited to join ${invite.practiceName} on Wandelcoach as ${role}. Open this link:`,
      '',
      invite.link,
      '',
      'No account with this email address yet? Then the link lets you choose a password. Already have one? Then you join with your own password.',
      '',
      `The link works for ${invite.days} days, and once.`,
      '',
      'Did you not expect this invitation? Then you can ignore this mail.',
      '',
      SIGNATURE.en,
    ),
  };
}

/** Who reset a second factor: an admin of one of the member's practices, or the installation's operator. */
export type SecondFactorResetter = { adminName: string; practiceName: string } | 'operator';

/**
 * To a member whose sign-in code (second factor) was reset: who did it, what happens at the next
 * sign-in, and whom to tell when they did not ask for it.
 */
export function secondFactorResetMail(to: string, locale: MailLocale, by: SecondFactorResetter): Mail {
  if (locale === 'nl') {
    const who =
      by === 'operator'
        ? 'door de technisch beheerder van Wandelcoach'
        : `door ${by.adminName} van ${by.practiceName}`;
    return {
      to,
      subject: 'Je inlogcode voor Wandelcoach is opnieuw ingesteld',
      text: lines(
        'Hallo,',
        '',
        `De inlogcode van je account bij Wandelcoach is opnieuw ingesteld ${who}. Je bent overal uitgelogd.`,
        '',
        'Log opnieuw in met je wachtwoord. Daarna stel je de authenticator-app op je telefoon opnieuw in. Je krijgt dan ook nieuwe herstelcodes.',
        '',
        by === 'operator'
          ? 'Heb je hier niet om gevraagd? Neem dan meteen contact op met je praktijk.'
          : `Heb je hier niet om gevraagd? Neem dan meteen contact op met ${by.practiceName}.`,
        '',
        SIGNATURE.nl,
      ),
    };
  }
  const who =
    by === 'operator' ? 'by the person who runs Wandelcoach' : `by ${by.adminName} of ${by.practiceName}`;
  return {
    to,
    subject: 'Your sign-in code for Wandelcoach was reset',
    text: lines(
      'Hello,',
      '',
      `The sign-in code of your Wandelcoach account was reset ${who}. You have been signed out everywhere.`,
      '',
      'Sign in again with your password. Then you set up the authenticator app on your phone again. You also get new recovery codes.',
      '',
      by === 'operator'
        ? 'Did you not ask for this? Then contact your practice straight away.'
        : `Did you not ask for this? Then contact ${by.practiceName} straight away.`,
      '',
      SIGNATURE.en,
    ),
  };
}
