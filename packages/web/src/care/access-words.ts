/**
 * One entry of the access log in plain words: who did what, for which practice, when. The server
 * gives stable codes (`resource`, `action`); a code this version does not know yet still reads as
 * "looked at your data" or "changed your data", never as the bare code.
 */
import type { Locale } from '@wandelcoach/engine';
import type { AccessLogEntry } from '../api/client.js';
import type { MessageKey, Translate } from '../i18n/catalogue.js';

const WHAT: Readonly<Record<string, MessageKey>> = {
  'intake.read': 'care.log.what.intake.read',
  'plan.read': 'care.log.what.plan.read',
  'walks.read': 'care.log.what.walks.read',
  'progress.read': 'care.log.what.progress.read',
  'prescription.read': 'care.log.what.prescription.read',
  'prescription.change': 'care.log.what.prescription.change',
  'walk.change': 'care.log.what.walk.change',
  'notes.read': 'care.log.what.notes.read',
  'notes.change': 'care.log.what.notes.change',
  'flags.read': 'care.log.what.flags.read',
  'flags.change': 'care.log.what.flags.change',
  'outcome-measures.read': 'care.log.what.outcome-measures.read',
  'access-log.read': 'care.log.what.access-log.read',
  'care-link.consent': 'care.log.what.care-link.consent',
  'care-link.revoke': 'care.log.what.care-link.revoke',
  'care-link.end': 'care.log.what.care-link.end',
};

function who(entry: AccessLogEntry, t: Translate): string {
  switch (entry.who.kind) {
    case 'you':
      return t('care.log.who.you');
    case 'clinician':
      return entry.who.name ?? t('care.log.who.clinician');
    case 'former-member':
      return t('care.log.who.former');
  }
}

function what(entry: AccessLogEntry, t: Translate): string {
  const key = WHAT[`${entry.resource}.${entry.action}`];
  if (key !== undefined) return t(key);
  return t(entry.action === 'read' ? 'care.log.what.read' : 'care.log.what.change');
}

export interface AccessLine {
  /** "Sanne Jansen looked at your plan". */
  sentence: string;
  /** "Practice: Fysiotherapie De Brug", or undefined when the entry names none. */
  practice: string | undefined;
  /** The moment, as a person reads it, in this device's time zone. */
  when: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function moment(locale: Locale, iso: string, timeZone: string | undefined): string {
  const key = `${locale} ${timeZone ?? ''}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      ...(timeZone !== undefined && { timeZone }),
    });
    formats.set(key, format);
  }
  return format.format(new Date(iso));
}

export function accessLine(
  entry: AccessLogEntry,
  t: Translate,
  locale: Locale,
  /** The device's own when not given; tests pin one. */
  timeZone?: string,
): AccessLine {
  return {
    sentence: t('care.log.line', { who: who(entry, t), what: what(entry, t) }),
    practice: entry.practice === null ? undefined : t('care.log.practice', { practice: entry.practice.name }),
    when: moment(locale, entry.at, timeZone),
  };
}
