/**
 * Every source in words a patient understands: a name to show beside a reason, and a short summary of
 * what the source says that matters for this app. Written in our own words from the clinical-rules
 * table and the two source articles; `sources.nl.ts` says the same in Dutch.
 */
import type { Source } from '../sources.js';

export interface SourceText {
  /** What the source is, in a few plain words, instead of its code. */
  name: string;
  /** What the source says that the plan rests on, in two to five short sentences. */
  summary: string;
}

export type SourceTexts = Readonly<Record<Source, SourceText>>;

export const sourcesEn: SourceTexts = {
  'SEED-RW': {
    name: 'Physiotherapists’ advice on walking backwards (magazine article, 2025)',
    summary:
      'In a magazine article from 2025, physiotherapists explain walking backwards. It asks different work of the leg muscles and can help balance. Build it up slowly: beginners start with a few minutes, and it grows by about 10% a week at most. A treadmill at a low speed, or a quiet flat path along a railing, is the safest place. Older people and anyone with balance or eyesight problems practise with someone beside them, and stop at once when dizzy or in pain. It adds to ordinary walking but does not take its place.',
  },
  'SEED-BP': {
    name: 'A Dutch back clinic’s advice on walking with back pain',
    summary:
      'A Dutch back clinic explains why walking helps most kinds of back pain: it is gentle, has a steady rhythm and calms the nerves. Start small, with about 10 minutes a day in two or three short walks, and add a few minutes each week. Keep a relaxed pace, let the arms swing and breathe calmly. The usual mistakes are doing too much too soon, taking long strides and waiting too long before a break. Some situations need a physiotherapist’s help alongside the walking.',
  },
  'KNGF-B.1.3': {
    name: 'Dutch physiotherapy guideline on low back pain: warning signs',
    summary:
      'The guideline of the Royal Dutch Society for Physiotherapy on low back pain (2021) lists warning signs that a doctor should look at before you start exercising. Examples are numbness around the genitals, a change in passing urine, weakness in the legs, or having had cancer. That is why Wandelcoach asks about these signs first, and again when something changes.',
  },
  'KNGF-B.2': {
    name: 'Dutch physiotherapy guideline on low back pain: the chance that pain lasts',
    summary:
      'The same guideline estimates how likely it is that back pain lasts a long time. It looks at several things together, such as earlier episodes, pain in the leg, high pain, stress, fear of moving and low mood, never at one answer alone. The higher that chance, the more a physiotherapist can help.',
  },
  'KNGF-C.2.1': {
    name: 'Dutch physiotherapy guideline on low back pain: exercise that fits you',
    summary:
      'The guideline advises staying active with exercise that suits you, and adjusting the amount to how your body responds. Wandelcoach looks at each week’s walks and pain: it builds up when things go well, keeps the plan the same when it was a little too much, and takes a step back when the pain stays up the next morning.',
  },
  'KNGF-C.2.2': {
    name: 'Dutch physiotherapy guideline on low back pain: building up step by step',
    summary:
      'The guideline advises building up step by step and by the calendar: you walk a set amount that grows a little each week, rather than letting the pain of the day decide. That way the body gets used to more, bit by bit, and a bad day does not undo the plan.',
  },
  'NICE-1.1.1': {
    name: 'UK guideline on low back pain and sciatica: ruling out other causes',
    summary:
      'The national guideline for low back pain and sciatica in the United Kingdom (NICE, 2016, updated 2020) says to look first for signs of a serious cause, such as cancer, an infection or a fracture, before treating back pain with exercise, and to look again when the complaints change.',
  },
  'NICE-1.1.2': {
    name: 'UK guideline on low back pain and sciatica: the chance that pain lasts',
    summary:
      'The same guideline advises judging early on how likely it is that the pain will last, so that people with a higher chance get more help, and people who are likely to get better soon get simpler support.',
  },
  CES: {
    name: 'Doctors’ guidance on urgent signs of pressure on the nerves at the bottom of the spine',
    summary:
      'At the bottom of the spine runs a bundle of nerves (the cauda equina). When it is squeezed, quick care can prevent lasting harm. New or worsening numbness around the genitals or bottom, a change in passing urine or stools, or weakness in both legs needs to be seen straight away, at the emergency department.',
  },
  WALKBACK: {
    name: 'WalkBack study: walking to keep back pain from coming back (2024)',
    summary:
      'A large study (Pocovi and colleagues, The Lancet, 2024) followed people who had recovered from low back pain. Those who built up to regular walking, about 30 minutes on 5 days a week over several months, with some coaching, had fewer new episodes of back pain: their chance of a new episode was about a quarter lower.',
  },
  PMM: {
    name: 'Pain-monitoring model: how much pain during exercise is fine',
    summary:
      'A way of using pain as a guide while exercising, first studied in people with tendon problems (Silbernagel and colleagues, 2007). Some pain during exercise is acceptable when it stays low and has settled by the next morning. Wandelcoach uses this each week to decide whether to build up. It was not made for back pain, so it is a careful guide rather than a proven rule.',
  },
  SPIKE: {
    name: 'Study on sudden jumps in how long people train',
    summary:
      'A study of runners (Frandsen and colleagues, 2025) found more injuries after a single session that was more than 10% longer than the longest session of the 30 days before. That is why no walk in your plan becomes more than 10% longer than your longest recent walk; walks of 10 minutes or less are not held back by this.',
  },
  STEADI: {
    name: 'US fall-prevention check for older adults (STEADI)',
    summary:
      'A programme of the US health authority (CDC) to prevent falls in older adults. It starts with three questions: have you fallen in the past year, do you feel unsteady, and do you worry about falling? A yes means someone should check your balance. In Wandelcoach it also means that you walk backwards only with someone supervising.',
  },
  CADENCE: {
    name: 'Studies on steps per minute and how hard walking is',
    summary:
      'Studies by Tudor-Locke and colleagues (2018 to 2021), in adults aged 21 to 85, found that about 100 steps a minute or more counts as moderate exercise. For back pain you do not need to walk that fast: a comfortable pace is fine.',
  },
  NPRS: {
    name: 'Pain score from 0 to 10',
    summary:
      'A simple way to rate pain: 0 is no pain at all, 10 is the worst pain you can imagine. A change of 2 points or more is a real change rather than chance (Childs and colleagues, 2005). Wandelcoach asks for this score during your walks and on the next morning.',
  },
  CLINICIAN: {
    name: 'Your physiotherapist’s own decisions for you',
    summary:
      'A physiotherapist who is linked to you in Wandelcoach can change your plan: a lower start, a smaller step each week, a pause, or no walking backwards for now. After seeing you, they can also record a clearance, for example that walking backwards is safe again. Each change carries their name, the date and their reason. The safety limits of the plan still apply: a change can make the plan more careful, never faster than these limits allow.',
  },
};
