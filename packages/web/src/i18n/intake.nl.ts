/**
 * The intake wizard's words in Dutch, the app's first language. Choices are in the first person ("ik"), so a
 * person can recognise them in themselves; the help under each speaks to them as "je". Short sentences, B1,
 * calm. The red flags only describe signs: what to do about them is the triage screen's job.
 */
import type { IntakeKey } from './intake-keys.js';

export const intakeNl: Readonly<Record<IntakeKey, string>> = {
  // Step: goals
  'intake.step.goals.title': 'Wat wil je bereiken?',
  'intake.step.goals.intro': 'Kies wat bij je past. Je mag ook allebei kiezen.',
  'intake.goal.back-pain': 'Minder last van mijn rug',
  'intake.goal.back-pain.help':
    'Elke dag wandelen, rustig opgebouwd: een veilige manier om je rug in beweging te houden en te helpen herstellen.',
  'intake.goal.retro-walking': 'Achteruitlopen als training of herstel',
  'intake.goal.retro-walking.help':
    'Achteruitlopen vraagt iets anders van je spieren en kan je evenwicht, kracht en coördinatie verbeteren.',

  // Step: about you
  'intake.step.about-you.title': 'Over jou',
  'intake.step.about-you.intro':
    'Een paar vragen over jou en over hoeveel je nu beweegt. Zo begint je plan op een niveau dat bij je past.',
  'intake.age': 'Hoe oud ben je?',
  'intake.age.help':
    'Zo maken we je plan veilig voor jou. Bij achteruitlopen bepaalt je leeftijd mee of er beter iemand bij kan zijn.',
  'intake.activity.inactive': 'Ik beweeg weinig',
  'intake.activity.inactive.help': 'Je zit het grootste deel van de dag en wandelt of sport bijna nooit.',
  'intake.activity.light': 'Ik beweeg een beetje',
  'intake.activity.light.help':
    'Je loopt of fietst geregeld een stukje, bijvoorbeeld naar de winkel, maar sport weinig.',
  'intake.activity.active': 'Ik beweeg veel',
  'intake.activity.active.help': 'Je sport, fietst of wandelt stevig, een paar keer per week of vaker.',
  'intake.comfortableWalkMinutes': 'Hoeveel minuten kun je nu prettig achter elkaar wandelen?',
  'intake.comfortableWalkMinutes.help':
    'Denk aan een wandeling die goed gaat, ook de dag erna. Weet je het niet, laat dit dan leeg.',

  // Step: back (only with the back-pain goal); needs-guidance and risk-factor statements too
  'intake.step.back.title': 'Over je rug',
  'intake.step.back.intro':
    'Deze vragen gaan over je rugpijn en hoe het nu met je gaat. Er zijn geen goede of foute antwoorden.',
  'intake.backPainType.nerve-pain': 'Zenuwpijn of hernia',
  'intake.backPainType.nerve-pain.help':
    'Pijn die vanuit je rug uitstraalt naar je bil of been, soms met tintelingen.',
  'intake.backPainType.arthrosis': 'Artrose (slijtage)',
  'intake.backPainType.arthrosis.help':
    'Slijtage van de gewrichten in je rug. Je rug voelt vaak stijf, vooral als je net opstaat.',
  'intake.backPainType.muscle-tension': 'Gespannen spieren',
  'intake.backPainType.muscle-tension.help':
    'Je rugspieren voelen strak of vast, vaak na lang zitten of in een drukke tijd.',
  'intake.backPainType.chronic': 'Rugpijn die al lang duurt',
  'intake.backPainType.chronic.help': 'Je hebt al langer dan 3 maanden last van je rug.',
  'intake.backPainType.unknown': 'Ik weet het niet',
  'intake.backPainType.unknown.help':
    'Dat geeft niets. Je krijgt dan een plan dat past bij de meeste rugpijn.',
  'intake.legPain': 'Straalt de pijn uit naar je been?',
  'intake.legPain.help': 'Bijvoorbeeld pijn die doortrekt naar je bil, je bovenbeen of tot onder je knie.',
  'intake.painNow': 'Hoeveel pijn heb je nu, op een schaal van 0 tot 10?',
  'intake.painNow.low': 'Geen pijn',
  'intake.painNow.high': 'De ergste pijn die je je kunt voorstellen',
  'intake.needsGuidance.severe-nerve-pain': 'Ik heb hevige zenuwpijn, en mijn been zakt dan soms door.',
  'intake.needsGuidance.severe-nerve-pain.help':
    'Het been geeft opeens mee, bijvoorbeeld bij het lopen of op de trap.',
  'intake.needsGuidance.stiff-si-joints': 'Onder in mijn rug, bij mijn bekken, voelt het heel stijf.',
  'intake.needsGuidance.stiff-si-joints.help':
    'Dit zijn de SI-gewrichten: de plek waar je wervelkolom aan je bekken vastzit, links en rechts.',
  'intake.needsGuidance.weak-hips': 'De spieren rond mijn heupen zijn zwak.',
  'intake.needsGuidance.weak-hips.help':
    'Bijvoorbeeld: opstaan uit een stoel of traplopen kost veel moeite, of je heupen worden snel moe.',
  'intake.needsGuidance.movement-insecurity': 'Ik voel me onzeker als ik beweeg.',
  'intake.needsGuidance.movement-insecurity.help':
    'Bewegen gaat niet vanzelf en voelt niet stevig, bijvoorbeeld bij bukken, draaien of lopen.',
  'intake.needsGuidance.breathing-stays-high': 'Mijn ademhaling zit vaak hoog in mijn borst.',
  'intake.needsGuidance.breathing-stays-high.help':
    'Je ademt snel en hoog, ook als je rustig zit, en je buik beweegt weinig mee.',
  'intake.riskFactor.earlier-episodes': 'Ik heb eerder ook periodes met rugpijn gehad.',
  'intake.riskFactor.earlier-episodes.help': 'Vóór deze keer had je ook al eens last van je rug.',
  'intake.riskFactor.high-disability': 'Door mijn rugpijn lukken veel gewone dingen niet goed.',
  'intake.riskFactor.high-disability.help':
    'Bijvoorbeeld je werk, het huishouden, boodschappen doen of een hobby.',
  'intake.riskFactor.poor-general-health': 'Mijn gezondheid is over het algemeen niet zo goed.',
  'intake.riskFactor.poor-general-health.help': 'Los van je rug voel je je vaak niet fit of gezond.',
  'intake.riskFactor.stress': 'Ik heb de laatste tijd veel stress.',
  'intake.riskFactor.stress.help': 'Bijvoorbeeld door zorgen, drukte, geldzaken of de mensen om je heen.',
  'intake.riskFactor.fear-of-moving': 'Ik ben bang dat bewegen mijn rug verder beschadigt.',
  'intake.riskFactor.fear-of-moving.help':
    'Daarom laat je sommige bewegingen liever na, zoals bukken, tillen of lang lopen.',
  'intake.riskFactor.low-mood': 'Ik voel me vaak somber of neerslachtig.',
  'intake.riskFactor.low-mood.help': 'Je zit de laatste weken vaak in de put.',
  'intake.riskFactor.passive-coping': 'Ik wacht vooral af tot de pijn vanzelf weggaat.',
  'intake.riskFactor.passive-coping.help':
    'Je rust dan veel, of je rekent vooral op medicijnen of een behandeling.',
  'intake.riskFactor.catastrophising': 'Als mijn rug pijn doet, denk ik al snel dat er iets ernstigs is.',
  'intake.riskFactor.catastrophising.help': 'De pijn en de zorgen erover houden je gedachten veel bezig.',
  'intake.riskFactor.work-problems': 'Ik heb problemen met mijn werk.',
  'intake.riskFactor.work-problems.help':
    'Bijvoorbeeld: je bent thuis door je rug, het werk is te zwaar, of het gaat niet goed op je werk.',

  // Step: safety (red flags)
  'intake.step.safety.title': 'Veiligheidsvragen',
  'intake.step.safety.intro':
    'Met deze vragen kijken we of wandelen nu veilig voor je is. Bij een paar signalen is het beter dat een arts eerst naar je kijkt. Die signalen komen niet vaak voor.',
  'intake.redFlag.saddle-numbness':
    'Ik heb een doof of ander gevoel tussen mijn benen of rond mijn billen: het deel waarmee je op een fietszadel zit.',
  'intake.redFlag.saddle-numbness.help':
    'Bijvoorbeeld: het toiletpapier voelt anders bij het afvegen. Het is nieuw, of het wordt erger.',
  'intake.redFlag.bladder-bowel-change': 'Plassen of ontlasting gaat sinds kort anders dan normaal.',
  'intake.redFlag.bladder-bowel-change.help':
    'Bijvoorbeeld: plassen lukt slecht, je kunt urine of ontlasting niet goed ophouden, of je merkt niet meer wanneer je naar de wc moet.',
  'intake.redFlag.both-legs-weak-or-numb': 'Mijn beide benen voelen slap, zwak of doof aan.',
  'intake.redFlag.both-legs-weak-or-numb.help':
    'Het zit in allebei je benen, en het is nieuw of het wordt erger.',
  'intake.redFlag.worsening-weakness': 'Ik heb minder kracht in een been of voet, en dat wordt steeds erger.',
  'intake.redFlag.worsening-weakness.help': 'De zwakte neemt in de loop van dagen of weken duidelijk toe.',
  'intake.redFlag.major-trauma': 'Mijn rugpijn begon na een zwaar ongeluk of een flinke val.',
  'intake.redFlag.major-trauma.help':
    'Bijvoorbeeld een val van een ladder of trap, of een ongeluk in het verkeer.',
  'intake.redFlag.cancer-history': 'Ik heb ooit kanker gehad, en mijn rugpijn is nieuw.',
  'intake.redFlag.cancer-history.help': 'Dit geldt ook als de kanker lang geleden was.',
  'intake.redFlag.weight-loss': 'Ik val af zonder dat ik dat probeer.',
  'intake.redFlag.weight-loss.help':
    'Je bent de laatste tijd duidelijk lichter geworden, zonder dieet of extra beweging.',
  'intake.redFlag.fever-or-ill': 'Ik heb koorts of ik voel me ziek.',
  'intake.redFlag.fever-or-ill.help':
    'Bijvoorbeeld koude rillingen, zweten in de nacht, of je voelt je zieker dan anders.',
  'intake.redFlag.steroids-or-immunosuppressed':
    'Ik gebruik al lang prednison, of medicijnen die mijn afweer remmen.',
  'intake.redFlag.steroids-or-immunosuppressed.help':
    'Bijvoorbeeld al maanden prednison, of medicijnen na een transplantatie of bij reuma.',
  'intake.redFlag.osteoporosis-minor-fall': 'Ik heb broze botten (osteoporose) en ben kort geleden gevallen.',
  'intake.redFlag.osteoporosis-minor-fall.help':
    'Dit geldt ook als het een lichte val was, bijvoorbeeld vanuit staan.',
  'intake.redFlag.night-pain-worsening': "Ik heb 's nachts steeds pijn, en die wordt erger.",
  'intake.redFlag.night-pain-worsening.help':
    'De pijn blijft de hele nacht, ook als je anders gaat liggen, en wordt steeds erger.',
  'intake.redFlag.leg-giving-way':
    'Sinds kort zakt een been door, sleept mijn voet, of is een deel van mijn been doof.',
  'intake.redFlag.leg-giving-way.help': 'Het gaat om één been, en het is nieuw.',
  'intake.redFlag.unsure': 'Ik weet niet zeker of een van deze signalen bij mij past.',
  'intake.redFlag.unsure.help': 'Kies dit ook als je om een andere reden voelt dat er iets niet klopt.',

  // Step: balance (STEADI's three key questions, then impairments)
  'intake.step.balance.title': 'Evenwicht en vallen',
  'intake.step.balance.intro':
    'Deze vragen gaan over je evenwicht. Zo weten we of je bij achteruitlopen beter iemand bij je kunt hebben.',
  'intake.fallRisk.fell-past-year': 'Ik ben het afgelopen jaar gevallen.',
  'intake.fallRisk.fell-past-year.help': 'Ook als je je daarbij niet hebt bezeerd.',
  'intake.fallRisk.unsteady': 'Ik voel me soms wankel als ik sta of loop.',
  'intake.fallRisk.unsteady.help': 'Bijvoorbeeld: je houdt je in huis vast aan meubels of aan de muur.',
  'intake.fallRisk.worried-about-falling': 'Ik maak me zorgen dat ik val.',
  'intake.fallRisk.worried-about-falling.help': 'Ook als je nog niet bent gevallen.',
  'intake.impairment.balance': 'Ik heb problemen met mijn evenwicht.',
  'intake.impairment.balance.help':
    'Bijvoorbeeld: op één been staan of je omdraaien gaat lastig, of je arts heeft het genoemd.',
  'intake.impairment.vision': 'Ik zie slecht, ook met bril of lenzen.',
  'intake.impairment.vision.help':
    'Bijvoorbeeld: een drempel, stoeprand of iets op de grond zie je niet altijd.',
  'intake.impairment.dizziness': 'Ik heb last van duizeligheid.',
  'intake.impairment.dizziness.help':
    'Ook als het maar af en toe is, bijvoorbeeld bij opstaan of als je omkijkt.',

  // Step: conditions
  'intake.step.conditions.title': 'Je gezondheid',
  'intake.step.conditions.intro': 'Bij sommige aandoeningen past je plan zich aan. Daarom vragen we ernaar.',
  'intake.condition.recent-surgery': 'Ik ben in de afgelopen 3 maanden geopereerd.',
  'intake.condition.recent-surgery.help':
    'Het maakt niet uit waaraan: je rug, een heup, een knie of iets anders.',
  'intake.condition.stroke': 'Ik heb een beroerte gehad.',
  'intake.condition.stroke.help': 'Een herseninfarct of een hersenbloeding, ook als het lang geleden was.',
  'intake.condition.multiple-sclerosis': 'Ik heb MS (multiple sclerose).',
  'intake.condition.multiple-sclerosis.help': 'Kies dit als een arts heeft vastgesteld dat je MS hebt.',
  'intake.condition.knee-oa': 'Ik heb artrose in mijn knie.',
  'intake.condition.knee-oa.help': 'Slijtage van je kniegewricht, met pijn of stijfheid in je knie.',
  'intake.condition.plantar-fasciitis': 'Ik heb pijn onder mijn hiel (fasciitis plantaris).',
  'intake.condition.plantar-fasciitis.help':
    'Pijn onder je hiel of voetzool, vaak het ergst bij de eerste stappen in de ochtend.',

  // Step: practical
  'intake.step.practical.title': 'Praktische vragen',
  'intake.step.practical.intro':
    'Nog een paar praktische vragen, vooral over achteruitlopen. Daarna maken we je plan.',
  'intake.equipment.treadmill': 'Ik kan een loopband gebruiken.',
  'intake.equipment.treadmill.help':
    'Thuis, in de sportschool of bij de fysiotherapeut. Op een loopband kun je achteruitlopen met leuningen om je vast te houden.',
  'intake.equipment.railOrFlatPath': 'Ik heb een leuning of een rustig, vlak pad in de buurt.',
  'intake.equipment.railOrFlatPath.help':
    'Daar kun je veilig achteruitlopen: met iets om je aan vast te houden, of zonder iets in de weg.',
  'intake.equipment.companion': 'Er is iemand die met me mee kan lopen.',
  'intake.equipment.companion.help':
    'Bijvoorbeeld een huisgenoot, vriend of buur die naast je loopt als je achteruitloopt.',
  'intake.daysPerWeek': 'Op hoeveel dagen per week wil je achteruitlopen?',
  'intake.daysPerWeek.help':
    'Kies 1 tot 7 dagen. In onderzoek deden mensen het meestal 3 of 4 keer per week.',
  'intake.startDate': 'Wanneer wil je beginnen?',
  'intake.startDate.help': 'Je plan begint op deze dag. Vandaag kan ook.',

  // Answers
  'intake.yes': 'Ja',
  'intake.no': 'Nee',
  'intake.noneOfThese': 'Geen van deze',

  // Navigation and progress
  'intake.progress': 'Stap {step} van {total}',
  'intake.back': 'Terug',
  'intake.next': 'Volgende',
  'intake.finish': 'Toon mijn plan',
  'intake.saved': 'Je antwoorden blijven bewaard op dit apparaat. Je kunt stoppen en later verdergaan.',
  'intake.required': 'Beantwoord deze vraag, dan kun je verder.',
  'intake.ageRange': 'Vul een leeftijd in van 16 tot en met 110.',
  'intake.minutesRange': 'Vul een aantal minuten in van 0 tot en met 300.',
};
