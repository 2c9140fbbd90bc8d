/** The sources in Dutch: the same names and summaries as `sources.en.ts`, in plain Dutch. */
import type { SourceTexts } from './sources.en.js';

export const sourcesNl: SourceTexts = {
  'SEED-RW': {
    name: 'Advies van fysiotherapeuten over achteruitlopen (tijdschriftartikel, 2025)',
    summary:
      'In een tijdschriftartikel uit 2025 leggen fysiotherapeuten uit wat achteruitlopen doet. Het vraagt ander werk van je beenspieren en kan je evenwicht helpen. Bouw het rustig op: wie net begint, doet eerst een paar minuten, en per week komt er hooguit zo’n 10% bij. Een loopband op lage snelheid, of een rustig vlak pad langs een reling, is de veiligste plek. Ouderen en mensen die wankel staan of minder goed zien, oefenen met iemand naast zich en houden meteen op bij duizeligheid of pijn. Achteruitlopen komt erbij, maar neemt de plaats van gewoon wandelen niet in.',
  },
  'SEED-BP': {
    name: 'Wandeladvies van een Nederlands rugcentrum bij rugklachten',
    summary:
      'Een Nederlands rugcentrum legt uit waarom wandelen bij de meeste soorten rugklachten helpt: het is zacht, heeft een vast ritme en brengt je zenuwen tot rust. Begin klein, met zo’n 10 minuten per dag in twee of drie korte stukken, en doe er elke week een paar minuten bij. Loop in een ontspannen tempo, laat je armen meezwaaien en adem rustig. Veel mensen willen te snel te veel, nemen te grote passen of wachten te lang met een pauze. Soms is hulp van een fysiotherapeut nodig naast het wandelen.',
  },
  'KNGF-B.1.3': {
    name: 'Richtlijn lage rugpijn van het KNGF (fysiotherapeuten): alarmsignalen',
    summary:
      'De richtlijn lage rugpijn van het KNGF, de beroepsvereniging van fysiotherapeuten (2021), noemt alarmsignalen waar eerst een arts naar moet kijken voordat je gaat oefenen. Voorbeelden zijn een doof gevoel rond je schaamstreek, een verandering bij het plassen, zwakte in je benen, of kanker in het verleden. Daarom vraagt Wandelcoach hier eerst naar, en opnieuw als er iets verandert.',
  },
  'KNGF-B.2': {
    name: 'Richtlijn lage rugpijn van het KNGF: de kans dat de pijn blijft',
    summary:
      'Dezelfde richtlijn schat hoe groot de kans is dat rugpijn lang blijft. Daarbij telt een aantal dingen samen mee, zoals eerdere periodes met rugpijn, pijn in je been, veel pijn, stress, angst om te bewegen en somberheid, nooit één antwoord alleen. Hoe groter die kans, hoe meer een fysiotherapeut je kan helpen.',
  },
  'KNGF-C.2.1': {
    name: 'Richtlijn lage rugpijn van het KNGF: oefenen dat bij je past',
    summary:
      'De richtlijn raadt aan actief te blijven met oefeningen die bij je passen, en de hoeveelheid aan te passen aan hoe je lichaam reageert. Wandelcoach kijkt elke week naar je wandelingen en je pijn: het plan groeit als het goed gaat, blijft gelijk als het net iets te veel was, en gaat een stap terug als de pijn de volgende ochtend hoger blijft.',
  },
  'KNGF-C.2.2': {
    name: 'Richtlijn lage rugpijn van het KNGF: stap voor stap opbouwen',
    summary:
      'De richtlijn raadt aan stap voor stap op te bouwen, volgens de kalender: je loopt een vaste hoeveelheid die elke week een beetje groeit, in plaats van de pijn van de dag te laten beslissen. Zo went je lichaam beetje bij beetje aan meer, en zet een slechte dag het plan niet op zijn kop.',
  },
  'NICE-1.1.1': {
    name: 'Britse richtlijn rugpijn en ischias (NICE): andere oorzaken uitsluiten',
    summary:
      'De landelijke richtlijn voor lage rugpijn en ischias (uitstralende pijn in het been) in het Verenigd Koninkrijk (NICE, 2016, bijgewerkt in 2020) zegt: kijk eerst of er tekenen zijn van een ernstige oorzaak, zoals kanker, een infectie of een breuk, voordat je rugpijn met oefenen behandelt, en kijk opnieuw als de klachten veranderen.',
  },
  'NICE-1.1.2': {
    name: 'Britse richtlijn rugpijn en ischias (NICE): de kans dat de pijn blijft',
    summary:
      'Dezelfde richtlijn raadt aan al vroeg in te schatten hoe groot de kans is dat de pijn blijft. Wie een grotere kans heeft, krijgt meer hulp; wie waarschijnlijk snel herstelt, krijgt eenvoudiger steun.',
  },
  CES: {
    name: 'Afspraken van artsen over spoedsignalen bij druk op de zenuwen onderin de rug',
    summary:
      'Onderin je wervelkolom loopt een bundel zenuwen (de cauda equina). Als die bekneld raakt, kan snelle zorg blijvende schade voorkomen. Een nieuw of erger wordend doof gevoel rond je schaamstreek of billen, een verandering bij het plassen of de ontlasting, of zwakte in beide benen moet meteen bekeken worden, op de spoedeisende hulp.',
  },
  WALKBACK: {
    name: 'WalkBack-onderzoek: wandelen zodat rugpijn minder vaak terugkomt (2024)',
    summary:
      'Een groot onderzoek (Pocovi en collega’s, 2024, in het medische tijdschrift Lancet) volgde mensen die hersteld waren van lage rugpijn. Wie opbouwde naar vaak wandelen, zo’n 30 minuten op 5 dagen per week, over een aantal maanden en met wat begeleiding, kreeg minder vaak opnieuw rugpijn: de kans daarop was ongeveer een kwart kleiner.',
  },
  PMM: {
    name: 'Pijnmonitormodel: hoeveel pijn bij oefenen geen kwaad kan',
    summary:
      'Een manier om pijn als wegwijzer te gebruiken tijdens het oefenen, eerst onderzocht bij mensen met peesklachten (Silbernagel en collega’s, 2007). Wat pijn tijdens het oefenen mag, als die laag blijft en de volgende ochtend weer gezakt is. Wandelcoach gebruikt dit elke week om te bepalen of het plan kan groeien. Het is niet voor rugpijn gemaakt, dus het is een voorzichtige richtlijn en geen bewezen regel.',
  },
  SPIKE: {
    name: 'Onderzoek naar plotselinge sprongen in hoe lang mensen trainen',
    summary:
      'Een onderzoek bij hardlopers (Frandsen en collega’s, 2025) vond meer blessures na één training die meer dan 10% langer was dan de langste training van de 30 dagen ervoor. Daarom wordt geen enkele wandeling in je plan meer dan 10% langer dan je langste wandeling van de laatste tijd; wandelingen van 10 minuten of korter worden hierdoor niet beperkt.',
  },
  STEADI: {
    name: 'Amerikaanse valtest voor ouderen (STEADI)',
    summary:
      'Een programma van de Amerikaanse gezondheidsdienst (CDC) om vallen bij ouderen te voorkomen. Het begint met drie vragen: ben je het afgelopen jaar gevallen, voel je je wankel, en ben je bang om te vallen? Bij een ja hoort iemand je evenwicht te bekijken. In Wandelcoach betekent het ook dat je alleen achteruitloopt met iemand die op je let.',
  },
  CADENCE: {
    name: 'Onderzoek naar stappen per minuut en hoe zwaar wandelen is',
    summary:
      'Onderzoek van Tudor-Locke en collega’s (2018 tot 2021), bij volwassenen van 21 tot 85 jaar, laat zien dat zo’n 100 stappen per minuut of meer telt als matige inspanning. Voor rugpijn hoef je niet zo snel te lopen: een prettig tempo is goed.',
  },
  NPRS: {
    name: 'Pijnscore van 0 tot 10',
    summary:
      'Een eenvoudige manier om pijn een cijfer te geven: 0 is helemaal geen pijn, 10 de ergste pijn die je je kunt voorstellen. Een verschil van 2 punten of meer is een echte verandering en geen toeval (Childs en collega’s, 2005). Wandelcoach vraagt dit cijfer tijdens je wandelingen en de ochtend erna.',
  },
  CLINICIAN: {
    name: 'Wat je eigen fysiotherapeut voor je besloot',
    summary:
      'Een fysiotherapeut die in Wandelcoach aan je gekoppeld is, kan je plan aanpassen: een lager begin, een kleinere stap per week, een pauze, of voorlopig niet achteruitlopen. Na een onderzoek kan die ook vastleggen dat iets weer mag, bijvoorbeeld achteruitlopen. Bij elke aanpassing staan de naam, de datum en de reden. De veiligheidsgrenzen van het plan blijven gelden: een aanpassing kan het plan voorzichtiger maken, nooit sneller dan die grenzen toestaan.',
  },
};
