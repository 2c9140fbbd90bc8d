/**
 * De Nederlandse coachteksten, de eerste taal van het product. Geschreven voor mensen die vaak ouder zijn
 * en pijn hebben: korte zinnen, gewone woorden (B1), informeel "je", rustig, geen beloftes.
 */
import type { ContentCatalogue } from './types.js';

export const nl: ContentCatalogue = {
  cues: {
    'relaxed-arm-swing': {
      label: 'Armen losjes mee',
      spoken: 'Laat je armen bij elke stap losjes meezwaaien.',
    },
    'let-hips-move': {
      label: 'Heupen mogen meedoen',
      spoken: 'Je heupen mogen gewoon meebewegen. Je hoeft ze niet stil te houden.',
    },
    'calm-breathing': {
      label: 'Rustig ademen',
      spoken: 'Adem rustig. Voelt het prettig, maak je uitademing dan wat langer dan je inademing.',
    },
    'relaxed-tempo': {
      label: 'Op je gemak',
      spoken: 'Loop in een tempo dat ontspannen voelt. Je hoeft je niet te haasten.',
    },
    'small-steps-soft-landing': {
      label: 'Kleine stappen, zacht neerkomen',
      spoken: 'Zet kleine stappen en kom zacht neer. Hard afzetten is niet nodig.',
    },
    'vary-tempo-and-surface': {
      label: 'Wissel tempo en ondergrond',
      spoken: 'Wissel af en toe van tempo. Loop als het kan een stukje over gras of een bospad.',
    },
    'take-breaks-early': {
      label: 'Op tijd even rusten',
      spoken: 'Neem een korte pauze voordat je moe wordt. Wacht niet tot het echt moet.',
    },
    'active-core': {
      label: 'Buik licht aangespannen',
      spoken: 'Span je buik licht aan, alsof je jezelf een beetje langer maakt.',
    },
    'small-steps': {
      label: 'Kleine passen achteruit',
      spoken: 'Zet kleine passen naar achteren. Je hebt alle tijd.',
    },
    'toes-first': {
      label: 'Eerst je tenen neerzetten',
      spoken: 'Zet eerst je tenen neer en rol dan door naar je hak.',
    },
    'knees-soft': {
      label: 'Knieën licht gebogen',
      spoken: 'Houd je knieën een beetje gebogen, niet helemaal gestrekt.',
    },
    'hold-handrails-safety-key': {
      label: 'Leuningen en veiligheidsclip',
      spoken: 'Maak op de loopband de veiligheidsclip vast aan je kleding en houd de leuningen vast.',
    },
    'rail-or-flat-path': {
      label: 'Leuning of vlak pad',
      spoken: 'Loop langs een leuning, of op een rustig, vlak pad waar niets in de weg ligt.',
    },
    'companion-spotter': {
      label: 'Iemand loopt met je mee',
      spoken: 'Vraag iemand om naast je te lopen en te kijken waar je heen gaat.',
    },
    'with-professional': {
      label: 'Alleen met je therapeut',
      spoken: 'Loop alleen achteruit als je fysiotherapeut of een andere begeleider erbij is.',
    },
    'stop-if-dizzy-or-pain': {
      label: 'Duizelig of pijn: stop',
      spoken: 'Word je duizelig of krijg je pijn? Stop dan meteen en houd je vast aan iets stevigs.',
    },
  },

  purposes: {
    'calm-start': 'Rustige ochtendwandeling',
    'walking-break': 'Korte wandelpauze',
    sleep: 'Avondwandeling voor een goede nachtrust',
    'long-walk': 'Iets langere weekendwandeling',
    'daily-walk': 'Wandeling',
    'warm-up': 'Opwarmen met vooruit lopen',
    retro: 'Achteruitlopen',
  },

  commonMistakes: {
    'too-fast': {
      title: 'Te vlot lopen',
      tip: 'In een hoog tempo worden je spieren strakker. Kies een tempo waarbij je rustig blijft ademen.',
    },
    'too-long-strides': {
      title: 'Te grote passen',
      tip: 'Met grote passen vraag je meer van je rug. Met kleinere stappen loop je soepeler.',
    },
    'pushing-off-hard': {
      title: 'Hard afzetten',
      tip: 'Zet je hard af, dan moet je rug harder werken. Laat je voet liever rustig afrollen.',
    },
    'hard-soles': {
      title: 'Schoenen met een harde zool',
      tip: 'Een harde zool vangt weinig op van elke stap. Kies schoenen met een zachte, verende zool.',
    },
    'no-surface-variation': {
      title: 'Altijd dezelfde ondergrond',
      tip: 'Op stoeptegels krijgt je lijf bij elke stap precies dezelfde belasting. Kies af en toe gras, een bospad of een parkpad.',
    },
    'breaks-too-late': {
      title: 'Te laat pauzeren',
      tip: 'Neem een korte pauze voordat je moe of stijf wordt, niet pas als je het al bent.',
    },
  },

  recoveryMoments: {
    'after-sitting': 'Als je lang hebt gezeten',
    'between-tasks': 'Tussen twee klussen door',
    'after-training': 'Na het sporten of trainen',
    'during-stress': 'Als je gespannen of gestrest bent',
    'before-sleep': 'Voor het slapengaan',
  },

  whyWalkingHelps: {
    'nerve-pain': {
      title: 'Hernia of zenuwpijn',
      points: [
        'Het rustige ritme van wandelen kan geprikkelde zenuwen minder gevoelig maken.',
        'De spieren in je onderrug spannen minder aan.',
        'Als je heupen vrijer bewegen, komt er minder druk op de zenuwen in je rug.',
        'Je hersenen merken dat bewegen veilig is en gaan je minder hard beschermen.',
        'Pijn, tintelingen of een doof gevoel in je been? Dat checken we eerst met de veiligheidsvragen, voordat je begint.',
      ],
    },
    arthrosis: {
      title: 'Artrose (slijtage van gewrichten)',
      points: [
        'Regelmatig bewegen houdt je gewrichten warm en goed doorbloed.',
        'Je gewrichten blijven beter gesmeerd.',
        'Bewegen gaat makkelijker en voelt prettiger.',
        'De spieren rond je onderrug en heupen blijven aan het werk.',
        'Stap voor stap kun je op een dag meer aan.',
      ],
    },
    'muscle-tension': {
      title: 'Gespannen spieren',
      points: [
        'Door het ritme kan je rug zich ontspannen.',
        'Strakke spieren worden losser.',
        'Je gaat vanzelf rustiger en langer ademen.',
        'De spieren van je buik en rug worden soepeler.',
        'Pijnlijke, harde plekjes in je billen en onderrug kunnen minder worden.',
      ],
    },
    chronic: {
      title: 'Rugpijn die al lang duurt',
      points: [
        'Als pijn lang duurt, wordt je zenuwstelsel gevoeliger. Wandelen is een zachte manier om het tot rust te brengen.',
        'Wandelen voelt veilig en je kunt het elke dag opnieuw doen.',
        'Met elke wandeling groeit het vertrouwen in je eigen lijf.',
        'Het helpt om de cirkel van pijn, zorgen en minder bewegen te doorbreken.',
        'Het zorgt voor minder stress.',
      ],
    },
    unknown: {
      title: 'Waarom wandelen goed is voor je rug',
      points: [
        'Er stroomt meer bloed naar de spieren rond je wervelkolom.',
        'Bij elke stap verandert de druk op je tussenwervelschijven. Daardoor nemen ze makkelijker vocht op.',
        'De diepe spieren rond je wervelkolom doen mee, zonder dat het te zwaar wordt.',
        'Je heupen worden soepeler.',
        'Je stress neemt af. Vaak zakt de spanning al na vijf tot tien minuten lopen.',
      ],
    },
  },

  faq: {
    'is-walking-safe-with-back-pain': {
      question: 'Is wandelen veilig als ik rugpijn heb?',
      answer:
        'Ja, zolang het goed te doen blijft. Wandelen is een van de veiligste manieren om met rugpijn in beweging te blijven.',
    },
    'when-will-i-notice': {
      question: 'Wanneer merk ik verschil?',
      answer:
        'Vaak voel je je binnen een paar dagen al minder stijf en gespannen. Elke dag een beetje lopen is belangrijker dan ver lopen.',
    },
    'walking-or-running': {
      question: 'Is wandelen beter dan hardlopen?',
      answer:
        'Om te herstellen van rugpijn wel. Bij wandelen krijgt je rug minder harde schokken te verwerken dan bij hardlopen.',
    },
    'does-tempo-matter': {
      question: 'Maakt mijn tempo uit?',
      answer:
        'Ja. Als je te snel loopt, spannen je spieren zich meer aan. Kies een ontspannen tempo; sneller lopen is voor je rug niet nodig.',
    },
    'walk-when-it-hurts': {
      question: 'Mag ik lopen als mijn rug pijn doet?',
      answer:
        'Ja, wat last mag. Pijn tot een 5 op 10 tijdens het lopen is prima, of tot 2 punten boven wat gewoon is als dat al 5 of meer is, als je rug de volgende ochtend weer voelt zoals altijd. Is het meer, loop dan minder, maar blijf wel lopen.',
    },
    'why-retro-walking': {
      question: 'Waarom achteruitlopen?',
      answer:
        'Bij achteruitlopen gebruik je je beenspieren op een andere manier, vooral je kuiten, je schenen en de voorkant van je bovenbenen. Het kan je evenwicht, coördinatie en kracht verbeteren. Het is goed voor je hart en conditie, maar het komt niet in de plaats van gewoon vooruit wandelen.',
    },
    'retro-walking-safety': {
      question: 'Hoe loop ik veilig achteruit?',
      answer:
        'Begin op een loopband op ongeveer 3 km per uur en houd de leuningen vast, of loop langs een leuning. Zet kleine passen. Word je duizelig, stop dan meteen.',
    },
    'missed-a-day': {
      question: 'Ik heb een dag overgeslagen. Wat nu?',
      answer:
        'Ga gewoon verder met je schema. Haal het niet in met een langere wandeling, want dan krijgt je rug ineens meer te doen dan hij gewend is.',
    },
  },

  stopNow: {
    title: 'Wat doe je nu?',
    dizzy: [
      'Stop meteen met lopen. Op een loopband druk je eerst op stop of trek je de veiligheidsclip los.',
      'Blijf staan en houd je vast aan iets stevigs, of ga zitten.',
      'Wacht tot de duizeligheid helemaal over is.',
      'Loop pas verder als je je weer stevig voelt: langzaam, vooruit, en als het kan met iemand erbij.',
      'Loop vandaag niet meer achteruit.',
      'Schrijf het op in je logboek. Vraag je fysiotherapeut of huisarts om advies voordat je weer achteruitloopt.',
    ],
    pain: [
      'Stop met wat je aan het doen bent.',
      'Loop rustig vooruit verder, of rust even uit in een houding die prettig voelt.',
      'Dit soort pijn zakt meestal na een tijdje weer.',
      'In bed blijven liggen helpt je rug niet. Later nog een kort, rustig rondje lopen is beter.',
      'Schrijf het op in je logboek, zodat je schema voor volgende week kan worden aangepast.',
    ],
    callSomeone: [
      'Bel meteen 112 als je flauwvalt, of als je pijn of een beklemd gevoel op je borst hebt.',
      'Bel meteen 112 als allebei je benen ineens slap of gevoelloos worden.',
      'Bel meteen 112 als je rond je geslachtsdelen, anus of billen een doof gevoel hebt.',
      'Bel meteen 112 als je je plas of ontlasting niet meer kunt ophouden.',
      'Bel meteen 112 als je bent gevallen en je flink hebt bezeerd, of als je niet meer overeind komt.',
      "Bel dezelfde dag je huisarts als de duizeligheid steeds terugkomt of de pijn niet zakt. 's Avonds, 's nachts en in het weekend bel je de huisartsenpost.",
    ],
  },

  spoken: {
    'start-forward': 'We gaan beginnen. Je loopt {minutes} minuten, in een tempo dat prettig voelt.',
    'start-retro': 'We beginnen met achteruitlopen, {minutes} minuten lang. Kleine passen, en neem je tijd.',
    halfway: 'Je bent op de helft. Ga rustig door in je eigen tempo.',
    'last-minute': 'Nog één minuut. Loop rustig uit.',
    finished: 'Goed gedaan, deze wandeling zit erop. Merk even op hoe je lichaam nu aanvoelt.',
    paused: 'De wandeling staat op pauze. Ga verder wanneer je er klaar voor bent.',
    resumed: 'We gaan weer verder. Rustig aan.',
    'breathe-in': 'Adem in, {steps} stappen lang.',
    'breathe-out': 'Adem rustig uit, {steps} stappen lang.',
    'supervision-reminder': 'Denk eraan: loop alleen achteruit als je begeleider vlak naast je is.',
  },
};
