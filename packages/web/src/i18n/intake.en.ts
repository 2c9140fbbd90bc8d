/**
 * The intake wizard's words in English. Dutch (`intake.nl.ts`) comes first; this follows its meaning.
 * Choices are in the first person, so a person can recognise them in themselves; the help under each
 * speaks to them as "you". The red flags only describe signs: what to do about them is the triage screen's job.
 */
import type { IntakeKey } from './intake-keys.js';

export const intakeEn: Readonly<Record<IntakeKey, string>> = {
  // Step: goals
  'intake.step.goals.title': 'What would you like to achieve?',
  'intake.step.goals.intro': 'Choose what fits you. You can also choose both.',
  'intake.goal.back-pain': 'Less trouble with my back',
  'intake.goal.back-pain.help':
    'A walk every day, built up calmly: a safe way to keep your back moving and help it recover.',
  'intake.goal.retro-walking': 'Walking backwards as training or rehabilitation',
  'intake.goal.retro-walking.help':
    'Walking backwards asks something different of your muscles and can improve your balance, strength and coordination.',

  // Step: about you
  'intake.step.about-you.title': 'About you',
  'intake.step.about-you.intro':
    'A few questions about you and how much you move now. This way your plan starts at a level that suits you.',
  'intake.age': 'How old are you?',
  'intake.age.help':
    'This helps us make your plan safe for you. For walking backwards, your age helps decide whether someone should be with you.',
  'intake.activity.inactive': 'I move very little',
  'intake.activity.inactive.help': 'You sit for most of the day and hardly ever walk or do sport.',
  'intake.activity.light': 'I move a bit',
  'intake.activity.light.help':
    'You often walk or cycle a short way, for example to the shops, but do little sport.',
  'intake.activity.active': 'I move a lot',
  'intake.activity.active.help': 'You do sport, cycle or walk briskly a few times a week or more.',
  'intake.comfortableWalkMinutes': 'How many minutes can you walk comfortably in one go right now?',
  'intake.comfortableWalkMinutes.help':
    'Think of a walk that goes well, the day after too. If you are not sure, leave this empty.',

  // Step: back (only with the back-pain goal); needs-guidance and risk-factor statements too
  'intake.step.back.title': 'About your back',
  'intake.step.back.intro':
    'These questions are about your back pain and how you are doing now. There are no right or wrong answers.',
  'intake.backPainType.nerve-pain': 'Nerve pain or a slipped disc',
  'intake.backPainType.nerve-pain.help':
    'Pain that spreads from your back into your buttock or leg, sometimes with tingling.',
  'intake.backPainType.arthrosis': 'Arthrosis (wear and tear)',
  'intake.backPainType.arthrosis.help':
    'Wear of the joints in your back. Your back often feels stiff, mostly just after you get up.',
  'intake.backPainType.muscle-tension': 'Tense muscles',
  'intake.backPainType.muscle-tension.help':
    'Your back muscles feel tight or locked, often after sitting for a long time or in a busy period.',
  'intake.backPainType.chronic': 'Back pain that has lasted a long time',
  'intake.backPainType.chronic.help': 'You have had trouble with your back for more than 3 months.',
  'intake.backPainType.unknown': "I don't know",
  'intake.backPainType.unknown.help': 'That is fine. You will get a plan that suits most back pain.',
  'intake.legPain': 'Does the pain spread into your leg?',
  'intake.legPain.help': 'For example, pain that runs into your buttock, your thigh or below your knee.',
  'intake.painNow': 'How much pain do you have now, on a scale from 0 to 10?',
  'intake.painNow.low': 'No pain',
  'intake.painNow.high': 'The worst pain you can imagine',
  'intake.needsGuidance.severe-nerve-pain':
    'I have severe nerve pain, and my leg sometimes gives way with it.',
  'intake.needsGuidance.severe-nerve-pain.help':
    'The leg suddenly gives, for example when you walk or on the stairs.',
  'intake.needsGuidance.stiff-si-joints': 'Low in my back, near my pelvis, it feels very stiff.',
  'intake.needsGuidance.stiff-si-joints.help':
    'These are the sacroiliac (SI) joints: where your spine joins your pelvis, on the left and right.',
  'intake.needsGuidance.weak-hips': 'The muscles around my hips are weak.',
  'intake.needsGuidance.weak-hips.help':
    'For example, getting up from a chair or climbing stairs takes a lot of effort, or your hips tire quickly.',
  'intake.needsGuidance.movement-insecurity': 'I feel unsure of myself when I move.',
  'intake.needsGuidance.movement-insecurity.help':
    'Moving does not come naturally or feel steady, for example when you bend, turn or walk.',
  'intake.needsGuidance.breathing-stays-high': 'My breathing often stays high in my chest.',
  'intake.needsGuidance.breathing-stays-high.help':
    'You breathe fast and high, even when you sit quietly, and your belly hardly moves with it.',
  'intake.riskFactor.earlier-episodes': "I've had spells of back pain before.",
  'intake.riskFactor.earlier-episodes.help': 'Before this time, you had trouble with your back as well.',
  'intake.riskFactor.high-disability': "Because of my back pain, many everyday things don't go well.",
  'intake.riskFactor.high-disability.help': 'For example your work, housework, shopping or a hobby.',
  'intake.riskFactor.poor-general-health': 'My health in general is not very good.',
  'intake.riskFactor.poor-general-health.help': 'Apart from your back, you often do not feel fit or well.',
  'intake.riskFactor.stress': "I've been under a lot of stress lately.",
  'intake.riskFactor.stress.help': 'For example from worries, a busy life, money or the people around you.',
  'intake.riskFactor.fear-of-moving': "I'm afraid that moving will damage my back further.",
  'intake.riskFactor.fear-of-moving.help':
    'So you would rather avoid some movements, such as bending, lifting or walking far.',
  'intake.riskFactor.low-mood': 'I often feel low or down.',
  'intake.riskFactor.low-mood.help': 'In recent weeks you have often felt gloomy.',
  'intake.riskFactor.passive-coping': 'I mostly wait for the pain to go away by itself.',
  'intake.riskFactor.passive-coping.help': 'You rest a lot, or you count mainly on medicines or a treatment.',
  'intake.riskFactor.catastrophising': 'When my back hurts, I quickly think something serious is wrong.',
  'intake.riskFactor.catastrophising.help': 'The pain, and worrying about it, fill your thoughts a lot.',
  'intake.riskFactor.work-problems': 'I have problems with my work.',
  'intake.riskFactor.work-problems.help':
    'For example, you are off work because of your back, the work is too heavy, or things are not going well at work.',

  // Step: safety (red flags)
  'intake.step.safety.title': 'Safety questions',
  'intake.step.safety.intro':
    'These questions check that walking is safe for you right now. With a few signs, it is better for a doctor to see you first. These signs are not common.',
  'intake.redFlag.saddle-numbness':
    'I have numbness or a strange feeling between my legs or around my buttocks: the part you would sit on a bicycle saddle with.',
  'intake.redFlag.saddle-numbness.help':
    'For example, toilet paper feels different when you wipe. It is new, or it is getting worse.',
  'intake.redFlag.bladder-bowel-change': 'Passing urine or opening my bowels has recently changed.',
  'intake.redFlag.bladder-bowel-change.help':
    'For example, passing urine is difficult, you cannot hold in urine or stools, or you no longer notice when you need the toilet.',
  'intake.redFlag.both-legs-weak-or-numb': 'Both my legs feel weak, floppy or numb.',
  'intake.redFlag.both-legs-weak-or-numb.help': 'It is in both legs, and it is new or getting worse.',
  'intake.redFlag.worsening-weakness': 'I have less strength in a leg or foot, and it keeps getting worse.',
  'intake.redFlag.worsening-weakness.help': 'The weakness clearly increases over days or weeks.',
  'intake.redFlag.major-trauma': 'My back pain started after a serious accident or a bad fall.',
  'intake.redFlag.major-trauma.help': 'For example, a fall from a ladder or stairs, or a road accident.',
  'intake.redFlag.cancer-history': 'I have had cancer at some time, and my back pain is new.',
  'intake.redFlag.cancer-history.help': 'This counts even if the cancer was a long time ago.',
  'intake.redFlag.weight-loss': "I'm losing weight without trying to.",
  'intake.redFlag.weight-loss.help':
    'You have clearly become lighter lately, without dieting or moving more.',
  'intake.redFlag.fever-or-ill': 'I have a fever, or I feel ill.',
  'intake.redFlag.fever-or-ill.help':
    'For example chills, sweating at night, or feeling more unwell than usual.',
  'intake.redFlag.steroids-or-immunosuppressed':
    "I've been taking steroid tablets for a long time, or medicines that lower my immune defence.",
  'intake.redFlag.steroids-or-immunosuppressed.help':
    'For example prednisolone for months, or medicines after a transplant or for rheumatism.',
  'intake.redFlag.osteoporosis-minor-fall':
    'I have brittle bones (osteoporosis) and have had a fall recently.',
  'intake.redFlag.osteoporosis-minor-fall.help':
    'This counts even if it was a light fall, for example from standing.',
  'intake.redFlag.night-pain-worsening': 'I have pain all through the night, and it is getting worse.',
  'intake.redFlag.night-pain-worsening.help':
    'The pain stays all night, even when you change position, and it keeps getting worse.',
  'intake.redFlag.leg-giving-way':
    'Recently, one leg gives way, my foot drags, or part of my leg has gone numb.',
  'intake.redFlag.leg-giving-way.help': 'It is in one leg, and it is new.',
  'intake.redFlag.unsure': "I'm not sure whether one of these signs fits me.",
  'intake.redFlag.unsure.help': 'Choose this too if, for another reason, you feel something is not right.',

  // Step: balance (STEADI's three key questions, then impairments)
  'intake.step.balance.title': 'Balance and falls',
  'intake.step.balance.intro':
    'These questions are about your balance. They tell us whether someone should be with you when you walk backwards.',
  'intake.fallRisk.fell-past-year': 'I have fallen in the past year.',
  'intake.fallRisk.fell-past-year.help': 'Even if you did not hurt yourself.',
  'intake.fallRisk.unsteady': 'I sometimes feel unsteady when I stand or walk.',
  'intake.fallRisk.unsteady.help': 'For example, at home you hold on to furniture or the wall.',
  'intake.fallRisk.worried-about-falling': "I'm worried that I might fall.",
  'intake.fallRisk.worried-about-falling.help': 'Even if you have not fallen yet.',
  'intake.impairment.balance': 'I have problems with my balance.',
  'intake.impairment.balance.help':
    'For example, standing on one leg or turning round is difficult, or your doctor has mentioned it.',
  'intake.impairment.vision': 'I see poorly, even with glasses or contact lenses.',
  'intake.impairment.vision.help':
    'For example, you do not always see a doorstep, a kerb or something on the ground.',
  'intake.impairment.dizziness': 'I have trouble with dizziness.',
  'intake.impairment.dizziness.help':
    'Even if it is only now and then, for example when you get up or look over your shoulder.',

  // Step: conditions
  'intake.step.conditions.title': 'Your health',
  'intake.step.conditions.intro': 'With some conditions, your plan adapts. That is why we ask about them.',
  'intake.condition.recent-surgery': 'I have had an operation in the last 3 months.',
  'intake.condition.recent-surgery.help':
    'It does not matter what it was for: your back, a hip, a knee or something else.',
  'intake.condition.stroke': 'I have had a stroke.',
  'intake.condition.stroke.help': 'A blood clot or a bleed in the brain, even if it was a long time ago.',
  'intake.condition.multiple-sclerosis': 'I have MS (multiple sclerosis).',
  'intake.condition.multiple-sclerosis.help': 'Choose this if a doctor has found that you have MS.',
  'intake.condition.knee-oa': 'I have arthrosis in my knee.',
  'intake.condition.knee-oa.help': 'Wear of your knee joint, with pain or stiffness in your knee.',
  'intake.condition.plantar-fasciitis': 'I have pain under my heel (plantar fasciitis).',
  'intake.condition.plantar-fasciitis.help':
    'Pain under your heel or the sole of your foot, often worst with the first steps in the morning.',

  // Step: practical
  'intake.step.practical.title': 'Practical questions',
  'intake.step.practical.intro':
    'A few more practical questions, mostly about walking backwards. Then we make your plan.',
  'intake.equipment.treadmill': 'I can use a treadmill.',
  'intake.equipment.treadmill.help':
    'At home, at the gym or at the physiotherapist. On a treadmill you can walk backwards with handrails to hold.',
  'intake.equipment.railOrFlatPath': 'I have a handrail or a quiet, flat path nearby.',
  'intake.equipment.railOrFlatPath.help':
    'There you can walk backwards safely: with something to hold on to, or with nothing in the way.',
  'intake.equipment.companion': 'There is someone who can walk with me.',
  'intake.equipment.companion.help':
    'For example someone you live with, a friend or a neighbour who walks beside you when you walk backwards.',
  'intake.daysPerWeek': 'On how many days a week would you like to walk backwards?',
  'intake.daysPerWeek.help': 'Choose 1 to 7 days. In studies, people mostly did it 3 or 4 times a week.',
  'intake.startDate': 'When would you like to start?',
  'intake.startDate.help': 'Your plan starts on this day. Today is fine too.',

  // Answers
  'intake.yes': 'Yes',
  'intake.no': 'No',
  'intake.noneOfThese': 'None of these',

  // Navigation and progress
  'intake.progress': 'Step {step} of {total}',
  'intake.back': 'Back',
  'intake.next': 'Next',
  'intake.finish': 'Show my plan',
  'intake.saved': 'Your answers are kept on this device. You can stop and continue later.',
  'intake.required': 'Please answer this question.',
  'intake.ageRange': 'Fill in an age from 16 to 110.',
  'intake.minutesRange': 'Fill in a number of minutes from 0 to 300.',
};
