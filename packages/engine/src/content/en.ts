/**
 * The English coaching content. Written for people who may be older and in pain: short sentences,
 * everyday words, calm, no promises. Dutch (`nl.ts`) is the first language; this one follows its meaning.
 */
import type { ContentCatalogue } from './types.js';

export const en: ContentCatalogue = {
  cues: {
    'relaxed-arm-swing': {
      label: 'Loose arm swing',
      spoken: 'Let your arms swing along loosely with each step.',
    },
    'let-hips-move': {
      label: 'Let your hips move',
      spoken: 'Let your hips move along with you. There is no need to hold them still.',
    },
    'calm-breathing': {
      label: 'Calm breathing',
      spoken: 'Breathe calmly. If it feels good, make your out-breath a little longer than your in-breath.',
    },
    'relaxed-tempo': {
      label: 'An easy pace',
      spoken: 'Keep to a pace that feels relaxed. There is no need to hurry.',
    },
    'small-steps-soft-landing': {
      label: 'Small steps, soft landing',
      spoken: "Take small steps and land softly. You don't need to push off hard.",
    },
    'vary-tempo-and-surface': {
      label: 'Vary pace and ground',
      spoken: 'Now and then change your pace. If you can, walk on grass or a forest path for a while.',
    },
    'take-breaks-early': {
      label: 'Rest in good time',
      spoken: "Take a short break before you get tired. Don't wait until you really need it.",
    },
    'active-core': {
      label: 'Belly gently firm',
      spoken: 'Keep your belly gently firm, as if you are standing a little taller.',
    },
    'small-steps': {
      label: 'Small steps back',
      spoken: 'Take small steps backwards. There is no hurry.',
    },
    'toes-first': {
      label: 'Toes touch down first',
      spoken: 'Put your toes down first, then roll back onto your heel.',
    },
    'knees-soft': {
      label: 'Knees slightly bent',
      spoken: 'Keep your knees slightly bent, not locked straight.',
    },
    'hold-handrails-safety-key': {
      label: 'Handrails and safety key',
      spoken: 'On the treadmill, clip the safety key to your clothes and keep hold of the handrails.',
    },
    'rail-or-flat-path': {
      label: 'Railing or flat path',
      spoken: 'Walk along a railing, or on a quiet, flat path with nothing in the way.',
    },
    'companion-spotter': {
      label: 'Someone walks with you',
      spoken: 'Ask someone to walk beside you and watch where you are going.',
    },
    'with-professional': {
      label: 'Only with your therapist',
      spoken: 'Only walk backwards when your physiotherapist or another professional is with you.',
    },
    'stop-if-dizzy-or-pain': {
      label: 'Dizzy or pain: stop',
      spoken: 'If you feel dizzy or get pain, stop straight away and hold on to something steady.',
    },
  },

  purposes: {
    'calm-start': 'Calm morning walk',
    'walking-break': 'Short walking break',
    sleep: 'Evening walk for better sleep',
    'long-walk': 'A somewhat longer weekend walk',
    'daily-walk': 'Walk',
    'warm-up': 'Warm up walking forwards',
    retro: 'Walking backwards',
  },

  commonMistakes: {
    'too-fast': {
      title: 'Walking too fast',
      tip: 'A fast pace makes your muscles tighter. Choose a pace at which you can keep breathing calmly.',
    },
    'too-long-strides': {
      title: 'Steps that are too long',
      tip: 'Long strides ask more of your back. Shorter steps make your walk smoother.',
    },
    'pushing-off-hard': {
      title: 'Pushing off hard',
      tip: 'A hard push-off makes your back work harder. Let your foot roll off gently instead.',
    },
    'hard-soles': {
      title: 'Shoes with hard soles',
      tip: 'A hard sole absorbs little of each step. Wear shoes with a soft, springy sole.',
    },
    'no-surface-variation': {
      title: 'Always the same ground',
      tip: 'Paving stones give your body the same load with every step. Choose grass, a forest path or a park path now and then.',
    },
    'breaks-too-late': {
      title: 'Resting too late',
      tip: 'Take a short break before you feel tired or stiff, not once you already do.',
    },
  },

  recoveryMoments: {
    'after-sitting': 'After sitting for a long time',
    'between-tasks': 'Between two jobs',
    'after-training': 'After sport or exercise',
    'during-stress': 'When you feel tense or stressed',
    'before-sleep': 'Before going to bed',
  },

  whyWalkingHelps: {
    'nerve-pain': {
      title: 'Slipped disc or nerve pain',
      points: [
        'The steady rhythm of walking can make irritated nerves less sensitive.',
        'The muscles in your lower back tense up less.',
        'When your hips move more freely, there is less pressure on the nerves in your back.',
        'Your brain notices that moving is safe, and protects you less tightly.',
        'Pain, tingling or numbness in your leg? The safety questions check that first, before you start.',
      ],
    },
    arthrosis: {
      title: 'Osteoarthritis (wear of the joints)',
      points: [
        'Regular movement keeps your joints warm and brings blood to them.',
        'Your joints stay better lubricated.',
        'Moving becomes easier and more comfortable.',
        'The muscles around your lower back and hips keep working.',
        'Step by step, you can do more in a day.',
      ],
    },
    'muscle-tension': {
      title: 'Tense muscles',
      points: [
        'The rhythm gives your back a chance to let go.',
        'Tight muscles become looser.',
        'Your breathing slows down and gets longer.',
        'The muscles in your belly and back soften.',
        'Sore, tight spots in your buttocks and lower back can ease.',
      ],
    },
    chronic: {
      title: 'Back pain that lasts a long time',
      points: [
        'When pain lasts long, your nervous system becomes more sensitive. Walking is a gentle way to calm it.',
        'Walking feels safe, and you can do it again every day.',
        'Each walk builds trust in your own body.',
        'It helps to break the circle of pain, worry and moving less.',
        'It lowers stress.',
      ],
    },
    unknown: {
      title: 'Why walking is good for your back',
      points: [
        'More blood flows to the muscles around your spine.',
        'With each step the pressure on your spinal discs changes, which helps them take up fluid.',
        'The deep muscles around your spine work along, without too much strain.',
        'Your hips become more supple.',
        'Stress goes down. Often the tension already eases after five to ten minutes of walking.',
      ],
    },
  },

  faq: {
    'is-walking-safe-with-back-pain': {
      question: 'Is walking safe when I have back pain?',
      answer:
        'Yes, as long as it stays manageable. Walking is one of the safest ways to keep moving with a sore back.',
    },
    'when-will-i-notice': {
      question: 'When will I notice a difference?',
      answer:
        'Often you feel less stiff and tense within a few days. Walking a little every day matters more than walking far.',
    },
    'walking-or-running': {
      question: 'Is walking better than running?',
      answer: 'To recover from back pain, yes. Walking gives your back fewer hard jolts than running.',
    },
    'does-tempo-matter': {
      question: 'Does my pace matter?',
      answer:
        'Yes. When you walk too fast, your muscles tense up more. Choose a relaxed pace; your back does not need you to go faster.',
    },
    'walk-when-it-hurts': {
      question: 'Can I walk when my back hurts?',
      answer:
        'Yes, some discomfort is fine. Pain up to 5 out of 10 during the walk is all right, or up to 2 points above your usual level if that is already 5 or more, as long as your back feels as usual again by the next morning. If it is more than that, walk less, but do keep walking.',
    },
    'why-retro-walking': {
      question: 'Why walk backwards?',
      answer:
        'Walking backwards uses the muscles in your legs in a different way, especially your calves, shins and the front of your thighs. It can improve your balance, coordination and strength. It counts as exercise for your heart, but it does not replace ordinary walking forwards.',
    },
    'retro-walking-safety': {
      question: 'How do I walk backwards safely?',
      answer:
        'Start on a treadmill at about 3 km/h and hold the handrails, or walk along a railing. Take small steps. If you feel dizzy, stop at once.',
    },
    'missed-a-day': {
      question: 'I skipped a day. What now?',
      answer:
        "Simply carry on with your plan. Don't make up for it with a longer walk, because that suddenly gives your back more than it is used to.",
    },
  },

  stopNow: {
    title: 'What to do now',
    dizzy: [
      'Stop walking at once. On a treadmill, press stop or pull out the safety key first.',
      'Stand still and hold on to something steady, or sit down.',
      'Wait until the dizziness has fully passed.',
      'Only walk on once you feel steady again: slowly, forwards, and with someone if you can.',
      "Don't walk backwards again today.",
      'Note it in your log. Ask your physiotherapist or GP for advice before you walk backwards again.',
    ],
    pain: [
      'Stop what you are doing.',
      'Walk on slowly forwards, or rest in a position that feels comfortable.',
      'This kind of pain usually eases again after a while.',
      'Staying in bed does not help your back. A short, easy walk later is better.',
      'Note it in your log, so your next week can be adjusted.',
    ],
    callSomeone: [
      'Call 112 at once if you faint, or have pain or a tight feeling in your chest.',
      'Call 112 at once if both legs suddenly feel weak or numb.',
      'Call 112 at once if the skin around your genitals, anus or buttocks feels numb.',
      'Call 112 at once if you can no longer control your bladder or bowels.',
      'Call 112 at once after a fall in which you are badly hurt or cannot get up.',
      'Call your GP the same day if the dizziness keeps coming back or the pain does not settle. Outside office hours, call the out-of-hours GP service.',
    ],
  },

  spoken: {
    'start-forward': "Let's begin. You will walk for {minutes} minutes, at a pace that feels easy.",
    'start-retro': "Let's begin walking backwards, for {minutes} minutes. Small steps, and take your time.",
    halfway: "You're halfway. Carry on at your own pace.",
    'last-minute': 'One more minute. Take it easy to the end.',
    finished: 'Well done, this walk is over. Take a moment to notice how your body feels now.',
    paused: 'The walk is paused. Carry on whenever you are ready.',
    resumed: "We're going on again. Nice and easy.",
    'breathe-in': 'Breathe in for {steps} steps.',
    'breathe-out': 'Breathe out slowly for {steps} steps.',
    'supervision-reminder': 'Remember: only walk backwards when your helper is right beside you.',
  },
};
