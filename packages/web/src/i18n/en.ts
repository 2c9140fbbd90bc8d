import type { CoreKey } from './nl.js';

/** English. Typed against the Dutch catalogue, so a missing or extra key does not compile. */
export const en: Readonly<Record<CoreKey, string>> = {
  'app.name': 'Wandelcoach',
  'app.skipToContent': 'Skip to content',
  'language.label': 'Language',
  'language.nl': 'Nederlands',
  'language.en': 'English',

  'welcome.title': 'Walking that does your back good',
  'welcome.intro':
    'Wandelcoach makes a 12-week walking plan that fits you. For back pain, and for walking backwards as training or rehabilitation. The plan grows with how your walks go.',
  'welcome.does.title': 'What Wandelcoach does',
  'welcome.does.safety': 'First a few safety questions, so you know whether to see a doctor first.',
  'welcome.does.plan': 'Then a plan for each day: how long, when and how to walk.',
  'welcome.does.guide': 'While you walk: a large timer, spoken tips and a calm breathing rhythm.',
  'welcome.does.adapt': 'After each walk you note how it went. The plan adapts to it.',
  'welcome.doesNot.title': 'What Wandelcoach does not do',
  'welcome.doesNot.doctor':
    'Wandelcoach does not replace a doctor or physiotherapist. If you are unsure, or the pain gets worse, contact your GP.',
  'welcome.signUp': 'Create an account',
  'welcome.signIn': 'Sign in',

  'account.signUp.title': 'Create an account',
  'account.signIn.title': 'Sign in',
  'account.email': 'Email address',
  'account.password': 'Password',
  'account.password.hint': 'At least 10 characters. A sentence of a few words is easy to remember.',
  'account.signUp.submit': 'Create account',
  'account.signIn.submit': 'Sign in',
  'account.toSignIn': 'I already have an account',
  'account.toSignUp': 'I do not have an account yet',
  'account.back': 'Back',
  'account.busy': 'One moment…',
  'account.signOut': 'Sign out',
  'account.signedInAs': 'Signed in as {email}',

  'error.title': 'That did not work',
  'error.field': '{field}: {message}',
  'error.emailTaken': 'There is already an account with this email address. Sign in, or use another address.',
  'error.wrongCredentials': 'The email address or password is not right.',
  'error.tooMany': 'Too many attempts. Try again in {minutes} minutes.',
  'error.offline': 'There is no connection. Check your internet and try again.',
  'error.unexpected': 'Something went wrong. Please try again.',
  'error.invalidEmail': 'Enter a valid email address.',
  'error.passwordTooShort': 'The password needs at least 10 characters.',

  'triage.emergency.title': 'Stop: this needs checking now',
  'triage.emergency.now':
    'What you describe can mean pressure on nerves, or something else that needs care quickly. Do not go for a walk now.',
  'triage.emergency.call':
    'Call 112 now, or go to the emergency department now. Outside office hours the out-of-hours GP service can also help you straight away.',
  'triage.emergency.noPlan': 'Wandelcoach makes no plan until a doctor has looked at this.',
  'triage.gpSoon.title': 'See your GP first',
  'triage.gpSoon.intro':
    'What you describe is something a GP should see first. Make an appointment, preferably this week. Take these points with you:',
  'triage.gpSoon.cleared': 'Has your GP or physiotherapist said walking is fine? Note it here.',
  'triage.routine.title': 'Your plan is ready, with one piece of advice',
  'triage.routine.intro':
    'You can start gently. Do ask a physiotherapist to guide you: they can look at what you need.',
  'triage.selfManage.title': 'Your plan is ready',
  'triage.selfManage.intro': 'Nothing in your answers needs a doctor first. You can start on your own.',
  'triage.reasons': 'Why',
  'triage.source': 'Source: {source}',
  'triage.toPlan': 'Go to my plan',
  'triage.redoIntake': 'Fill in the questions again',
  'clearance.by': 'Who said it is fine?',
  'clearance.gp': 'My GP',
  'clearance.physio': 'My physiotherapist',
  'clearance.date': 'On what date?',
  'clearance.save': 'Save',

  'plan.title': 'My plan',
  'plan.intro': 'Twelve weeks, week by week. Weeks still to come assume things keep going well.',
  'plan.week': 'Week',
  'plan.dates': 'Dates',
  'plan.forward': 'Walking (min)',
  'plan.retro': 'Backwards (min)',
  'plan.weekNumber': 'Week {week}',
  'plan.projected': 'looking ahead',
  'plan.none': 'There is no plan yet.',
  'plan.why': 'Why this plan',
  'nav.plan': 'My plan',
  'nav.intake': 'Questionnaire',

  'home.title': 'Welcome back',
  'home.next': 'The next part of Wandelcoach comes here: your questionnaire and your plan.',
};
