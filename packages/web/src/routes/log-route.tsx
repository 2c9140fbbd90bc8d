/**
 * `/log/:index`: how one of today's walks went, on its own screen (after a guided walk it carries the
 * minutes measured, and whether the stop button ended it). Saved, it says what was noted and what
 * happens next; new warning signs go straight to what the safety check now says.
 */
import { useLayoutEffect, useState } from 'react';
import { Redirect, useLocation, useSearch } from 'wouter';
import type { Walk } from '../api/client.js';
import { accountOf, useApp } from '../app-context.js';
import { KEYS, useIntake, useToday, walksChanged } from '../data/hooks.js';
import { PATHS, readLogFrom } from '../paths.js';
import { sendNow } from '../outbox/send-now.js';
import { LogForm } from '../today/log-form.js';
import { LogResult } from '../today/log-result.js';
import { LoadFailed } from './load-failed.js';

export function LogRoute(props: { index: number }) {
  const { t, locale, api, queries, outbox, session: signedIn } = useApp();
  const [, navigate] = useLocation();
  const from = readLogFrom(useSearch());
  const today = useToday();
  // The person's usual pain lets the result say whether this walk's pain holds the plan back.
  const intake = useIntake();
  const [saved, setSaved] = useState<{ walk: Walk; savedOnPhone: boolean }>();
  // The result replaces the form on the same address: it opens at its top too, not where Save was.
  useLayoutEffect(() => {
    if (saved !== undefined) window.scrollTo(0, 0);
  }, [saved]);
  if (today.status === 'loading') return null;
  if (today.status === 'failed') return <LoadFailed error={today.error} retry={today.reload} />;
  const { date, sessions, triage } = today.data.today;
  const usualPain = intake.status === 'done' ? intake.data?.painNow : undefined;
  const session = sessions[props.index];
  if (session === undefined) return <Redirect to={PATHS.today} replace />;
  const toToday = () => {
    navigate(PATHS.today, { replace: true });
  };

  if (saved !== undefined) {
    return (
      <LogResult
        t={t}
        locale={locale}
        walk={saved.walk}
        savedOnPhone={saved.savedOnPhone}
        plannedMinutes={session.minutes}
        stopped={from.stopped === true}
        usualPain={usualPain}
        onDone={toToday}
      />
    );
  }
  return (
    <LogForm
      t={t}
      locale={locale}
      save={async (request) => {
        const owner = accountOf(signedIn)?.id;
        if (owner === undefined) throw new Error('the log is for a signed-in person only');
        // On the phone first: from here on the walk is not lost, whatever the connection does.
        const queued = await outbox.logWalk(owner, request);
        const sent = await sendNow(
          outbox,
          owner,
          (record) => record.kind === 'log' && record.walk.id === queued.id,
        );
        const at = new Date().toISOString();
        return { walk: { ...queued, createdAt: at, updatedAt: at }, sent };
      }}
      date={date}
      kind={session.kind}
      plannedMinutes={session.minutes}
      {...(from.walked !== undefined && { walkedMinutes: from.walked })}
      stopped={from.stopped === true}
      recheckRedFlags={triage?.recheckRedFlags === true}
      onCancel={toToday}
      onSaved={(walk, savedOnPhone) => {
        walksChanged(queries);
        // New warning signs: the server's safety check, when it can be asked. Without a connection the
        // result below gives the same advice from the log itself (call 112, call the GP).
        if (walk.newSymptoms.length > 0 && !savedOnPhone) {
          // New warning signs: what the safety check says now comes before anything else.
          void queries
            .load(KEYS.plan, () => api.plan(), true)
            .then(
              () => {
                navigate(PATHS.outcome, { replace: true });
              },
              () => {
                navigate(PATHS.outcome, { replace: true });
              },
            );
          return;
        }
        setSaved({ walk, savedOnPhone });
      }}
    />
  );
}
