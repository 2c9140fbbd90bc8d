/**
 * On today: the physiotherapist's change of this week. The plan is asked for only when the person has
 * a care team (a short answer), and after today's walks show, so today's first paint never waits on it.
 */
import { useLocation } from 'wouter';
import { useApp } from '../app-context.js';
import { usePlan } from '../data/hooks.js';
import { PATHS } from '../paths.js';
import { useCareTeam } from './hooks.js';
import { ChangesThisWeek } from './plan-changes.js';

export function TodayCareTeam(props: { week: number | null }) {
  const team = useCareTeam();
  if (props.week === null || team.status !== 'done' || team.data.length === 0) return null;
  return <PlanChangesToday week={props.week} />;
}

function PlanChangesToday(props: { week: number }) {
  const { t } = useApp();
  const [, navigate] = useLocation();
  const plan = usePlan();
  if (plan.status !== 'done' || plan.data === undefined) return null;
  return (
    <ChangesThisWeek
      decisions={plan.data.decisions}
      lang={plan.data.locale}
      week={props.week}
      t={t}
      onPlan={() => {
        navigate(PATHS.plan);
      }}
    />
  );
}
