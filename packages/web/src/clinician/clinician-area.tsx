/**
 * The clinicians' area, loaded on demand for `/clinician/...` and `/join-practice`: it asks the server
 * who is signed in and as what, and shows the screen the address names once the session may see it
 * (the second factor first), in the area's own frame (`layout.tsx`).
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import type { SessionAnswer } from '../api/client.js';
import { useApp } from '../app-context.js';
import { PATHS } from '../paths.js';
import { NotFound } from '../routes/not-found.js';
import { clinicianApi, type Practice } from './api.js';
import { ClinicianContext, headerPractice, type ClinicianState } from './clinician-context.js';
import { clinicianTranslator, type ClinicianTranslate } from './i18n/index.js';
import { InviteRoute, InviteShownRoute } from './invite/invite-routes.js';
import { JoinPracticeRoute } from './join/join-practice-route.js';
import { ClinicianLayout } from './layout.js';
import { CLINICIAN_PATHS } from './paths.js';
import { PatientRoutes } from './patients/routes.js';
import { PracticeRoute } from './practice/practice-route.js';
import { ChoosePracticeRoute } from './sign-in/choose-practice-route.js';
import { CodeRoute } from './sign-in/code-route.js';
import { SetUpRoute } from './sign-in/set-up-route.js';
import { clinicianStart, mayShow, type Needs } from './standing.js';

type Loaded =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'done'; session: SessionAnswer | undefined; practices: Practice[] };

export function ClinicianArea() {
  const app = useApp();
  const [location] = useLocation();
  const t = useMemo(() => clinicianTranslator(app.locale), [app.locale]);
  const calls = useMemo(() => clinicianApi(app.api), [app.api]);
  if (location === PATHS.joinPractice) {
    return (
      <ClinicianLayout t={t} bare>
        <JoinPracticeRoute t={t} calls={calls} />
      </ClinicianLayout>
    );
  }
  if (app.session.status === 'checking') return null;
  if (app.session.status !== 'signed-in') return <Redirect to={PATHS.signIn} replace />;
  return <SignedInArea t={t} calls={calls} />;
}

function SignedInArea(props: { t: ClinicianTranslate; calls: ClinicianState['calls'] }) {
  const { api, signOut } = useApp();
  const { t, calls } = props;
  const [, navigate] = useLocation();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  const load = useCallback(async () => {
    const session = await api.session();
    const practices = session?.membership === undefined ? [] : await calls.practices();
    return { status: 'done' as const, session, practices };
  }, [api, calls]);

  useEffect(() => {
    let current = true;
    load().then(
      (done) => {
        if (current) setLoaded(done);
      },
      (error: unknown) => {
        if (current) setLoaded({ status: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [load]);

  const refresh = useCallback(async () => {
    const done = await load();
    setLoaded(done);
    if (done.session !== undefined) navigate(clinicianStart(done.session), { replace: true });
  }, [load, navigate]);

  const session = loaded.status === 'done' ? loaded.session : undefined;
  useEffect(() => {
    // The server ended the session (it ran out, or a password changed elsewhere): sign in again.
    if (loaded.status === 'done' && loaded.session === undefined) signOut(undefined, PATHS.signIn);
  }, [loaded, signOut]);

  if (loaded.status === 'loading') {
    return (
      <ClinicianLayout t={t} bare>
        <p role="status">{t('clinician.loading')}</p>
      </ClinicianLayout>
    );
  }
  if (loaded.status === 'failed') {
    return (
      <ClinicianLayout t={t} bare>
        <p role="alert" className="error">
          {t('clinician.loadFailed')}
        </p>
        <button
          type="button"
          onClick={() => {
            void refresh().catch((error: unknown) => {
              setLoaded({ status: 'failed', error });
            });
          }}
        >
          {t('clinician.retry')}
        </button>
      </ClinicianLayout>
    );
  }
  if (session === undefined) return null;
  // Someone in no practice: the patient's own pages.
  if (session.membership === undefined) return <Redirect to={PATHS.home} replace />;

  const state: ClinicianState = {
    t,
    calls,
    session,
    practices: loaded.practices,
    practice: headerPractice(session, loaded.practices),
    refresh,
  };
  const gate = (needs: Needs, screen: ReactNode, also = true) =>
    mayShow(session, needs) && also ? screen : <Redirect to={clinicianStart(session)} replace />;
  return (
    <ClinicianContext.Provider value={state}>
      <ClinicianLayout t={t}>
        <Switch>
          <Route path={CLINICIAN_PATHS.start}>
            <Redirect to={clinicianStart(session)} replace />
          </Route>
          <Route path={CLINICIAN_PATHS.setUp}>
            {gate('second-factor-step', <SetUpRoute />, session.secondFactor === 'setup-needed')}
          </Route>
          <Route path={CLINICIAN_PATHS.code}>
            {gate('second-factor-step', <CodeRoute />, session.secondFactor === 'required')}
          </Route>
          <Route path={CLINICIAN_PATHS.choosePractice}>
            {gate('second-factor-step', <ChoosePracticeRoute />, session.secondFactor === undefined)}
          </Route>
          {/* The list, a patient and their sections, a flag (patients/routes.tsx). */}
          <Route path={`${CLINICIAN_PATHS.patients}/*?`}>{gate('acting-clinician', <PatientRoutes />)}</Route>
          <Route path={CLINICIAN_PATHS.invite}>{gate('acting-clinician', <InviteRoute />)}</Route>
          <Route path={`${CLINICIAN_PATHS.invite}/:inviteId`}>
            {(params) => gate('acting-clinician', <InviteShownRoute inviteId={params.inviteId} />)}
          </Route>
          <Route path={CLINICIAN_PATHS.practice}>{gate('admin', <PracticeRoute />)}</Route>
          <Route>
            <NotFound />
          </Route>
        </Switch>
      </ClinicianLayout>
    </ClinicianContext.Provider>
  );
}
