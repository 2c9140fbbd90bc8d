/** `/today`: today's walks, the next-morning question, and the ways into a walk and its log. */
import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { accountOf, useApp } from '../app-context.js';
import { TodayCareTeam } from '../care/today-changes.js';
import { CheckInCard } from '../check-in/today-card.js';
import { useOutbox, useToday, useWalks } from '../data/hooks.js';
import { OutboxStatus } from '../outbox/outbox-status.js';
import { todayWithOutbox, walksWithOutbox } from '../outbox/pending.js';
import { sendNow } from '../outbox/send-now.js';
import { logPath, PATHS, walkPath } from '../paths.js';
import { awaitingMorningPain } from '../today/morning.js';
import { TodayScreen } from '../today/today-screen.js';
import { LoadFailed } from './load-failed.js';
import { warmWalkParts } from './walk-parts.js';

export function TodayRoute() {
  const { t, locale, outbox, session } = useApp();
  const [, navigate] = useLocation();
  const today = useToday(true);
  const walks = useWalks();
  // Waited for like today itself, so a walk saved on the phone never shows as "not done" for a moment.
  const kept = useOutbox();
  const [status, setStatus] = useState<string>();
  useEffect(warmWalkParts, []);
  if (today.status === 'loading' || kept.status === 'loading') return null;
  if (today.status === 'failed') return <LoadFailed error={today.error} retry={today.reload} />;
  const records = kept.status === 'done' ? kept.data.records : [];
  const { offline } = today.data;
  // What waits on this phone counts as done at once.
  const day = todayWithOutbox(today.data.today, records);
  // Without a connection the server's walks cannot be asked; the ones saved on this phone still can.
  const known = walks.status === 'done' ? walks.data : [];
  const morning = awaitingMorningPain(walksWithOutbox(known, records), day.date);
  const owner = accountOf(session)?.id;
  return (
    <TodayScreen
      t={t}
      locale={locale}
      today={day}
      offline={offline}
      morning={morning}
      notices={<OutboxStatus />}
      afterWalks={
        !offline && (
          <>
            <TodayCareTeam week={day.week} />
            {day.hasIntake && <CheckInCard />}
          </>
        )
      }
      status={status}
      onMorning={async (pain) => {
        if (owner === undefined) return;
        for (const walk of morning) await outbox.changeWalk(owner, walk, { painNextMorning: pain });
        const answered = new Set(morning.map((walk) => walk.id));
        const sent = await sendNow(
          outbox,
          owner,
          (record) => record.kind === 'change' && answered.has(record.walkId),
        );
        // A refusal shows in the outbox's notice, with what to do.
        setStatus(t(sent.state === 'kept' ? 'morning.savedOnPhone' : 'morning.saved'));
      }}
      onStart={(index) => {
        navigate(walkPath(index));
      }}
      onLog={(index) => {
        navigate(logPath(index));
      }}
      onPlan={() => {
        navigate(PATHS.plan);
      }}
      onRedoIntake={() => {
        navigate(PATHS.intake);
      }}
    />
  );
}
