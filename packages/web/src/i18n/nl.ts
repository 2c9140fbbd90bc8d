/** Dutch, the app's first language. Every key here must exist in `en.ts` too (the types insist). */
export const nl = {
  'app.name': 'Wandelcoach',
  'app.skipToContent': 'Naar de inhoud',
  'language.label': 'Taal',
  'language.nl': 'Nederlands',
  'language.en': 'English',

  'welcome.title': 'Wandelen dat je rug goed doet',
  'welcome.intro':
    'Wandelcoach maakt een wandelplan voor 12 weken, op jouw maat. Voor rugpijn, en voor achteruitlopen als training of herstel. Het plan groeit mee met hoe je wandelingen gaan.',
  'welcome.does.title': 'Wat Wandelcoach doet',
  'welcome.does.safety': 'Eerst een paar veiligheidsvragen. Zo weet je of je eerst een arts moet spreken.',
  'welcome.does.plan': 'Daarna een plan per dag: hoe lang, wanneer en hoe je loopt.',
  'welcome.does.guide': 'Tijdens het wandelen: een grote klok, gesproken tips en een rustig ademritme.',
  'welcome.does.adapt': 'Na elke wandeling vul je kort in hoe het ging. Het plan past zich daarop aan.',
  'welcome.doesNot.title': 'Wat Wandelcoach niet doet',
  'welcome.doesNot.doctor':
    'Wandelcoach vervangt geen arts of fysiotherapeut. Twijfel je, of wordt de pijn erger? Neem dan contact op met je huisarts.',
  'welcome.signUp': 'Account maken',
  'welcome.signIn': 'Inloggen',

  'account.signUp.title': 'Account maken',
  'account.signIn.title': 'Inloggen',
  'account.email': 'E-mailadres',
  'account.password': 'Wachtwoord',
  'account.password.hint': 'Minstens 10 tekens. Een zin van een paar woorden is makkelijk te onthouden.',
  'account.signUp.submit': 'Account maken',
  'account.signIn.submit': 'Inloggen',
  'account.toSignIn': 'Ik heb al een account',
  'account.toSignUp': 'Ik heb nog geen account',
  'account.back': 'Terug',
  'account.busy': 'Even geduld…',
  'account.signOut': 'Uitloggen',
  'account.signedInAs': 'Ingelogd als {email}',

  'error.title': 'Dat ging niet goed',
  'error.field': '{field}: {message}',
  'error.emailTaken': 'Er is al een account met dit e-mailadres. Log in, of kies een ander adres.',
  'error.wrongCredentials': 'Het e-mailadres of het wachtwoord klopt niet.',
  'error.tooMany': 'Te veel pogingen. Probeer het over {minutes} minuten opnieuw.',
  'error.offline': 'Er is geen verbinding. Controleer je internet en probeer het opnieuw.',
  'error.unexpected': 'Er ging iets mis. Probeer het opnieuw.',
  'error.invalidEmail': 'Vul een geldig e-mailadres in.',
  'error.passwordTooShort': 'Het wachtwoord moet minstens 10 tekens hebben.',

  'home.title': 'Welkom terug',
  'home.next': 'Het volgende stuk van Wandelcoach komt hier: je vragenlijst en je plan.',
} as const;

export type MessageKey = keyof typeof nl;
