/**
 * `/walk/:index`: the guided walk for one of today's walks, on the whole screen. When it ends (done or
 * stopped) the log takes its place in the history, so Back from the log goes to today, not into a
 * finished walk.
 */
import { Redirect, useLocation } from 'wouter';
import { useApp } from '../app-context.js';
import { useToday } from '../data/hooks.js';
import { logPath, PATHS } from '../paths.js';
import { GuidedWalk } from '../walk/guided-walk.js';
import { LoadFailed } from './load-failed.js';

export function WalkRoute(props: { index: number }) {
  const { t, locale } = useApp();
  const [, navigate] = useLocation();
  const today = useToday();
  if (today.status === 'loading') return null;
  if (today.status === 'failed') return <LoadFailed error={today.error} retry={today.reload} />;
  const session = today.data.today.sessions[props.index];
  // An old bookmark or another day's address: today's walks are where to choose one.
  if (session === undefined) return <Redirect to={PATHS.today} replace />;
  return (
    <GuidedWalk
      session={session}
      locale={locale}
      t={t}
      onCancel={() => {
        navigate(PATHS.today, { replace: true });
      }}
      onDone={(result) => {
        navigate(logPath(props.index, { walked: result.minutes, stopped: result.stopped }), {
          replace: true,
        });
      }}
    />
  );
}
