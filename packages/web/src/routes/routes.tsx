/**
 * The screens by address. Screens for a signed-in person wait until it is known who is signed in, and
 * send anyone else to the welcome.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { accountOf, useApp } from '../app-context.js';
import { PATHS } from '../paths.js';
import { SOURCES_PATH } from '../source-address.js';
import { HomeRoute } from './home-route.js';
import { NotFound } from './not-found.js';
import { TodayRoute } from './today-route.js';
import { loadLogRoute, loadWalkRoute } from './walk-parts.js';

// The first load carries what the first paint needs: the welcome and today (the screen a signed-in
// person opens the app on). Every other screen is its own part, loaded when its address is opened
// (from the service worker's precache once it is installed), so the first load stays small
// (CONTEXT.md, "Speed").
const AccountRoute = lazy(() => import('./account-route.js').then((m) => ({ default: m.AccountRoute })));
const LinkRoute = lazy(() => import('./care-routes.js').then((m) => ({ default: m.LinkRoute })));
const ConsentRoute = lazy(() => import('./care-routes.js').then((m) => ({ default: m.ConsentRoute })));
const CareTeamRoute = lazy(() => import('./care-routes.js').then((m) => ({ default: m.CareTeamRoute })));
const AccessLogRoute = lazy(() => import('./care-routes.js').then((m) => ({ default: m.AccessLogRoute })));
const CheckInRoute = lazy(() => import('./check-in-route.js').then((m) => ({ default: m.CheckInRoute })));
const ForgotPasswordRoute = lazy(() =>
  import('./mail-routes.js').then((m) => ({ default: m.ForgotPasswordRoute })),
);
const ResetPasswordRoute = lazy(() =>
  import('./mail-routes.js').then((m) => ({ default: m.ResetPasswordRoute })),
);
const CheckEmailRoute = lazy(() => import('./mail-routes.js').then((m) => ({ default: m.CheckEmailRoute })));
const ConfirmEmailRoute = lazy(() =>
  import('./mail-routes.js').then((m) => ({ default: m.ConfirmEmailRoute })),
);
const IntakeRoute = lazy(() => import('./intake-route.js').then((m) => ({ default: m.IntakeRoute })));
const LogRoute = lazy(() => loadLogRoute().then((m) => ({ default: m.LogRoute })));
const OutcomeRoute = lazy(() => import('./outcome-route.js').then((m) => ({ default: m.OutcomeRoute })));
const PlanRoute = lazy(() => import('./plan-route.js').then((m) => ({ default: m.PlanRoute })));
const SettingsRoute = lazy(() => import('./settings-route.js').then((m) => ({ default: m.SettingsRoute })));
const WalkRoute = lazy(() => loadWalkRoute().then((m) => ({ default: m.WalkRoute })));

// The charts library is loaded only when progress is opened, to keep the first load small.
const ProgressRoute = lazy(() =>
  import('./progress-route.js').then((module) => ({ default: module.ProgressRoute })),
);

// What each source says: read rarely, so loaded only when a source link is followed.
const SourcesRoute = lazy(() =>
  import('./sources-route.js').then((module) => ({ default: module.SourcesRoute })),
);

// The clinicians' screens: one part loaded on demand, with its own words, so a patient's phone never
// loads them.
const ClinicianArea = lazy(() =>
  import('../clinician/clinician-area.js').then((module) => ({ default: module.ClinicianArea })),
);

function SignedInOnly(props: { children: ReactNode }) {
  const { session } = useApp();
  if (session.status === 'checking') return null;
  if (accountOf(session) === undefined) return <Redirect to={PATHS.home} replace />;
  return <>{props.children}</>;
}

export function Routes() {
  return (
    <Suspense fallback={null}>
      <Switch>
        <Route path={PATHS.home}>
          <HomeRoute />
        </Route>
        <Route path={PATHS.signUp}>
          <AccountRoute mode="sign-up" />
        </Route>
        <Route path={PATHS.signIn}>
          <AccountRoute mode="sign-in" />
        </Route>
        <Route path={PATHS.forgotPassword}>
          <ForgotPasswordRoute />
        </Route>
        <Route path={PATHS.resetPassword}>
          <ResetPasswordRoute />
        </Route>
        <Route path={PATHS.checkEmail}>
          <CheckEmailRoute />
        </Route>
        <Route path={PATHS.confirmEmail}>
          <ConfirmEmailRoute />
        </Route>
        <Route path={`${PATHS.intake}/:step?`}>
          {(params) => (
            <SignedInOnly>
              <IntakeRoute step={params.step} />
            </SignedInOnly>
          )}
        </Route>
        <Route path={PATHS.outcome}>
          <SignedInOnly>
            <OutcomeRoute />
          </SignedInOnly>
        </Route>
        <Route path={PATHS.today}>
          <SignedInOnly>
            <TodayRoute />
          </SignedInOnly>
        </Route>
        <Route path="/walk/:index">
          {(params) => (
            <SignedInOnly>
              <WalkRoute index={Number(params.index)} />
            </SignedInOnly>
          )}
        </Route>
        <Route path="/log/:index">
          {(params) => (
            <SignedInOnly>
              <LogRoute index={Number(params.index)} />
            </SignedInOnly>
          )}
        </Route>
        <Route path={PATHS.plan}>
          <SignedInOnly>
            <PlanRoute />
          </SignedInOnly>
        </Route>
        <Route path={PATHS.progress}>
          <SignedInOnly>
            <Suspense fallback={null}>
              <ProgressRoute />
            </Suspense>
          </SignedInOnly>
        </Route>
        <Route path={PATHS.settings}>
          <SignedInOnly>
            <SettingsRoute />
          </SignedInOnly>
        </Route>
        <Route path={/^\/(clinician(\/.*)?|join-practice)$/}>
          <Suspense fallback={null}>
            <ClinicianArea />
          </Suspense>
        </Route>
        {/* Signed out, the link's screen asks to sign in first and keeps the code. */}
        <Route path={PATHS.link}>
          <LinkRoute />
        </Route>
        <Route path={PATHS.linkConsent}>
          <SignedInOnly>
            <ConsentRoute />
          </SignedInOnly>
        </Route>
        <Route path={PATHS.careTeam}>
          <SignedInOnly>
            <CareTeamRoute />
          </SignedInOnly>
        </Route>
        <Route path={PATHS.accessLog}>
          <SignedInOnly>
            <AccessLogRoute />
          </SignedInOnly>
        </Route>
        <Route path={PATHS.checkIn}>
          <SignedInOnly>
            <CheckInRoute />
          </SignedInOnly>
        </Route>
        <Route path={SOURCES_PATH}>
          <Suspense fallback={null}>
            <SourcesRoute />
          </Suspense>
        </Route>
        <Route>
          <NotFound />
        </Route>
      </Switch>
    </Suspense>
  );
}
