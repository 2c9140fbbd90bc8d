/** One walk, written compactly for the week table or in full for today. */
import { contentFor, type Locale, type PartOfDay, type Session } from '@wandelcoach/engine';
import { t } from '../messages/index.js';
import { wrap } from './layout.js';

function partOfDayWord(locale: Locale, part: PartOfDay): string {
  switch (part) {
    case 'morning':
      return t(locale, 'part.morning');
    case 'afternoon':
      return t(locale, 'part.afternoon');
    case 'evening':
      return t(locale, 'part.evening');
    case 'any':
      return t(locale, 'part.any');
  }
}

function forwardCell(locale: Locale, part: PartOfDay, minutes: number): string {
  switch (part) {
    case 'morning':
      return t(locale, 'cell.morning', { minutes });
    case 'afternoon':
      return t(locale, 'cell.afternoon', { minutes });
    case 'evening':
      return t(locale, 'cell.evening', { minutes });
    case 'any':
      return t(locale, 'cell.any', { minutes });
  }
}

function treadmillText(locale: Locale, session: Session): string | undefined {
  if (session.treadmill === null) return undefined;
  return t(locale, 'treadmill', {
    speed: session.treadmill.speedKmh,
    incline: session.treadmill.inclinePercent,
  });
}

/**
 * A walk as one cell of the week table: `ochtend 4 min`, or for walking backwards
 * `middag achteruit 5 min (loopband 3 km/u, 0%) onder begeleiding`.
 */
export function sessionCell(locale: Locale, session: Session): string {
  let text: string;
  switch (session.kind) {
    case 'forward':
      // The weekend's longer walk and the warm-up before walking backwards are named, not just timed.
      if (session.purpose === 'long-walk') text = t(locale, 'cell.long-walk', { minutes: session.minutes });
      else if (session.purpose === 'warm-up' && session.partOfDay === 'any') {
        text = t(locale, 'cell.warm-up', { minutes: session.minutes });
      } else text = forwardCell(locale, session.partOfDay, session.minutes);
      break;
    case 'retro': {
      const walk = t(locale, 'cell.retro', { minutes: session.minutes });
      text = session.partOfDay === 'any' ? walk : `${partOfDayWord(locale, session.partOfDay)} ${walk}`;
      break;
    }
  }
  const treadmill = treadmillText(locale, session);
  if (treadmill !== undefined) text += ` (${treadmill})`;
  if (session.supervised) text += ` ${t(locale, 'supervised')}`;
  return text;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * A walk in full, for the day at hand: when and what for, how long and in which direction, the
 * treadmill settings, supervision, breathing and the cues to keep in mind.
 */
export function sessionDetails(locale: Locale, session: Session, indent = '  '): string[] {
  const content = contentFor(locale);
  const lines = [
    `${indent}${capitalise(partOfDayWord(locale, session.partOfDay))} · ${content.purposes[session.purpose]}`,
  ];

  const walk =
    session.kind === 'forward'
      ? t(locale, 'today.walk.forward', { minutes: session.minutes })
      : t(locale, 'today.walk.retro', { minutes: session.minutes });
  const treadmill = treadmillText(locale, session);
  const what = [
    walk,
    ...(treadmill === undefined ? [] : [treadmill]),
    ...(session.supervised ? [t(locale, 'supervised')] : []),
  ];
  const inner = `${indent}  `;
  lines.push(`${inner}${what.join(' · ')}`);
  lines.push(
    `${inner}${t(locale, 'today.breathing', { inhale: session.breathing.inhaleSteps, exhale: session.breathing.exhaleSteps })}`,
  );
  if (session.cues.length > 0) {
    const cues = session.cues.map((cue) => content.cues[cue].label).join(' · ');
    lines.push(...wrap(t(locale, 'today.cues', { cues }), inner, `${inner}  `));
  }
  return lines;
}
