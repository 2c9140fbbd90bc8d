/**
 * The care team's words in English. Dutch (`care.nl.ts`) comes first; this follows its meaning.
 */
import type { CareKey } from './care.nl.js';

export const careEn: Readonly<Record<CareKey, string>> = {
  // Settings
  'care.settings.title': 'Your physiotherapist',
  'care.settings.intro':
    'Do you see a physiotherapist? Then link Wandelcoach with your physiotherapist, who can then follow and adjust your plan.',
  'care.settings.link': 'Link with my physiotherapist',
  'care.settings.team': 'My care team',
  'care.settings.log': 'Who looked at my data',

  // /link: code and year of birth
  'care.link.title': 'Link with your physiotherapist',
  'care.link.intro':
    'Your physiotherapist gave you a code. Fill in that code and your year of birth. Then you first read what your physiotherapist can see and do. Nothing is linked until you agree.',
  'care.link.code': 'Code',
  'care.link.code.help': '8 letters and digits, for example ACDE FGHJ. Small letters are fine too.',
  'care.link.year': 'Your year of birth',
  'care.link.year.help': 'For example 1961. This way we know the code is meant for you.',
  'care.link.next': 'Next',
  'care.link.codeMissing': 'Fill in the code your physiotherapist gave you.',
  'care.link.codeLength': 'The code has 8 letters and digits. Please look again.',
  'care.link.yearInvalid': 'Fill in your year of birth with 4 digits, for example 1961.',
  'care.link.invalid':
    'The code or the year of birth is not right, or the code no longer works. Check them, or ask your physiotherapist for a new code.',
  'care.link.signInFirst':
    'To link, you need an account. Sign in, or create an account. Then you come back here, and the code is kept.',
  'care.link.codeKept': 'Your code: {code}',
  'care.link.signIn': 'Sign in',
  'care.link.signUp': 'Create an account',

  // /link/consent
  'care.consent.title': 'Link with {practice}?',
  'care.consent.who': '{clinician} of {practice} invited you. The practice knows you as "{name}".',
  'care.consent.whoUnnamed':
    'A physiotherapist of {practice} invited you. The practice knows you as "{name}".',
  'care.consent.read': 'What they can see',
  'care.consent.change': 'What they can do',
  'care.consent.never': 'What they never see',
  'care.consent.stop': 'You can stop at any time',
  'care.consent.logged':
    'Every time someone of the practice looks at or changes your data, it is written down. You can read it under "Who looked at my data" in your settings.',
  'care.consent.agree': 'Yes, I agree',
  'care.consent.cancel': 'No, do not link',
  'care.consent.changed': 'The terms have just changed. Please read them again below before you agree.',
  'care.consent.already': 'You are already linked with this practice.',
  'care.consent.missing': 'First fill in the code and your year of birth.',
  'care.consent.linked': 'You are now linked with {practice}.',

  // /care-team
  'care.team.title': 'My care team',
  'care.team.intro': 'These practices can follow your plan. You can stop a link at any time.',
  'care.team.none': 'You are not linked with a practice yet.',
  'care.team.since': 'Linked since {date}',
  'care.team.invitedBy': 'Invited by {name}',
  'care.team.invitedByFormer': 'Invited by someone who no longer works at the practice',
  'care.team.needsConsent': 'Will you give your permission again?',
  'care.team.readOnly':
    'For now this practice may only read along. Your physiotherapist would also like to be able to adjust your plan. For that they need your permission.',
  'care.team.care-team-2':
    'If you agree, they may also: adjust your plan, always with a reason you can read in your plan; record that they cleared something, such as your GP’s approval; and log a walk they supervised. This too is written down every time.',
  'care.team.unknownConsent': 'There are new terms. Update the app (reload the page) to read them.',
  'care.team.agree': 'Yes, I agree',
  'care.team.agreed': 'Thank you. {practice} may now also adjust your plan.',
  'care.team.end': 'Stop the link with {practice}',
  'care.team.endAsk':
    'Are you sure? {practice} will no longer see anything of yours. You can link again later with a new code.',
  'care.team.endYes': 'Yes, stop the link',
  'care.team.endNo': 'No, keep it',
  'care.team.ended': 'The link with {practice} has stopped. They can no longer see your data.',
  'care.team.link': 'Link with a physiotherapist',
  'care.team.noneNow': 'No practice follows your plan now.',
  'care.team.endedTitle': 'Links that ended',
  'care.team.endedIntro': 'These practices can no longer see your data.',
  'care.team.endedPeriod': 'Linked from {since} to {until}.',
  'care.team.endedSameDay': 'Linked and ended on {date}.',
  'care.team.endedByYou': 'You stopped the link.',
  'care.team.endedByPractice': 'The practice ended the link.',

  // /access-log
  'care.log.title': 'Who looked at my data',
  'care.log.intro':
    'Here you find every time someone of a practice looked at or changed your data, and when. The newest is at the top.',
  'care.log.none': 'Nobody of a practice has looked at your data yet.',
  'care.log.more': 'Show older ones',
  'care.log.line': '{who} {what}',
  'care.log.practice': 'Practice: {practice}',
  'care.log.who.you': 'You',
  'care.log.who.clinician': 'A physiotherapist',
  'care.log.who.former': 'Someone who no longer works at the practice',
  'care.log.what.intake.read': 'looked at your questionnaire and safety check',
  'care.log.what.plan.read': 'looked at your plan',
  'care.log.what.walks.read': 'looked at your walks',
  'care.log.what.progress.read': 'looked at your progress',
  'care.log.what.prescription.read': 'looked at the changes to your plan',
  'care.log.what.prescription.change': 'adjusted your plan',
  'care.log.what.walk.change': 'logged a supervised walk',
  'care.log.what.notes.read': 'read the notes about you',
  'care.log.what.notes.change': 'wrote a note about you',
  'care.log.what.flags.read': 'looked at the alerts about you',
  'care.log.what.flags.change': 'marked an alert about you as seen or dealt with',
  'care.log.what.outcome-measures.read': 'looked at your answers about pain and daily activities',
  'care.log.what.access-log.read': 'looked at who has seen your data',
  'care.log.what.care-link.consent': 'gave permission for the link',
  'care.log.what.care-link.revoke': 'stopped the link',
  'care.log.what.care-link.end': 'stopped the link',
  'care.log.what.read': 'looked at your data',
  'care.log.what.change': 'changed your data',

  // A physiotherapist's changes in the plan and on today
  'care.reason.label': 'Changed by your physiotherapist {name}',
  'care.reason.why': 'The reason: "{reason}"',
  'care.plan.changes': 'Changes by your physiotherapist',
  'care.today.changed': 'Your physiotherapist changed your plan this week',
  'care.today.toPlan': 'See your plan',

  // /check-in: the questions about pain and daily activities, at the start, week 6 and week 12
  'checkin.title': 'How are you doing?',
  'checkin.when.start': 'At the start',
  'checkin.when.week-6': 'After 6 weeks',
  'checkin.when.week-12': 'After 12 weeks',
  'checkin.intro':
    'Three short questions, so you can see what changes over the weeks. It takes about 2 minutes. No time now? Then we ask again later.',
  'checkin.nprs': 'How much pain did you have last week, on average?',
  'checkin.psfs.title': 'What is hard because of your complaints?',
  'checkin.psfs.new':
    'Name 3 things you like or need to do that are hard now because of your complaints. For example: doing the shopping, gardening, sitting for half an hour. For each, say how well it goes now.',
  'checkin.psfs.again': 'These are the 3 things you named before. How well do they go now?',
  'checkin.psfs.activity': 'Activity {n}',
  'checkin.psfs.activity.help': 'In a few words, for example: doing the shopping.',
  'checkin.psfs.score': 'How well does this go now: {activity}?',
  'checkin.psfs.scoreUnnamed': 'How well does activity {n} go now?',
  'checkin.psfs.low': 'cannot do it',
  'checkin.psfs.high': 'as well as before the complaints',
  'checkin.psfs.credit':
    'This question is the Patient-Specific Functional Scale by Stratford, Gill, Westaway and Binkley (Physiotherapy Canada, 1995).',
  'checkin.groc': 'How are your complaints compared with when you started?',
  'checkin.groc.-3': 'Much worse',
  'checkin.groc.-2': 'Worse',
  'checkin.groc.-1': 'A little worse',
  'checkin.groc.0': 'About the same',
  'checkin.groc.1': 'A little better',
  'checkin.groc.2': 'Better',
  'checkin.groc.3': 'Much better',
  'checkin.send': 'Send',
  'checkin.later': 'Not now, ask me later',
  'checkin.sent': 'Thank you. Your answers have been saved.',
  'checkin.skipped': 'Fine. We will ask again on {date}.',
  'checkin.notDue': 'There are no questions for you right now.',
  'checkin.answered': 'You have already answered these questions.',
  'checkin.toToday': 'Go to today',
  'checkin.error.nprs': 'Choose a number from 0 to 10.',
  'checkin.error.activity': 'Fill in what is hard, in a few words.',
  'checkin.error.activityLong': 'Keep it short: at most 80 characters.',
  'checkin.error.activityTwice': 'You named this activity already. Choose 3 different ones.',
  'checkin.error.score': 'Choose a number from 0 to 10.',
  'checkin.error.groc': 'Choose what fits best.',
  'checkin.card.text': 'Three short questions about your pain and what you can do. About 2 minutes.',
  'checkin.card.open': 'Answer the questions',
};
