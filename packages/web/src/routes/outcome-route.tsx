/** `/outcome`: what the safety check found, from the plan as it stands now. */
import { Redirect, useLocation } from 'wouter';
import { accountOf, useApp } from '../app-context.js';
import { KEYS, usePlan } from '../data/hooks.js';
import { loadDraft } from '../intake/draft.js';
import { browserStorage } from '../locale.js';
import { PATHS } from '../paths.js';
import { TriageOutcome } from '../screens/triage-outcome.js';
import { localToday } from '../today.js';
import { LoadFailed } from './load-failed.js';

export function OutcomeRoute() {
  const { t, api, queries, session } = useApp();
  const [, navigate] = useLocation();
  const plan = usePlan();
  if (plan.status === 'loading') return null;
  if (plan.status === 'failed') return <LoadFailed error={plan.error} retry={plan.reload} />;
  if (plan.data === undefined) return <Redirect to={PATHS.intake} replace />;
  const today = localToday();
  // Answers kept on this device that are not all sent yet (the safety step went ahead of the rest).
  const unfinished = loadDraft(browserStorage(), today, accountOf(session)?.id ?? '') !== undefined;
  return (
    <TriageOutcome
      output={plan.data}
      t={t}
      api={api}
      today={today}
      onPlan={() => {
        navigate(PATHS.plan);
      }}
      onRedoIntake={() => {
        navigate(PATHS.intake);
      }}
      onChanged={(output) => {
        // A clearance noted: the new outcome, and today's walks asked again.
        queries.invalidate();
        queries.set(KEYS.plan, output);
      }}
      onFinishIntake={
        unfinished
          ? () => {
              navigate(PATHS.intake);
            }
          : undefined
      }
    />
  );
}
