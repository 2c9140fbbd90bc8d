/**
 * English messages. This object defines the message keys; `nl.ts` must match it key for key.
 * Keys under `reason.` are reason codes: the part after `reason.` is the `code` in the output.
 */
export const en = {
  // Triage: red flags that need the emergency department now (KNGF B.1.3, NICE 1.1.1, CES)
  // Month names, for dates inside sentences ("25 November", never 2026-11-25)
  'month.1': 'January',
  'month.2': 'February',
  'month.3': 'March',
  'month.4': 'April',
  'month.5': 'May',
  'month.6': 'June',
  'month.7': 'July',
  'month.8': 'August',
  'month.9': 'September',
  'month.10': 'October',
  'month.11': 'November',
  'month.12': 'December',
  'who.gp': 'GP',
  'who.physio': 'physiotherapist',
  'reason.red-flag.saddle-numbness':
    'You notice numbness around your genitals, anus or inner thighs. This can mean that a nerve at the bottom of the spine is being squeezed.',
  'reason.red-flag.bladder-bowel-change':
    'Passing urine or stools has changed: it is hard to start, you leak, or you no longer feel that your bladder or bowel is full. A doctor needs to see this today.',
  'reason.red-flag.both-legs-weak-or-numb':
    'Both of your legs feel weak or numb. That points to pressure on the nerves and needs to be seen at once.',
  'reason.red-flag.worsening-weakness':
    'Weakness in a leg or foot that keeps getting worse needs to be seen at once.',
  'reason.red-flag.major-trauma':
    'Your complaints started after a heavy blow, such as a fall from a height or a traffic accident. A doctor must first rule out a fracture.',
  'reason.emergency-now':
    'Do not start walking exercises. Call 112 or go to the emergency department now. Outside office hours you can also call the out-of-hours GP service straight away.',
  // Triage: signs a GP should look at first (KNGF B.1.3, NICE 1.1.1)
  'reason.red-flag.cancer-history':
    'You have had cancer and these complaints are new. Your GP should check this before you start.',
  'reason.red-flag.weight-loss':
    'You are losing weight without trying. Your GP should find out why before you start.',
  'reason.red-flag.fever-or-ill':
    'You have a fever or feel ill along with the pain. Your GP should look at this first.',
  'reason.red-flag.steroids-or-immunosuppressed':
    'You use steroids for a long time or medicine that lowers your resistance. That makes some causes of pain in the back more likely, so your GP should look first.',
  'reason.red-flag.osteoporosis-minor-fall':
    'You have weak bones (osteoporosis) and fell, even lightly. Your GP should check for a fracture first.',
  'reason.red-flag.night-pain-worsening':
    'The pain is there all night and keeps getting worse. That is not the usual pattern, so your GP should look at it.',
  'reason.red-flag.leg-giving-way':
    'A leg gives way, your foot drops, or a part of your leg has gone numb recently. Those are signs from a nerve, and your GP should examine them.',
  'reason.red-flag.unsure':
    'You have a feeling that something is not right. Trust that feeling and let your GP look at it first.',
  'reason.guidance.severe-nerve-pain':
    'You have severe nerve pain with moments where your leg gives way. That is a sign from a nerve, so your GP should examine it first.',
  'reason.gp-soon-now':
    'Make an appointment with your GP within a few days and tell them which signs you noticed. Once your GP says walking is fine, record that here and your plan opens.',
  'reason.gp-cleared': 'Your GP checked you on {date} and said you can walk. Your plan is open.',
  'reason.physio-clearance-not-enough':
    'These signs need a GP to look at them. A clearance by a physiotherapist does not open the plan for this.',
  // Triage: a professional should guide the plan
  'reason.guidance.stiff-si-joints':
    'Very stiff joints between your spine and pelvis can make walking harder. A physiotherapist can loosen them so walking feels freer.',
  'reason.guidance.weak-hips':
    'Weak hip muscles make walking harder work. A physiotherapist can help you build up strength alongside the walking.',
  'reason.guidance.movement-insecurity':
    'You feel unsure when you move. A physiotherapist can help you trust your body again while you build up.',
  'reason.guidance.breathing-stays-high':
    'Your breathing stays high in your chest. A physiotherapist can teach you to breathe lower, which helps you relax while walking.',
  'reason.leg-pain':
    'You have pain that runs into your leg. Walking is still good, but let a physiotherapist look at it and guide you.',
  'reason.condition.recent-surgery':
    'You had an operation recently. Build up under the eye of your physiotherapist or surgeon.',
  'reason.condition.stroke':
    'After a stroke, walking practice works best with a physiotherapist who knows your situation.',
  'reason.condition.multiple-sclerosis':
    'With MS, walking practice works best with a physiotherapist who knows your situation.',
  'reason.risk-profile.low': 'Your answers show a low risk that the back pain will last long.',
  'reason.risk-profile.medium':
    'Your answers show some risk that the back pain will last longer ({count} of the warning factors). This plan is a good start, and a physiotherapist can help you along; you can book one directly, without going to your GP first.',
  'reason.risk-profile.high':
    'Your answers show a higher risk that the back pain will last long ({count} of the warning factors). A physiotherapist can help you most now.',
  'reason.see-physio':
    'We advise you to see a physiotherapist; you can book one directly, without going to your GP first.',
  'reason.self-manage':
    'None of your answers is a warning sign, so you can start this plan on your own. If anything changes, answer the safety questions again.',
  'reason.fall-screen':
    'Your answers about falling, balance or eyesight show a higher chance of a fall. Let a physiotherapist or your GP check this with you; until then the plan starts gently.',
  'reason.ask-osteoporosis':
    'You fell at 65 or older and have pain in your back. If you have weak bones (osteoporosis), tell us in the safety questions: then your GP should check for a fracture first.',
  'reason.no-warning-signs':
    'None of your answers is a warning sign that needs a doctor first. If anything changes, answer the safety questions again.',
  'reason.clearance.too-old':
    'The clearance you recorded is from {date}. For these signs only a check during this episode counts, from {from} on. Ask your GP again and record the new date.',
  'reason.clearance.before-signs':
    'The clearance you recorded is from {date}, before the new signs of {signs}. Your GP needs to look at these new signs too; record the date of that visit.',
  'reason.retriage.emergency-in-log':
    'On {date} you reported a sign that needs care at once. Recording a clearance does not restart the plan: once you have been seen, fill in the intake again.',
  'reason.supervised-retro': 'Walk backwards only with someone who supervises you.',
  'reason.retriage.new-symptoms':
    'On {date} you reported new signs. We stop the plan until you know more: follow the advice that comes with these signs.',
  'reason.retriage.new-symptoms-cleared':
    'Your GP checked the new signs from {date}, so the plan goes on, gently. Let a physiotherapist look at how you walk as well.',
  'reason.retriage.fall':
    'You fell or nearly fell on {date}. We advise you to let a physiotherapist look at how you walk.',
  'reason.retriage.long-flare':
    'Your pain has stayed higher for more than a week. Please see a physiotherapist; until then the plan stays gentle.',
  'reason.retriage.repeated-regress':
    'The plan had to be reduced twice in a row. Please see a physiotherapist to find out what helps; until then the plan stays gentle.',
  'reason.recheck-red-flags':
    'Because of a flare, a fall or new leg symptoms, please answer the safety questions again.',
  'reason.earlier-signs':
    'On {date}, before this plan, you reported warning signs. Has a doctor seen you for them? If not, do that first, and answer the safety questions again if anything is still there.',
  // The back-pain programme (SEED-BP, KNGF C.2.2, WALKBACK)
  'reason.start.back-pain':
    'You start with {minutes} minutes of walking a day, split into {blocks} short walks. Doing it every day matters more than how far you go.',
  'reason.start.low-tolerance':
    'You can walk about {comfortable} minutes comfortably now, so you start a little below that: {minutes} minutes a day.',
  'reason.start.current-level':
    'You already walk {minutes} minutes comfortably, so you start from there and not lower.',
  'reason.start.default':
    'You did not say how long you can walk comfortably, so you start with the usual {minutes} minutes a day.',
  'reason.start.forward-main':
    'Ordinary walking stays the main part of your plan: you start with {minutes} minutes of walking a day, split into {blocks} short walks. On retro-walking days part of that time is walking backwards.',
  'reason.start.inactive':
    'You can walk about {comfortable} minutes, but you are not used to walking every day yet, so you start with {minutes} minutes a day.',
  'reason.start.capped':
    'You can already walk a long time, so you start at the full day of this plan: {minutes} minutes.',
  'reason.start.very-low':
    'You can walk only a few minutes now, so you start with {minutes} minutes a day in short walks. A physiotherapist can help you find the right start.',
  'reason.start.at-target':
    'You start at the full day of this plan, {target} minutes: keep it up every day rather than doing more.',
  'reason.start.gentle':
    'Because a physiotherapist should look at your situation, the plan builds up more slowly: {step} minutes a day more each week.',
  'reason.build-up':
    'Each week that goes well you walk {step} minutes a day more, up to {target} minutes a day. The plan follows the calendar, not the pain of the day.',
  'reason.target-day':
    'Once built up, a day looks like this: a calm walk in the morning, a short walking break in the afternoon, two walks in the evening for a good night, and at the weekend one somewhat longer walk with changes in pace and ground.',
  'reason.breathing':
    'Try breathing in for 3 steps and out for {exhale} steps. A long breath out helps you relax. It is a tip for comfort, not a rule.',
  // The retro-walking programme (SEED-RW, STEADI)
  'reason.retro.start-beginner':
    'Retro-walking starts small: about {minutes} minutes, {days} times a week, slowly building towards 10 minutes.',
  'reason.retro.start-active':
    'You are active, so retro-walking starts at about {minutes} minutes, {days} times a week, and slowly builds towards {target} minutes.',
  'reason.retro.ten-percent': 'Retro-walking grows by at most 10% a week, so your body can get used to it.',
  'reason.retro.days-capped':
    'Walking backwards is on {days} days a week at most, so that {forward} days stay for your ordinary walk in full.',
  'reason.retro.supervised.age':
    'At {age}, retro-walking is safest with someone who supervises, at least at the start.',
  'reason.retro.supervised.fall-risk':
    'Because of your answers about falling, you only walk backwards with someone who supervises.',
  'reason.retro.supervised.balance':
    'Because of your balance, you only walk backwards with someone who supervises.',
  'reason.retro.supervised.vision':
    'Because of your eyesight, you only walk backwards with someone who supervises.',
  'reason.retro.supervised.stroke':
    'After a stroke, retro-walking is only done under the guidance of a professional.',
  'reason.retro.supervised.multiple-sclerosis':
    'With MS, retro-walking is only done under the guidance of a professional.',
  'reason.retro.supervised.recent-surgery':
    'After a recent operation, retro-walking is only done under the guidance of a professional.',
  'reason.retro.supervised.assessment':
    'Until a physiotherapist has seen you, retro-walking is only done with someone who supervises.',
  'reason.retro.supervised.dizziness':
    'You were dizzy before, so even now it is cleared you only walk backwards with someone who supervises.',
  'reason.retro.not-until-cleared':
    'You get dizzy at times. Walking backwards then raises the risk of falling, so it waits until a doctor or physiotherapist says it is safe. Record that clearance here to add it.',
  'reason.retro.cleared': 'Your {who} said on {date} that retro-walking is safe for you.',
  'reason.retro.clearance-too-old':
    'The clearance you recorded is from {date}, before this episode. Retro-walking waits until a doctor or physiotherapist says again that it is safe; record that new date.',
  'reason.retro.fitted':
    'Walking backwards is {minutes} minutes this week, so that the whole day stays within {ceiling} minutes and forward walking stays the bigger part.',
  'reason.retro.waiting-for-room':
    'Walking backwards waits until your daily walking has grown a little: a day must have room for it and for at least as much ordinary walking.',
  'reason.retro.treadmill':
    'Walk backwards on your treadmill: start at {speed} km/h, hold the handrails and clip on the safety key. The speed goes up slowly to about {max} km/h.',
  'reason.retro.rail-or-path':
    'Walk backwards along a railing or on a quiet, flat path, where you can hold on and nothing is in your way.',
  'reason.retro.find-safe-place':
    'You have no treadmill or railing at hand. Choose a quiet, flat path or a long hallway with a wall to touch, and look over your shoulder often.',
  'reason.retro.companion': 'Ask the person who walks with you to stay beside you as a spotter.',
  'reason.retro.forward-stays':
    'Retro-walking adds to your fitness, but it does not replace ordinary walking, so forward walking stays in your plan.',
  'reason.combined-load':
    "On retro-walking days part of the day's walking time is walking backwards, so the forward walks are shorter that day. Forward walking always stays the bigger part, and the walk just before walking backwards is your warm-up.",
  // Weekly decisions (PMM, KNGF C.2.1, NPRS, SPIKE)
  'reason.decision.progress.forward': 'Forward walking goes from {from} to {to} minutes a day.',
  'reason.decision.progress.retro': 'Retro-walking goes from {from} to {to} minutes a session.',
  'reason.decision.progress.speed': 'The treadmill speed goes from {from} to {to} km/h.',
  'reason.decision.well-tolerated':
    'Last week went well: you did most of the walks, the pain during walking stayed at {limit} out of 10 or lower, and on the mornings you recorded it was back to your usual level.',
  'reason.decision.progress.half-step':
    'Last week you did most of the walks and the pain during walking stayed at {limit} out of 10 or lower. You did not record the pain on the mornings after, so the plan grows by only half the usual step. Record the morning score, so the plan can grow as usual.',
  'reason.decision.over-doing':
    'On {date} you walked {walked} minutes where {planned} were planned that day. Doing too much too soon is the most common mistake: it can set you back later. Keep to the plan; it grows by its usual small step, not faster.',
  'reason.decision.over-doing.walk':
    'On {date} you walked {walked} minutes in one go, where the longest walk planned that day was {planned} minutes. Long walks without a break are a common mistake: keep to the shorter walks of the plan; it grows by its usual small step, not faster.',
  'reason.decision.hold.paused': 'The plan is paused, so it stays as it was until it goes on.',
  'reason.decision.return-after-gap':
    'You recorded no walks for {days} days. After a break the plan starts again lower, at {minutes} minutes a day, and builds up from there.',
  'reason.decision.moved-to-walked':
    'Twice in a row you walked less than the plan asked (last week {percent}%). The plan now starts from what you did walk, {minutes} minutes a day, and builds up from there.',
  'reason.decision.moved-to-start':
    'Twice in a row you walked less than the plan asked (last week {percent}%). The plan goes back to its starting amount, {minutes} minutes a day. If even that is too much, a physiotherapist can help you find where to begin.',
  'reason.decision.start-too-much':
    'Twice in a row you walked less than the starting amount of {minutes} minutes a day (last week {percent}%). The plan does not go lower than its start. Please ask a physiotherapist to help you find where to begin.',
  'reason.decision.target-reached':
    'You have reached {target} minutes a day. Keep this up; walking every day is what helps in the long run.',
  'reason.decision.retro-target-reached': 'Retro-walking has reached its goal of {target} minutes a session.',
  'reason.decision.hold.pain-during':
    'Last week the pain during walking went up to {pain} out of 10. We aim for {limit} or lower, so this week stays the same.',
  'reason.decision.hold.minutes':
    'Last week you walked {percent}% of the planned minutes. The plan stays the same until you manage about 80%.',
  'reason.decision.hold.no-logs':
    'No walks were recorded last week, so the plan stays the same. Record your walks so the plan can grow with you.',
  'reason.decision.hold.fall': 'You fell or nearly fell last week, so the plan does not go up this week.',
  'reason.decision.retro-waiting':
    'Retro-walking waits until a doctor or physiotherapist says it is safe; until then this part of your plan stays the same.',
  'reason.decision.hold.dizziness':
    'You were dizzy during a walk last week, so the plan does not go up this week. If the dizziness comes back, call your GP.',
  'reason.decision.regress.morning-pain':
    'The next morning your pain was {pain} out of 10, while it usually is {baseline}. That is a real increase, so we take a step back.',
  'reason.decision.regress.to-earlier':
    'You go back to {minutes} minutes a day, the amount that went well before. Short walks are better than none.',
  'reason.decision.regress.reduced':
    'You go back to {minutes} minutes a day, about three quarters of what you did. Short walks are better than none.',
  'reason.decision.regress.retro': 'Retro-walking goes back to {minutes} minutes a session.',
  'reason.decision.regress.shorter-blocks':
    'Your walks are split into shorter pieces for now, so your body can rest in between.',
  'reason.decision.stop-retro.dizziness':
    'You were dizzy while walking on {date}. Stop retro-walking and ask your GP or physiotherapist about it before you start again.',
  'reason.decision.stop-retro.fall':
    'You fell or nearly fell on {date}. Stop retro-walking and let a physiotherapist look at it before you start again.',
  'reason.decision.pause':
    'You reported new signs on {signs}. The plan is paused from {date}: follow the advice that comes with these signs first.',
  'reason.decision.resumed':
    'Your GP said on {date} that walking is fine, so the plan goes on from that day, starting again at {minutes} minutes a day.',
  'reason.decision.projection':
    'This week is a look ahead: it assumes the weeks before it go well. Your records will adjust it.',
  'reason.plan-ended':
    'Your plan of {weeks} weeks ended on {date}. Fill in the intake again for a new plan that starts from where you are now.',
  'reason.plan-renew':
    'Your plan has ended. Fill in the intake again for a new plan that starts from where you are now.',
  'reason.spike-cap':
    'No single walk may be more than 10% longer than your longest walk of the past 30 days, so some walks this week are split into shorter ones or kept a little shorter.',
  // Evidence notes
  'reason.note.retro-trials':
    'In studies, people walked backwards 10 to 15 minutes, 3 to 4 times a week. It costs more effort than walking forwards at the same speed.',
  'reason.note.ten-percent':
    'The limit of 10% more a week is a careful rule of thumb. It has not been proven to prevent injuries, but it keeps the build-up steady.',
  'reason.note.fall-prevention':
    'Walking backwards trains balance, but studies have not shown that practising it prevents falls in older adults.',
  'reason.note.plantar-fasciitis':
    'For heel pain (plantar fasciitis), retro-walking has been tried in only one small study. See how your foot responds.',
  'reason.note.stroke-ms':
    'The good results after a stroke or with MS come from practice under professional guidance, not from walking backwards alone.',
  'reason.note.knee-oa':
    'For knee osteoarthritis, studies found less pain with about 10 to 15 minutes of retro-walking, a few times a week.',
  'reason.note.breathing':
    'Breathing to your steps has not been studied for back pain. Use it if it helps you relax.',
  'reason.note.walkback':
    'In a large study, people who built up to about 30 minutes of walking, 5 days a week, over several months had fewer new episodes of back pain.',
  'reason.note.cadence':
    'Walk at a pace that feels comfortable. About 100 steps a minute or more counts as moderate exercise, but for your back a faster pace is not needed.',
  'reason.note.no-bed-rest': 'Staying in bed does not help back pain. Keep moving gently, even on a bad day.',
  // A clinician's prescription (docs/clinical-rules.md §6): the person reads who decided, and why
  'change.start': 'your starting amount is at most {minutes} minutes a day',
  'change.step': 'the plan grows by at most {minutes} minutes a day each week',
  'change.no-step': 'the plan does not grow for now',
  'change.target': 'you walk at most {minutes} minutes a day',
  'change.retro-off': 'no walking backwards for now',
  'change.retro-on': 'walking backwards may be in your plan again',
  'change.retro-session': 'a session of walking backwards lasts at most {minutes} minutes',
  'change.retro-growth': 'walking backwards grows by at most {percent}% a week',
  'change.treadmill': 'the treadmill goes no faster than {speed} km/h',
  'change.pause': 'a pause from {from}',
  'change.pause-until': 'a pause from {from} up to and including {until}',
  'change.no-pause': 'the pause is over',
  'reason.clinician.change':
    'Your physiotherapist {name} changed your plan from {date}: {changes}. The reason: "{reason}"',
  'reason.clinician.limit.start':
    'The usual limit still holds for the start: at most {minutes} minutes a day for you.',
  'reason.clinician.limit.step':
    'The usual limit still holds: the plan grows by at most {minutes} minutes a day each week.',
  'reason.clinician.limit.target': 'The usual limit still holds: at most {minutes} minutes of walking a day.',
  'reason.clinician.limit.retro-session':
    'The usual limit still holds: a session of walking backwards grows to at most {minutes} minutes.',
  'reason.clinician.limit.retro-growth':
    'The usual limit still holds: walking backwards grows by at most {percent}% a week.',
  'reason.clinician.limit.treadmill':
    'The usual limit still holds: the treadmill goes no faster than {speed} km/h for you.',
  'reason.clinician.pause':
    'Your physiotherapist {name} paused your plan from {from}. The reason: "{reason}"',
  'reason.clinician.pause-until':
    'Your physiotherapist {name} paused your plan from {from} up to and including {until}. The reason: "{reason}"',
  'reason.clinician.hold.paused':
    'Your physiotherapist {name} paused your plan, so it stays as it was until the pause is over.',
  'reason.clinician.pause-ended':
    'The pause your physiotherapist {name} set is over. The plan goes on from {date}, starting again at {minutes} minutes a day.',
  'reason.clinician.gp-clearance':
    'Your physiotherapist {name} recorded that your GP checked you on {date} and said you can walk. The note: "{reason}"',
  'reason.clinician.gp-clearance-refused':
    'Your physiotherapist {name} recorded a check by your GP on {date}. That check was before the signs it should cover, so it does not count for them: your GP needs to look again.',
  'reason.clinician.retro-cleared':
    'Your physiotherapist {name} said on {date} that walking backwards is safe for you again. The note: "{reason}"',
  'reason.clinician.supervision-lifted':
    'Your physiotherapist {name} saw you on {date} and decided that nobody needs to supervise your walking backwards any more. The note: "{reason}"',
  'reason.clinician.emergency-cleared':
    'Your physiotherapist {name} recorded on {date} that you have had care for the sign you reported on {signs}. The note: "{reason}"',
  'reason.clinician.resumed':
    'After the clearance your physiotherapist {name} recorded, the plan goes on from {date}, starting again at {minutes} minutes a day.',
} as const;
