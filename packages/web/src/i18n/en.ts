import type { MessageKey } from './nl.js';

/** English. Typed against the Dutch catalogue, so a missing or extra key does not compile. */
export const en: Readonly<Record<MessageKey, string>> = {
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

  'home.title': 'Welcome back',
  'home.next': 'The next part of Wandelcoach comes here: your questionnaire and your plan.',
};
