/**
 * English texts of the readable plan. This object defines the keys; `nl.ts` must match it key for key
 * and placeholder for placeholder. Format-only pieces (spaces, brackets, separators) stay in the
 * renderers, so every text here has words a translator can see.
 */
export const en = {
  'title.plan': 'Wandelcoach · your walking plan',
  'title.no-plan': 'Wandelcoach · your safety check',
  'plan.period.one': '1 week, {from} to {to}',
  'plan.period': '{weeks} weeks, {from} to {to}',

  'heading.triage': 'Safety check',
  'heading.no-plan': 'No walking plan',
  'heading.weeks': 'Your plan week by week',
  'heading.why': 'Why this plan',
  'heading.notes': 'What research says',
  'heading.ended': 'This plan has ended',

  'triage.emergency': 'Call 112 now or go to the emergency department.',
  'triage.gp-soon': 'See your GP before you start.',
  'triage.gp-soon.cleared': 'Your GP has said walking is fine, so you can start.',
  'triage.routine-assessment': 'You can start gently, and we advise you to see a physiotherapist.',
  'triage.self-manage': 'You can get started on your own.',
  'triage.self-manage.helped': 'You can get started; follow the advice about help below.',
  'triage.recheck': 'Please answer the safety questions again before your next walk.',

  'no-plan.emergency':
    'There is no walking plan for you now, because a doctor needs to see these signs first. Do not wait: call 112 or go to the emergency department now.',
  'no-plan.gp-soon':
    'There is no walking plan yet, because your GP should look at these signs first. Make an appointment with your GP. Once your GP says walking is fine, add that to your intake with the date of the visit, as {clearance}, and make your plan again.',
  'no-plan.other': 'There is no walking plan for you now. Follow the advice above.',

  'today.heading': 'Today, {date}',
  'today.rest': 'No walks planned today: a rest day.',
  'today.before-start': 'Your plan starts on {date}.',
  'today.after-end': 'Today falls after the last week of this plan, which ended on {date}.',
  'today.walk.forward': '{minutes} min walking forwards',
  'today.walk.retro': '{minutes} min walking backwards',
  'today.breathing': 'Breathing: {inhale} steps in, {exhale} steps out',
  'today.cues': 'Pay attention to: {cues}',

  'part.morning': 'morning',
  'part.afternoon': 'afternoon',
  'part.evening': 'evening',
  'part.any': 'any time',

  'cell.morning': 'morning {minutes} min',
  'cell.afternoon': 'afternoon {minutes} min',
  'cell.evening': 'evening {minutes} min',
  'cell.any': 'walk {minutes} min',
  'cell.long-walk': 'longer walk {minutes} min',
  'cell.warm-up': 'warm-up {minutes} min',
  'cell.retro': 'backwards {minutes} min',
  'cell.rest': 'rest day',
  treadmill: 'treadmill {speed} km/h, {incline}%',
  supervised: 'under supervision',

  'week.title': 'Week {week} ({from} – {to}) · {forward} min of walking',
  'week.title.with-retro': 'Week {week} ({from} – {to}) · {forward} min forwards, {retro} min backwards',
  'week.projected': '(projection)',

  'decision.start': 'start',
  'decision.progress': 'build up',
  'decision.hold': 'hold steady',
  'decision.regress': 'step back',
  'decision.stop-retro': 'stop retro-walking',
  'decision.pause': 'pause',
  'why.decision': 'Week {week} · {decision} from {date}',
  'why.projection': 'Looking ahead, if the coming weeks go well',

  'weekday.mon': 'Mon',
  'weekday.tue': 'Tue',
  'weekday.wed': 'Wed',
  'weekday.thu': 'Thu',
  'weekday.fri': 'Fri',
  'weekday.sat': 'Sat',
  'weekday.sun': 'Sun',
  'month.jan': 'Jan',
  'month.feb': 'Feb',
  'month.mar': 'Mar',
  'month.apr': 'Apr',
  'month.may': 'May',
  'month.jun': 'Jun',
  'month.jul': 'Jul',
  'month.aug': 'Aug',
  'month.sep': 'Sep',
  'month.oct': 'Oct',
  'month.nov': 'Nov',
  'month.dec': 'Dec',
} as const;
