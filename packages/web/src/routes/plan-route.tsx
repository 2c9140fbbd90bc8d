/** `/plan`: the twelve weeks at a glance, to read, print or add to a calendar. */
import { Redirect, useLocation } from 'wouter';
import { useApp } from '../app-context.js';
import { usePlan } from '../data/hooks.js';
import { PATHS } from '../paths.js';
import { OutboxStatus } from '../outbox/outbox-status.js';
import { PlanOverview } from '../screens/plan-overview.js';
import { LoadFailed } from './load-failed.js';

export function PlanRoute() {
  const { t, locale } = useApp();
  const [, navigate] = useLocation();
  const plan = usePlan();
  if (plan.status === 'loading') return null;
  if (plan.status === 'failed') return <LoadFailed error={plan.error} retry={plan.reload} />;
  if (plan.data === undefined) return <Redirect to={PATHS.intake} replace />;
  return (
    <PlanOverview
      output={plan.data}
      notices={<OutboxStatus />}
      locale={locale}
      t={t}
      onToday={() => {
        navigate(PATHS.today);
      }}
    />
  );
}
