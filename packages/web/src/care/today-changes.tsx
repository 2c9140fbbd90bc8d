/**
 * On today: the physiotherapist's change of this week. The plan is asked for only when the person has
 * a care team (a short answer), and after today's walks show, so today's first paint never waits on it.
 * The change's words (with the sources' names beside its reasons) load with it, not with the first load.
 */
import { lazy, Suspense } from 'react';
import { useLocation } from 'wouter';
import { useApp } from '../app-context.js';
import { usePlan } from '../data/hooks.js';
import { PATHS } from '../paths.js';
import { useCareTeam } from './hooks.js';

const ChangesThisWeek = lazy(() =>
  import('./plan-changes.js').then((module) => ({ default: module.ChangesThisWeek })),
);

export function TodayCareTeam(props: { week: number | null }) {
  const team = useCareTeam();
  if (props.week === null || team.status !== 'done' || team.data.links.length === 0) return null;
  return <PlanChangesToday week={props.week} />;
}

function PlanChangesToday(props: { week: number }) {
  const { t } = useApp();
  const [, navigate] = useLocation();
  const plan = usePlan();
  if (plan.status !== 'done' || plan.data === undefined) return null;
  return (
    <Suspense fallback={null}>
      <ChangesThisWeek
        decisions={plan.data.decisions}
        lang={plan.data.locale}
        week={props.week}
        t={t}
        onPlan={() => {
          navigate(PATHS.plan);
        }}
      />
    </Suspense>
  );
}
