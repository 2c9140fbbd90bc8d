/** Nederlandse teksten van het leesbare plan: dezelfde sleutels en placeholders als `en.ts`. */
import type { CliCatalogue } from './index.js';

export const nl = {
  'title.plan': 'Wandelcoach · je wandelplan',
  'title.no-plan': 'Wandelcoach · je veiligheidscheck',
  'plan.period.one': '1 week, van {from} tot en met {to}',
  'plan.period': '{weeks} weken, van {from} tot en met {to}',

  'heading.triage': 'Veiligheidscheck',
  'heading.no-plan': 'Geen wandelplan',
  'heading.weeks': 'Je plan per week',
  'heading.why': 'Waarom dit plan',
  'heading.notes': 'Wat onderzoek zegt',

  'triage.emergency': 'Bel nu 112 of ga meteen naar de spoedeisende hulp.',
  'triage.gp-soon': 'Ga eerst naar je huisarts voordat je begint.',
  'triage.gp-soon.cleared': 'Je huisarts vindt wandelen goed, dus je kunt beginnen.',
  'triage.routine-assessment': 'Je kunt rustig beginnen, en we raden je aan een fysiotherapeut te bezoeken.',
  'triage.self-manage': 'Je kunt zelf aan de slag.',
  'triage.recheck': 'Beantwoord de veiligheidsvragen opnieuw voordat je weer gaat wandelen.',

  'no-plan.emergency':
    'Er is nu geen wandelplan voor je, omdat een arts eerst naar deze signalen moet kijken. Wacht daar niet mee: bel nu 112 of ga meteen naar de spoedeisende hulp.',
  'no-plan.gp-soon':
    'Er is nog geen wandelplan, omdat je huisarts eerst naar deze signalen moet kijken. Maak een afspraak bij je huisarts. Zegt je huisarts dat wandelen goed is, zet dat dan in je intake, bijvoorbeeld {clearance}, en maak je plan opnieuw.',
  'no-plan.other': 'Er is nu geen wandelplan voor je. Volg eerst het advies hierboven.',

  'today.heading': 'Vandaag, {date}',
  'today.rest': 'Vandaag staat er geen wandeling gepland: een rustdag.',
  'today.before-start': 'Je plan begint op {date}.',
  'today.after-end': 'Vandaag valt na de laatste week van dit plan, die eindigde op {date}.',
  'today.walk.forward': '{minutes} min vooruit lopen',
  'today.walk.retro': '{minutes} min achteruit lopen',
  'today.breathing': 'Ademhaling: {inhale} stappen in, {exhale} stappen uit',
  'today.cues': 'Let op: {cues}',

  'part.morning': 'ochtend',
  'part.afternoon': 'middag',
  'part.evening': 'avond',
  'part.any': 'wanneer het je uitkomt',

  'cell.morning': 'ochtend {minutes} min',
  'cell.afternoon': 'middag {minutes} min',
  'cell.evening': 'avond {minutes} min',
  'cell.any': 'wandelen {minutes} min',
  'cell.retro': 'achteruit {minutes} min',
  'cell.rest': 'rustdag',
  treadmill: 'loopband {speed} km/u, {incline}%',
  supervised: 'onder begeleiding',

  'week.title': 'Week {week} ({from} – {to}) · {forward} min wandelen',
  'week.title.with-retro': 'Week {week} ({from} – {to}) · {forward} min vooruit, {retro} min achteruit',
  'week.projected': '(vooruitblik)',

  'decision.start': 'begin',
  'decision.progress': 'opbouwen',
  'decision.hold': 'gelijk houden',
  'decision.regress': 'een stap terug',
  'decision.stop-retro': 'stoppen met achteruitlopen',
  'decision.pause': 'pauze',
  'why.decision': 'Week {week} · {decision} vanaf {date}',
  'why.projection': 'Vooruitblik, als de komende weken goed gaan',

  'weekday.mon': 'ma',
  'weekday.tue': 'di',
  'weekday.wed': 'wo',
  'weekday.thu': 'do',
  'weekday.fri': 'vr',
  'weekday.sat': 'za',
  'weekday.sun': 'zo',
  'month.jan': 'jan',
  'month.feb': 'feb',
  'month.mar': 'mrt',
  'month.apr': 'apr',
  'month.may': 'mei',
  'month.jun': 'jun',
  'month.jul': 'jul',
  'month.aug': 'aug',
  'month.sep': 'sep',
  'month.oct': 'okt',
  'month.nov': 'nov',
  'month.dec': 'dec',
} as const satisfies CliCatalogue;
