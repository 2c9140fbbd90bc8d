/** Dutch messages: the first language of the product. Same keys and placeholders as `en.ts`. */
import type { en } from './en.js';

export const nl = {
  // Month names, for dates inside sentences ("25 November", never 2026-11-25)
  'month.1': 'januari',
  'month.2': 'februari',
  'month.3': 'maart',
  'month.4': 'april',
  'month.5': 'mei',
  'month.6': 'juni',
  'month.7': 'juli',
  'month.8': 'augustus',
  'month.9': 'september',
  'month.10': 'oktober',
  'month.11': 'november',
  'month.12': 'december',
  'who.gp': 'huisarts',
  'who.physio': 'fysiotherapeut',
  'reason.red-flag.saddle-numbness':
    'Je voelt minder rond je geslachtsdelen, anus of de binnenkant van je dijen. Dat kan betekenen dat een zenuw onderin de rug klem zit.',
  'reason.red-flag.bladder-bowel-change':
    'Plassen of ontlasting gaat anders: het komt moeilijk op gang, je verliest urine of ontlasting, of je voelt niet meer dat je blaas of darm vol is. Een arts moet daar vandaag naar kijken.',
  'reason.red-flag.both-legs-weak-or-numb':
    'Je beide benen voelen slap of doof aan. Dat wijst op druk op de zenuwen en moet meteen bekeken worden.',
  'reason.red-flag.worsening-weakness':
    'Krachtverlies in een been of voet dat steeds erger wordt, moet meteen bekeken worden.',
  'reason.red-flag.major-trauma':
    'Je klachten begonnen na een flinke klap, zoals een val van hoogte of een verkeersongeluk. Een arts moet eerst uitsluiten dat er iets gebroken is.',
  'reason.emergency-now':
    'Begin niet met wandeloefeningen. Bel nu 112 of ga naar de spoedeisende hulp. Buiten kantooruren kun je ook meteen de huisartsenpost bellen.',
  'reason.red-flag.cancer-history':
    'Je hebt kanker gehad en deze klachten zijn nieuw. Laat je huisarts dit eerst nakijken.',
  'reason.red-flag.weight-loss':
    'Je valt af zonder dat je dat probeert. Laat je huisarts eerst uitzoeken waar dat door komt.',
  'reason.red-flag.fever-or-ill':
    'Je hebt koorts of je voelt je ziek, naast de pijn. Laat je huisarts daar eerst naar kijken.',
  'reason.red-flag.steroids-or-immunosuppressed':
    'Je gebruikt al lang prednison of medicijnen die je afweer verlagen. Dan zijn sommige oorzaken van pijn in de rug waarschijnlijker; laat je huisarts eerst kijken.',
  'reason.red-flag.osteoporosis-minor-fall':
    'Je hebt broze botten (osteoporose) en bent gevallen, ook al was het licht. Laat je huisarts eerst kijken of er niets gebroken is.',
  'reason.red-flag.night-pain-worsening':
    'De pijn is er de hele nacht en wordt steeds erger. Zo gaat het meestal niet, dus laat je huisarts ernaar kijken.',
  'reason.red-flag.leg-giving-way':
    'Een been zakt door, je voet klapt weg of een deel van je been is sinds kort gevoelloos. Dat zijn signalen van een zenuw; laat je huisarts je onderzoeken.',
  'reason.red-flag.unsure':
    'Je hebt het gevoel dat er iets niet klopt. Neem dat serieus en laat je huisarts eerst kijken.',
  'reason.guidance.severe-nerve-pain':
    'Je hebt hevige zenuwpijn waarbij je been soms doorzakt. Dat is een signaal van een zenuw; laat je huisarts je eerst onderzoeken.',
  'reason.gp-soon-now':
    'Maak binnen een paar dagen een afspraak met je huisarts en vertel welke signalen je merkte. Zegt je huisarts dat wandelen goed is, leg dat dan hier vast; dan gaat je plan open.',
  'reason.gp-cleared':
    'Je huisarts heeft je op {date} onderzocht en zegt dat je kunt wandelen. Je plan staat open.',
  'reason.physio-clearance-not-enough':
    'Naar deze signalen moet een huisarts kijken. Een akkoord van een fysiotherapeut opent het plan hiervoor niet.',
  'reason.guidance.stiff-si-joints':
    'Heel stijve gewrichten tussen je wervelkolom en bekken maken wandelen zwaarder. Een fysiotherapeut kan ze losser maken, zodat lopen vrijer voelt.',
  'reason.guidance.weak-hips':
    'Zwakke heupspieren maken wandelen zwaarder. Een fysiotherapeut helpt je naast het wandelen aan meer kracht.',
  'reason.guidance.movement-insecurity':
    'Je voelt je onzeker als je beweegt. Een fysiotherapeut helpt je weer op je lijf te vertrouwen terwijl je opbouwt.',
  'reason.guidance.breathing-stays-high':
    'Je ademhaling blijft hoog in je borst. Een fysiotherapeut leert je lager te ademen; dat helpt je ontspannen tijdens het wandelen.',
  'reason.leg-pain':
    'Je hebt pijn die uitstraalt naar je been. Wandelen blijft goed, maar laat een fysiotherapeut meekijken en je begeleiden.',
  'reason.condition.recent-surgery':
    'Je bent kort geleden geopereerd. Bouw op onder begeleiding van je fysiotherapeut of chirurg.',
  'reason.condition.stroke':
    'Na een beroerte werkt looptraining het best met een fysiotherapeut die jouw situatie kent.',
  'reason.condition.multiple-sclerosis':
    'Bij MS werkt looptraining het best met een fysiotherapeut die jouw situatie kent.',
  'reason.risk-profile.low': 'Je antwoorden wijzen op een kleine kans dat de rugpijn lang blijft.',
  'reason.risk-profile.medium':
    'Je antwoorden wijzen op enige kans dat de rugpijn langer blijft ({count} van de signalen). Dit plan is een goed begin, en een fysiotherapeut kan je verder helpen; daar heb je geen verwijzing voor nodig.',
  'reason.risk-profile.high':
    'Je antwoorden wijzen op een grotere kans dat de rugpijn lang blijft ({count} van de signalen). Een fysiotherapeut kan je nu het meest helpen.',
  'reason.see-physio':
    'We raden je aan naar een fysiotherapeut te gaan; daar heb je geen verwijzing voor nodig.',
  'reason.self-manage':
    'Geen van je antwoorden is een waarschuwingssignaal, dus je kunt zelfstandig met dit plan beginnen. Verandert er iets, beantwoord de veiligheidsvragen dan opnieuw.',
  'reason.fall-screen':
    'Je antwoorden over vallen, evenwicht of je ogen laten een grotere kans op vallen zien. Laat een fysiotherapeut of je huisarts dit met je nakijken; tot dan begint het plan rustig.',
  'reason.ask-osteoporosis':
    'Je bent op je 65e of later gevallen en hebt pijn in je rug. Heb je broze botten (osteoporose), geef dat dan aan bij de veiligheidsvragen: dan moet je huisarts eerst kijken of er niets gebroken is.',
  'reason.no-warning-signs':
    'Geen van je antwoorden is een waarschuwingssignaal waarvoor je eerst naar een arts moet. Verandert er iets, beantwoord de veiligheidsvragen dan opnieuw.',
  'reason.clearance.too-old':
    'Het akkoord dat je vastlegde is van {date}. Voor deze signalen telt alleen een controle in deze periode, vanaf {from}. Vraag het je huisarts opnieuw en leg de nieuwe datum vast.',
  'reason.clearance.before-signs':
    'Het akkoord dat je vastlegde is van {date}, van voor de nieuwe signalen van {signs}. Je huisarts moet ook naar deze nieuwe signalen kijken; leg de datum van dat bezoek vast.',
  'reason.retriage.emergency-in-log':
    'Je gaf op {date} een signaal door waarvoor je meteen zorg nodig hebt. Een akkoord vastleggen start het plan niet opnieuw: vul de intake opnieuw in als je gezien bent.',
  'reason.supervised-retro': 'Loop alleen achteruit met iemand die toezicht houdt.',
  'reason.retriage.new-symptoms':
    'Op {date} gaf je nieuwe signalen door. We zetten het plan stil tot je meer weet: volg eerst het advies bij deze signalen.',
  'reason.retriage.new-symptoms-cleared':
    'Je huisarts heeft de nieuwe signalen van {date} bekeken, dus het plan gaat rustig verder. Laat ook een fysiotherapeut meekijken.',
  'reason.retriage.fall':
    'Je bent op {date} gevallen of bijna gevallen. We raden je aan een fysiotherapeut naar je lopen te laten kijken.',
  'reason.retriage.long-flare':
    'Je pijn is al meer dan een week hoger dan normaal. Ga naar een fysiotherapeut; tot dan blijft het plan rustig.',
  'reason.retriage.repeated-regress':
    'Het plan moest twee keer achter elkaar omlaag. Ga naar een fysiotherapeut om uit te zoeken wat helpt; tot dan blijft het plan rustig.',
  'reason.recheck-red-flags':
    'Door een opleving van de pijn, een val of nieuwe klachten in je been: beantwoord de veiligheidsvragen opnieuw.',
  'reason.earlier-signs':
    'Op {date}, voor dit plan, gaf je waarschuwingssignalen door. Heeft een arts je daarvoor gezien? Zo niet, doe dat dan eerst, en beantwoord de veiligheidsvragen opnieuw als er nog iets is.',
  'reason.start.back-pain':
    'Je begint met {minutes} minuten wandelen per dag, verdeeld over {blocks} korte wandelingen. Elke dag lopen is belangrijker dan hoe ver je komt.',
  'reason.start.low-tolerance':
    'Je kunt nu ongeveer {comfortable} minuten prettig wandelen, dus je begint iets daaronder: {minutes} minuten per dag.',
  'reason.start.current-level':
    'Je loopt nu al {minutes} minuten zonder moeite, dus daar begin je, niet lager.',
  'reason.start.default':
    'Je gaf niet op hoe lang je prettig kunt wandelen, dus je begint met de gebruikelijke {minutes} minuten per dag.',
  'reason.start.forward-main':
    'Gewoon wandelen blijft het grootste deel van je plan: je begint met {minutes} minuten wandelen per dag, verdeeld over {blocks} korte wandelingen. Op dagen met achteruitlopen is een deel van die tijd achteruit.',
  'reason.start.inactive':
    'Je kunt ongeveer {comfortable} minuten wandelen, maar je bent nog niet gewend om elke dag te lopen. Daarom begin je met {minutes} minuten per dag.',
  'reason.start.capped':
    'Je kunt al lang wandelen, dus je begint op de volle dag van dit plan: {minutes} minuten.',
  'reason.start.very-low':
    'Je kunt nu maar een paar minuten wandelen, dus je begint met {minutes} minuten per dag in korte stukjes. Een fysiotherapeut kan je helpen het goede begin te vinden.',
  'reason.start.at-target':
    'Je begint op de volle dag van dit plan, {target} minuten: houd dat elke dag vol in plaats van meer te doen.',
  'reason.start.gentle':
    'Omdat een fysiotherapeut naar je situatie moet kijken, bouwt het plan trager op: elke week {step} minuten per dag erbij.',
  'reason.build-up':
    'Elke week die goed gaat, loop je {step} minuten per dag meer, tot {target} minuten per dag. Het plan volgt de kalender, niet de pijn van de dag.',
  'reason.target-day':
    'Als je bent opgebouwd, ziet een dag er zo uit: een rustige wandeling in de ochtend, een korte wandelpauze in de middag, twee wandelingen in de avond voor een goede nachtrust, en in het weekend één wat langere wandeling met wisselend tempo en wisselende ondergrond.',
  'reason.breathing':
    'Probeer 3 stappen in te ademen en {exhale} stappen uit te ademen. Een lange uitademing helpt je ontspannen. Het is een tip voor je gemak, geen regel.',
  'reason.retro.start-beginner':
    'Achteruitlopen begint klein: ongeveer {minutes} minuten, {days} keer per week, langzaam op weg naar 10 minuten.',
  'reason.retro.start-active':
    'Je bent actief, dus achteruitlopen begint met ongeveer {minutes} minuten, {days} keer per week, en groeit langzaam naar {target} minuten.',
  'reason.retro.ten-percent':
    'Achteruitlopen groeit met hooguit 10% per week, zodat je lichaam eraan kan wennen.',
  'reason.retro.days-capped':
    'Achteruitlopen staat op hooguit {days} dagen per week, zodat er {forward} dagen blijven voor je gewone wandeling in zijn geheel.',
  'reason.retro.supervised.age':
    'Op je {age}e is achteruitlopen het veiligst met iemand die toekijkt, zeker in het begin.',
  'reason.retro.supervised.fall-risk':
    'Door je antwoorden over vallen loop je alleen achteruit met iemand die toezicht houdt.',
  'reason.retro.supervised.balance':
    'Vanwege je evenwicht loop je alleen achteruit met iemand die toezicht houdt.',
  'reason.retro.supervised.vision': 'Vanwege je ogen loop je alleen achteruit met iemand die toezicht houdt.',
  'reason.retro.supervised.stroke':
    'Na een beroerte doe je achteruitlopen alleen onder begeleiding van een zorgverlener.',
  'reason.retro.supervised.multiple-sclerosis':
    'Bij MS doe je achteruitlopen alleen onder begeleiding van een zorgverlener.',
  'reason.retro.supervised.recent-surgery':
    'Na een recente operatie doe je achteruitlopen alleen onder begeleiding van een zorgverlener.',
  'reason.retro.supervised.assessment':
    'Tot een fysiotherapeut je heeft gezien, loop je alleen achteruit met iemand die toezicht houdt.',
  'reason.retro.supervised.dizziness':
    'Je was eerder duizelig. Ook nu het is goedgekeurd, loop je alleen achteruit met iemand die toezicht houdt.',
  'reason.retro.not-until-cleared':
    'Je wordt soms duizelig. Achteruitlopen vergroot dan de kans op vallen, dus dat wacht tot een arts of fysiotherapeut zegt dat het veilig is. Leg dat akkoord hier vast om het toe te voegen.',
  'reason.retro.cleared': 'Je {who} zei op {date} dat achteruitlopen voor jou veilig is.',
  'reason.retro.clearance-too-old':
    'Het akkoord dat je vastlegde is van {date}, van voor deze periode. Achteruitlopen wacht tot een arts of fysiotherapeut opnieuw zegt dat het veilig is; leg die nieuwe datum vast.',
  'reason.retro.fitted':
    'Achteruitlopen is deze week {minutes} minuten, zodat de hele dag binnen {ceiling} minuten blijft en vooruit wandelen het grootste deel blijft.',
  'reason.retro.waiting-for-room':
    'Achteruitlopen wacht tot je dagelijkse wandeling wat gegroeid is: er moet op een dag ruimte zijn voor het achteruitlopen én voor minstens zoveel gewoon wandelen.',
  'reason.retro.treadmill':
    'Loop achteruit op je loopband: begin met {speed} km/u, houd de leuningen vast en maak de veiligheidsclip vast. De snelheid gaat langzaam omhoog tot ongeveer {max} km/u.',
  'reason.retro.rail-or-path':
    'Loop achteruit langs een leuning of op een rustig, vlak pad, waar je je kunt vasthouden en niets in de weg staat.',
  'reason.retro.find-safe-place':
    'Je hebt geen loopband of leuning bij de hand. Kies een rustig, vlak pad of een lange gang met een muur binnen handbereik, en kijk vaak over je schouder.',
  'reason.retro.companion': 'Vraag degene die met je meeloopt om naast je te blijven, als vangnet.',
  'reason.retro.forward-stays':
    'Achteruitlopen is goed voor je conditie, maar vervangt gewoon wandelen niet. Vooruit wandelen blijft daarom in je plan.',
  'reason.combined-load':
    'Op dagen met achteruitlopen is een deel van je wandeltijd achteruit, dus zijn de gewone wandelingen die dag korter. Vooruit wandelen blijft altijd het grootste deel, en de wandeling vlak voor het achteruitlopen is je warming-up.',
  'reason.decision.progress.forward': 'Vooruit wandelen gaat van {from} naar {to} minuten per dag.',
  'reason.decision.progress.retro': 'Achteruitlopen gaat van {from} naar {to} minuten per keer.',
  'reason.decision.progress.speed': 'De snelheid van de loopband gaat van {from} naar {to} km/u.',
  'reason.decision.well-tolerated':
    'Vorige week ging goed: je deed de meeste wandelingen, de pijn tijdens het lopen bleef op {limit} van de 10 of lager, en op de ochtenden die je invulde was die weer zoals gewoonlijk.',
  'reason.decision.progress.half-step':
    'Vorige week deed je de meeste wandelingen en bleef de pijn tijdens het lopen op {limit} van de 10 of lager. Je vulde de pijn op de ochtenden erna niet in, dus het plan groeit maar half zo snel. Vul de ochtendscore in, dan groeit het plan weer gewoon.',
  'reason.decision.over-doing':
    'Op {date} liep je {walked} minuten, terwijl er die dag {planned} gepland waren. Te snel te veel willen is de meest gemaakte fout: het kan je later terugzetten. Houd je aan het plan; het groeit met de gewone kleine stap, niet sneller.',
  'reason.decision.over-doing.walk':
    'Op {date} liep je {walked} minuten achter elkaar, terwijl de langste wandeling die dag {planned} minuten was. Lang lopen zonder pauze is een veelgemaakte fout: houd je aan de kortere wandelingen van het plan; het groeit met de gewone kleine stap, niet sneller.',
  'reason.decision.hold.paused': 'Het plan staat stil, dus het blijft zoals het was tot het weer verdergaat.',
  'reason.decision.return-after-gap':
    'Je hebt {days} dagen geen wandelingen vastgelegd. Na een pauze begint het plan weer lager, op {minutes} minuten per dag, en bouwt het van daaruit op.',
  'reason.decision.moved-to-walked':
    'Twee keer achter elkaar liep je minder dan het plan vroeg (vorige week {percent}%). Het plan gaat nu uit van wat je wel liep, {minutes} minuten per dag, en bouwt van daaruit op.',
  'reason.decision.moved-to-start':
    'Twee keer achter elkaar liep je minder dan het plan vroeg (vorige week {percent}%). Het plan gaat terug naar de beginhoeveelheid, {minutes} minuten per dag. Is zelfs dat te veel, dan kan een fysiotherapeut je helpen te bepalen waar je begint.',
  'reason.decision.start-too-much':
    'Twee keer achter elkaar liep je minder dan de beginhoeveelheid van {minutes} minuten per dag (vorige week {percent}%). Het plan gaat niet lager dan het begin. Vraag een fysiotherapeut je te helpen bepalen waar je begint.',
  'reason.decision.target-reached':
    'Je zit op {target} minuten per dag. Houd dit vol; juist elke dag wandelen helpt op de lange termijn.',
  'reason.decision.retro-target-reached':
    'Achteruitlopen heeft het doel van {target} minuten per keer bereikt.',
  'reason.decision.hold.pain-during':
    'Vorige week liep de pijn tijdens het wandelen op tot {pain} van de 10. We willen {limit} of lager, dus deze week blijft gelijk.',
  'reason.decision.hold.minutes':
    'Vorige week liep je {percent}% van de geplande minuten. Het plan blijft gelijk tot je ongeveer 80% haalt.',
  'reason.decision.hold.no-logs':
    'Vorige week zijn er geen wandelingen vastgelegd, dus het plan blijft gelijk. Leg je wandelingen vast, dan groeit het plan met je mee.',
  'reason.decision.hold.fall':
    'Je bent vorige week gevallen of bijna gevallen, dus het plan gaat deze week niet omhoog.',
  'reason.decision.retro-waiting':
    'Achteruitlopen wacht tot een arts of fysiotherapeut zegt dat het veilig is; tot dan blijft dit deel van je plan gelijk.',
  'reason.decision.hold.dizziness':
    'Je was vorige week duizelig tijdens een wandeling, dus het plan gaat deze week niet omhoog. Komt de duizeligheid terug, bel dan je huisarts.',
  'reason.decision.regress.morning-pain':
    'De ochtend erna was je pijn {pain} van de 10, terwijl die meestal {baseline} is. Dat is echt meer, dus we doen een stap terug.',
  'reason.decision.regress.to-earlier':
    'Je gaat terug naar {minutes} minuten per dag, wat eerder goed ging. Korte wandelingen zijn beter dan niet wandelen.',
  'reason.decision.regress.reduced':
    'Je gaat terug naar {minutes} minuten per dag, ongeveer driekwart van wat je deed. Korte wandelingen zijn beter dan niet wandelen.',
  'reason.decision.regress.retro': 'Achteruitlopen gaat terug naar {minutes} minuten per keer.',
  'reason.decision.regress.shorter-blocks':
    'Je wandelingen zijn voorlopig in kortere stukken verdeeld, zodat je lichaam tussendoor kan bijkomen.',
  'reason.decision.stop-retro.dizziness':
    'Je was op {date} duizelig tijdens het lopen. Stop met achteruitlopen en vraag je huisarts of fysiotherapeut ernaar voor je weer begint.',
  'reason.decision.stop-retro.fall':
    'Je bent op {date} gevallen of bijna gevallen. Stop met achteruitlopen en laat een fysiotherapeut ernaar kijken voor je weer begint.',
  'reason.decision.pause':
    'Je gaf op {signs} nieuwe signalen door. Het plan staat vanaf {date} stil: volg eerst het advies bij deze signalen.',
  'reason.decision.resumed':
    'Je huisarts zei op {date} dat wandelen goed is, dus vanaf die dag gaat het plan verder, weer vanaf {minutes} minuten per dag.',
  'reason.decision.projection':
    'Deze week is een vooruitblik: we gaan ervan uit dat de weken ervoor goed gaan. Wat je vastlegt, past hem aan.',
  'reason.plan-ended':
    'Je plan van {weeks} weken is afgelopen op {date}. Vul de intake opnieuw in voor een nieuw plan dat begint waar je nu bent.',
  'reason.plan-renew':
    'Je plan is afgelopen. Vul de intake opnieuw in voor een nieuw plan dat begint waar je nu bent.',
  'reason.spike-cap':
    'Geen enkele wandeling mag meer dan 10% langer zijn dan je langste wandeling van de afgelopen 30 dagen. Daarom zijn sommige wandelingen deze week opgesplitst of iets korter gehouden.',
  'reason.note.retro-trials':
    'In onderzoeken liepen mensen 10 tot 15 minuten achteruit, 3 tot 4 keer per week. Het kost meer energie dan vooruit lopen op dezelfde snelheid.',
  'reason.note.ten-percent':
    'De grens van 10% per week is een voorzichtige vuistregel. Niet bewezen is dat die blessures voorkomt, maar hij houdt de opbouw rustig.',
  'reason.note.fall-prevention':
    'Achteruitlopen traint je evenwicht, maar onderzoek heeft niet laten zien dat oefenen ermee vallen bij ouderen voorkomt.',
  'reason.note.plantar-fasciitis':
    'Bij hielpijn (fasciitis plantaris) is achteruitlopen pas in één klein onderzoek geprobeerd. Let op hoe je voet reageert.',
  'reason.note.stroke-ms':
    'De goede resultaten na een beroerte of bij MS komen van oefenen onder begeleiding, niet van achteruitlopen alleen.',
  'reason.note.knee-oa':
    'Bij knieartrose gaf ongeveer 10 tot 15 minuten achteruitlopen, een paar keer per week, in onderzoeken minder pijn.',
  'reason.note.breathing':
    'Ademen op je stappen is bij rugpijn niet onderzocht. Gebruik het als het je helpt ontspannen.',
  'reason.note.walkback':
    'In een groot onderzoek kregen mensen die in een paar maanden opbouwden naar ongeveer 30 minuten wandelen, 5 dagen per week, minder vaak opnieuw rugpijn.',
  'reason.note.cadence':
    'Loop in een tempo dat prettig voelt. Vanaf ongeveer 100 stappen per minuut telt het als matige inspanning, maar voor je rug is sneller lopen niet nodig.',
  'reason.note.no-bed-rest':
    'In bed blijven helpt niet tegen rugpijn. Blijf rustig bewegen, ook op een slechte dag.',
  // Het voorschrift van een behandelaar (docs/clinical-rules.md §6): wie besloot, en waarom
  'change.start': 'je begint met hoogstens {minutes} minuten per dag',
  'change.step': 'het plan groeit elke week met hoogstens {minutes} minuten per dag',
  'change.no-step': 'het plan groeit voorlopig niet',
  'change.target': 'je loopt hoogstens {minutes} minuten per dag',
  'change.retro-off': 'voorlopig niet achteruitlopen',
  'change.retro-on': 'achteruitlopen mag weer in je plan',
  'change.retro-session': 'achteruitlopen duurt hoogstens {minutes} minuten per keer',
  'change.retro-growth': 'achteruitlopen groeit hoogstens {percent}% per week',
  'change.treadmill': 'de loopband gaat niet sneller dan {speed} km/u',
  'change.pause': 'een pauze vanaf {from}',
  'change.pause-until': 'een pauze van {from} tot en met {until}',
  'change.no-pause': 'de pauze is voorbij',
  'reason.clinician.change':
    'Je fysiotherapeut {name} heeft je plan vanaf {date} aangepast: {changes}. De reden: "{reason}"',
  'reason.clinician.limit.start':
    'De gewone grens blijft gelden voor het begin: voor jou hoogstens {minutes} minuten per dag.',
  'reason.clinician.limit.step':
    'De gewone grens blijft gelden: het plan groeit elke week met hoogstens {minutes} minuten per dag.',
  'reason.clinician.limit.target':
    'De gewone grens blijft gelden: hoogstens {minutes} minuten wandelen per dag.',
  'reason.clinician.limit.retro-session':
    'De gewone grens blijft gelden: achteruitlopen groeit naar hoogstens {minutes} minuten per keer.',
  'reason.clinician.limit.retro-growth':
    'De gewone grens blijft gelden: achteruitlopen groeit hoogstens {percent}% per week.',
  'reason.clinician.limit.treadmill':
    'De gewone grens blijft gelden: de loopband gaat voor jou niet sneller dan {speed} km/u.',
  'reason.clinician.pause':
    'Je fysiotherapeut {name} heeft je plan gepauzeerd vanaf {from}. De reden: "{reason}"',
  'reason.clinician.pause-until':
    'Je fysiotherapeut {name} heeft je plan gepauzeerd van {from} tot en met {until}. De reden: "{reason}"',
  'reason.clinician.hold.paused':
    'Je fysiotherapeut {name} heeft je plan gepauzeerd, dus het blijft zoals het was tot de pauze voorbij is.',
  'reason.clinician.pause-ended':
    'De pauze die je fysiotherapeut {name} instelde, is voorbij. Het plan gaat verder vanaf {date} en begint weer bij {minutes} minuten per dag.',
  'reason.clinician.gp-clearance':
    'Je fysiotherapeut {name} heeft vastgelegd dat je huisarts je op {date} heeft onderzocht en dat wandelen mag. De toelichting: "{reason}"',
  'reason.clinician.gp-clearance-refused':
    'Je fysiotherapeut {name} heeft een onderzoek door je huisarts op {date} vastgelegd. Dat was vóór de signalen waar het over moet gaan, dus het telt daar niet voor: je huisarts moet opnieuw kijken.',
  'reason.clinician.retro-cleared':
    'Je fysiotherapeut {name} zei op {date} dat achteruitlopen weer veilig voor je is. De toelichting: "{reason}"',
  'reason.clinician.supervision-lifted':
    'Je fysiotherapeut {name} heeft je op {date} gezien en besloten dat er bij het achteruitlopen niemand meer hoeft mee te kijken. De toelichting: "{reason}"',
  'reason.clinician.emergency-cleared':
    'Je fysiotherapeut {name} heeft op {date} vastgelegd dat je zorg hebt gehad voor het signaal dat je op {signs} meldde. De toelichting: "{reason}"',
  'reason.clinician.resumed':
    'Na de vrijgave die je fysiotherapeut {name} vastlegde, gaat het plan verder vanaf {date} en begint het weer bij {minutes} minuten per dag.',
} as const satisfies { readonly [K in keyof typeof en]: string };
