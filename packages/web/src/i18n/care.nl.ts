/**
 * The care team's words in Dutch: linking with a physiotherapist, the consent, the care team, who
 * looked at the person’s data, a physiotherapist’s changes in the plan, and the questions about pain
 * and daily activities at the start, week 6 and week 12 (`/check-in`). B1, calm, short; the
 * person is "je". Kept apart from `nl.ts` so the keys have their own type (`CareKey`).
 */
export const careNl = {
  // Settings
  'care.settings.title': 'Je fysiotherapeut',
  'care.settings.intro':
    'Werk je met een fysiotherapeut? Koppel Wandelcoach dan met je fysiotherapeut. Die kan je plan dan volgen en aanpassen.',
  'care.settings.link': 'Koppelen met mijn fysiotherapeut',
  'care.settings.team': 'Mijn zorgteam',
  'care.settings.log': 'Wie heeft mijn gegevens bekeken?',

  // /link: code and year of birth
  'care.link.title': 'Koppelen met je fysiotherapeut',
  'care.link.intro':
    'Je fysiotherapeut heeft je een code gegeven. Vul die code in, en je geboortejaar. Daarna lees je eerst wat je fysiotherapeut kan zien en doen. Pas als je akkoord gaat, wordt er gekoppeld.',
  'care.link.code': 'Code',
  'care.link.code.help': '8 letters en cijfers, bijvoorbeeld ACDE FGHJ. Kleine letters mogen ook.',
  'care.link.year': 'Je geboortejaar',
  'care.link.year.help': 'Bijvoorbeeld 1961. Zo weten we zeker dat de code voor jou is.',
  'care.link.next': 'Verder',
  'care.link.codeMissing': 'Vul de code in die je van je fysiotherapeut kreeg.',
  'care.link.codeLength': 'De code heeft 8 letters en cijfers. Kijk nog eens goed.',
  'care.link.yearInvalid': 'Vul je geboortejaar in met 4 cijfers, bijvoorbeeld 1961.',
  'care.link.invalid':
    'De code of het geboortejaar klopt niet, of de code is niet meer geldig. Kijk ze na, of vraag je fysiotherapeut om een nieuwe code.',
  'care.link.signInFirst':
    'Om te koppelen heb je een account nodig. Log in, of maak een account. Daarna kom je hier terug, en de code blijft bewaard.',
  'care.link.codeKept': 'Je code: {code}',
  'care.link.signIn': 'Inloggen',
  'care.link.signUp': 'Account maken',

  // /link/consent
  'care.consent.title': 'Koppelen met {practice}?',
  'care.consent.who': '{clinician} van {practice} heeft je uitgenodigd. De praktijk kent je als "{name}".',
  'care.consent.whoUnnamed':
    'Een fysiotherapeut van {practice} heeft je uitgenodigd. De praktijk kent je als "{name}".',
  'care.consent.read': 'Wat ze kunnen zien',
  'care.consent.change': 'Wat ze kunnen doen',
  'care.consent.never': 'Wat ze nooit zien',
  'care.consent.stop': 'Stoppen kan altijd',
  'care.consent.logged':
    'Elke keer dat iemand van de praktijk je gegevens bekijkt of verandert, wordt dat vastgelegd. Dat lees je bij "Wie heeft mijn gegevens bekeken?" in je instellingen.',
  'care.consent.agree': 'Ja, ik ga akkoord',
  'care.consent.cancel': 'Nee, niet koppelen',
  'care.consent.changed':
    'De afspraken zijn net veranderd. Lees ze hieronder opnieuw voordat je akkoord gaat.',
  'care.consent.already': 'Je bent al gekoppeld met deze praktijk.',
  'care.consent.missing': 'Vul eerst de code en je geboortejaar in.',
  'care.consent.linked': 'Je bent nu gekoppeld met {practice}.',

  // /care-team
  'care.team.title': 'Mijn zorgteam',
  'care.team.intro': 'Deze praktijken kunnen je plan volgen. Je kunt een koppeling altijd stoppen.',
  'care.team.none': 'Je bent nog niet gekoppeld met een praktijk.',
  'care.team.since': 'Gekoppeld sinds {date}',
  'care.team.invitedBy': 'Uitgenodigd door {name}',
  'care.team.invitedByFormer': 'Uitgenodigd door iemand die niet meer bij de praktijk werkt',
  'care.team.needsConsent': 'Wil je opnieuw toestemming geven?',
  'care.team.readOnly':
    'Deze praktijk mag nu alleen meelezen. Je fysiotherapeut wil ook je plan kunnen aanpassen. Daarvoor is je toestemming nodig.',
  'care.team.care-team-2':
    'Als je akkoord gaat, mogen ze ook: je plan aanpassen, altijd met een reden die je in je plan leest; vastleggen dat ze iets hebben vrijgegeven, zoals het akkoord van je huisarts; en een wandeling vastleggen die zij begeleidden. Ook dat wordt steeds vastgelegd.',
  'care.team.unknownConsent':
    'Er zijn nieuwe afspraken. Werk de app bij (laad de pagina opnieuw) om ze te lezen.',
  'care.team.agree': 'Ja, ik ga akkoord',
  'care.team.agreed': 'Dank je. {practice} mag nu ook je plan aanpassen.',
  'care.team.end': 'Koppeling met {practice} stoppen',
  'care.team.endAsk':
    'Weet je het zeker? {practice} kan daarna niets meer van je zien. Opnieuw koppelen kan later met een nieuwe code.',
  'care.team.endYes': 'Ja, stop de koppeling',
  'care.team.endNo': 'Nee, laat maar',
  'care.team.ended': 'De koppeling met {practice} is gestopt. Ze kunnen je gegevens niet meer zien.',
  'care.team.link': 'Koppelen met een fysiotherapeut',
  'care.team.noneNow': 'Op dit moment volgt geen praktijk je plan.',
  'care.team.endedTitle': 'Beëindigde koppelingen',
  'care.team.endedIntro': 'Deze praktijken kunnen je gegevens niet meer zien.',
  'care.team.endedPeriod': 'Gekoppeld van {since} tot {until}.',
  'care.team.endedSameDay': 'Gekoppeld en beëindigd op {date}.',
  'care.team.endedByYou': 'Jij hebt de koppeling gestopt.',
  'care.team.endedByPractice': 'De praktijk heeft de koppeling beëindigd.',

  // /access-log
  'care.log.title': 'Wie heeft mijn gegevens bekeken?',
  'care.log.intro':
    'Hier staat elke keer dat iemand van een praktijk je gegevens bekeek of veranderde, en wanneer. Het nieuwste staat bovenaan.',
  'care.log.none': 'Nog niemand van een praktijk heeft je gegevens bekeken.',
  'care.log.more': 'Oudere laten zien',
  'care.log.line': '{who} {what}',
  'care.log.practice': 'Praktijk: {practice}',
  'care.log.who.you': 'Jij',
  'care.log.who.clinician': 'Een fysiotherapeut',
  'care.log.who.former': 'Iemand die niet meer bij de praktijk werkt',
  'care.log.what.intake.read': 'bekeek je vragenlijst en de veiligheidscheck',
  'care.log.what.plan.read': 'bekeek je plan',
  'care.log.what.walks.read': 'bekeek je wandelingen',
  'care.log.what.progress.read': 'bekeek je voortgang',
  'care.log.what.prescription.read': 'bekeek de aanpassingen aan je plan',
  'care.log.what.prescription.change': 'paste je plan aan',
  'care.log.what.walk.change': 'legde een begeleide wandeling vast',
  'care.log.what.notes.read': 'las de notities over jou',
  'care.log.what.notes.change': 'schreef een notitie over jou',
  'care.log.what.flags.read': 'bekeek de meldingen over jou',
  'care.log.what.flags.change': 'zette een melding over jou op gezien of afgehandeld',
  'care.log.what.outcome-measures.read': 'bekeek je antwoorden over pijn en dagelijkse dingen',
  'care.log.what.access-log.read': 'bekeek wie er in je gegevens keek',
  'care.log.what.care-link.consent': 'gaf toestemming voor de koppeling',
  'care.log.what.care-link.revoke': 'stopte de koppeling',
  'care.log.what.care-link.end': 'stopte de koppeling',
  'care.log.what.read': 'bekeek je gegevens',
  'care.log.what.change': 'veranderde je gegevens',

  // A physiotherapist's changes in the plan and on today
  'care.reason.label': 'Aangepast door je fysiotherapeut {name}',
  'care.reason.why': 'De reden: "{reason}"',
  'care.plan.changes': 'Aanpassingen door je fysiotherapeut',
  'care.today.changed': 'Je fysiotherapeut heeft je plan deze week aangepast',
  'care.today.toPlan': 'Bekijk je plan',

  // /check-in: the questions about pain and daily activities, at the start, week 6 and week 12
  'checkin.title': 'Hoe gaat het nu?',
  'checkin.when.start': 'Bij de start',
  'checkin.when.week-6': 'Na 6 weken',
  'checkin.when.week-12': 'Na 12 weken',
  'checkin.intro':
    'Drie korte vragen, zodat je kunt zien wat er verandert in de weken. Het duurt ongeveer 2 minuten. Geen tijd? Dan vragen we het later nog eens.',
  'checkin.nprs': 'Hoeveel pijn had je de afgelopen week, gemiddeld?',
  'checkin.psfs.title': 'Wat is lastig door je klachten?',
  'checkin.psfs.new':
    'Noem 3 dingen die je graag doet of moet doen, en die nu lastig zijn door je klachten. Bijvoorbeeld: boodschappen doen, in de tuin werken, een half uur zitten. Geef bij elk aan hoe goed het nu gaat.',
  'checkin.psfs.again': 'Dit zijn de 3 dingen die je eerder noemde. Hoe goed gaan ze nu?',
  'checkin.psfs.activity': 'Activiteit {n}',
  'checkin.psfs.activity.help': 'In een paar woorden, bijvoorbeeld: boodschappen doen.',
  'checkin.psfs.score': 'Hoe goed gaat dit nu: {activity}?',
  'checkin.psfs.scoreUnnamed': 'Hoe goed gaat activiteit {n} nu?',
  'checkin.psfs.low': 'lukt niet',
  'checkin.psfs.high': 'net als voor de klachten',
  'checkin.psfs.credit':
    'Deze vraag is de Patient-Specific Functional Scale van Stratford, Gill, Westaway en Binkley (Physiotherapy Canada, 1995).',
  'checkin.groc': 'Hoe gaat het met je klachten, vergeleken met toen je begon?',
  'checkin.groc.-3': 'Veel slechter',
  'checkin.groc.-2': 'Slechter',
  'checkin.groc.-1': 'Een beetje slechter',
  'checkin.groc.0': 'Ongeveer hetzelfde',
  'checkin.groc.1': 'Een beetje beter',
  'checkin.groc.2': 'Beter',
  'checkin.groc.3': 'Veel beter',
  'checkin.send': 'Versturen',
  'checkin.later': 'Nu niet, vraag het later',
  'checkin.sent': 'Dank je wel. Je antwoorden zijn bewaard.',
  'checkin.skipped': 'Goed. We vragen het op {date} nog eens.',
  'checkin.notDue': 'Er staan nu geen vragen voor je klaar.',
  'checkin.answered': 'Deze vragen heb je al beantwoord.',
  'checkin.toToday': 'Naar vandaag',
  'checkin.error.nprs': 'Kies een getal van 0 tot 10.',
  'checkin.error.activity': 'Vul in wat lastig is, in een paar woorden.',
  'checkin.error.activityLong': 'Houd het kort: hoogstens 80 tekens.',
  'checkin.error.activityTwice': 'Deze activiteit noemde je al. Kies 3 verschillende.',
  'checkin.error.score': 'Kies een getal van 0 tot 10.',
  'checkin.error.groc': 'Kies wat het best past.',
  'checkin.card.text': 'Drie korte vragen over je pijn en wat je kunt. Ongeveer 2 minuten.',
  'checkin.card.open': 'Vragen beantwoorden',
} as const;

export type CareKey = keyof typeof careNl;
