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

  'ask.activity': 'Hoeveel beweeg je nu?',
  'ask.backPainType': 'Wat voor rugklachten heb je?',
  'ask.backExtras': 'Herken je iets hiervan? Kies alles wat past, of niets.',
  'ask.redFlags': 'Herken je een van deze dingen bij jezelf? Kies alles wat past.',
  'ask.fallRisk': 'Geldt een van deze voor jou?',
  'ask.impairments': 'Heb je last van een van deze?',
  'ask.conditions': 'Heb je een van deze aandoeningen? Kies alles wat past, of niets.',
  'ask.equipment': 'Wat heb je tot je beschikking?',

  'triage.emergency.title': 'Stop: dit moet nu bekeken worden',
  'triage.emergency.now':
    'Wat je aangeeft, kan betekenen dat er druk op zenuwen staat of iets anders dat snel zorg nodig heeft. Ga nu niet wandelen.',
  'triage.emergency.call':
    'Bel nu 112, of ga nu naar de spoedeisende hulp. Buiten kantooruren kan ook de huisartsenpost je meteen verder helpen.',
  'triage.emergency.noPlan': 'Wandelcoach maakt geen plan zolang dit niet is bekeken door een arts.',
  'triage.gpSoon.title': 'Eerst naar je huisarts',
  'triage.gpSoon.intro':
    'Wat je aangeeft, wil een huisarts eerst zien. Maak een afspraak, het liefst deze week. Neem deze punten mee:',
  'triage.gpSoon.cleared':
    'Heeft je huisarts of fysiotherapeut gezegd dat wandelen goed is? Vul dat hier in.',
  'triage.routine.title': 'Je plan staat klaar, met een advies',
  'triage.routine.intro':
    'Je kunt rustig beginnen. Laat je wel begeleiden door een fysiotherapeut: die kan kijken wat jij nodig hebt.',
  'triage.selfManage.title': 'Je plan staat klaar',
  'triage.selfManage.intro': 'Niets in je antwoorden vraagt om een arts vooraf. Je kunt zelf beginnen.',
  'triage.reasons': 'Waarom',
  'triage.source': 'Bron: {source}',
  'triage.toPlan': 'Naar mijn plan',
  'triage.redoIntake': 'Vragenlijst opnieuw invullen',
  'clearance.by': 'Wie gaf toestemming?',
  'clearance.gp': 'Mijn huisarts',
  'clearance.physio': 'Mijn fysiotherapeut',
  'clearance.date': 'Op welke datum?',
  'clearance.save': 'Opslaan',

  'plan.title': 'Mijn plan',
  'plan.intro': 'Twaalf weken, week voor week. Weken die nog komen, gaan ervan uit dat het goed blijft gaan.',
  'plan.week': 'Week',
  'plan.dates': 'Data',
  'plan.forward': 'Wandelen (min)',
  'plan.retro': 'Achteruit (min)',
  'plan.weekNumber': 'Week {week}',
  'plan.projected': 'vooruitblik',
  'plan.none': 'Er is nog geen plan.',
  'plan.why': 'Waarom dit plan',
  'nav.plan': 'Mijn plan',
  'nav.intake': 'Vragenlijst',

  'home.title': 'Welkom terug',
  'home.next': 'Het volgende stuk van Wandelcoach komt hier: je vragenlijst en je plan.',
} as const;

/** The keys of the app's own words; the intake's words have their own file (`intake-keys.ts`). */
export type CoreKey = keyof typeof nl;
