/** `/today`: today's walks, the next-morning question, and the ways into a walk and its log. */
import { useState } from 'react';
import { useLocation } from 'wouter';
import { useApp } from '../app-context.js';
import { useToday, useWalks, walksChanged } from '../data/hooks.js';
import { logPath, PATHS, walkPath } from '../paths.js';
import { awaitingMorningPain } from '../today/morning.js';
import { TodayScreen } from '../today/today-screen.js';
import { LoadFailed } from './load-failed.js';

export function TodayRoute() {
  const { t, api, locale, queries } = useApp();
  const [, navigate] = useLocation();
  const today = useToday(true);
  const walks = useWalks();
  const [status, setStatus] = useState<string>();
  if (today.status === 'loading') return null;
  if (today.status === 'failed') return <LoadFailed error={today.error} retry={today.reload} />;
  const { today: day, offline } = today.data;
  // Without a connection the walks cannot be asked: no morning question then, the cards still show.
  const morning = walks.status === 'done' ? awaitingMorningPain(walks.data, day.date) : [];
  return (
    <TodayScreen
      t={t}
      locale={locale}
      api={api}
      today={day}
      offline={offline}
      morning={morning}
      status={status}
      onMorningSaved={() => {
        setStatus(t('morning.saved'));
        walksChanged(queries);
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
