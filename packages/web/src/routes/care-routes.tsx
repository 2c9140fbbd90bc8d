/**
 * `/link`, `/link/consent`, `/care-team`, `/access-log`: the patient's side of the care team. The
 * code of a physiotherapist's link is read once from the fragment (`/link#code=…`, which no server
 * sees) and kept for this tab, so a person who signs in or makes an account first comes back to it.
 */
import { useEffect, useState } from 'react';
import { Redirect, useLocation } from 'wouter';
import type { CareLink } from '../api/client.js';
import { accountOf, useApp } from '../app-context.js';
import { AccessLogScreen } from '../care/access-log.js';
import { CareTeam } from '../care/care-team.js';
import { Consent } from '../care/consent.js';
import { CARE_KEYS, useAccessLog, useCareTeam } from '../care/hooks.js';
import { forgetLinkCode, keepLinkCode, keptLinkCode, tabStorage } from '../care/link-code.js';
import { LinkForm, LinkSignInFirst, type LinkAsked } from '../care/link-form.js';
import { KEYS } from '../data/hooks.js';
import { fragmentValue } from '../link-token.js';
import { PATHS } from '../paths.js';
import { LoadFailed } from './load-failed.js';

/** What a screen was opened with by the one before it (`navigate(…, { state })`); gone on a new visit. */
function historyState(): Record<string, unknown> | undefined {
  const state: unknown = typeof history === 'undefined' ? undefined : history.state;
  return typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : undefined;
}

function askedFromHistory(): LinkAsked | undefined {
  const asked = historyState()?.asked;
  if (typeof asked !== 'object' || asked === null) return undefined;
  const { code, birthYear, preview } = asked as Partial<LinkAsked>;
  if (typeof code !== 'string' || typeof birthYear !== 'number' || typeof preview !== 'object')
    return undefined;
  return { code, birthYear, preview };
}

export function LinkRoute() {
  const { t, api, session } = useApp();
  const [, navigate] = useLocation();
  // Read once: the fragment's code wins over one kept from an earlier visit.
  const [code] = useState(() =>
    typeof location === 'undefined'
      ? undefined
      : (fragmentValue(location.hash, 'code') ?? keptLinkCode(tabStorage())),
  );
  const signedOut = session.status === 'signed-out';
  // Kept while the person signs in or makes an account (home leads back here while it is kept);
  // once the form has it, it is forgotten, so home is home again.
  useEffect(() => {
    if (code === undefined) return;
    if (signedOut) keepLinkCode(tabStorage(), code);
    else if (session.status !== 'checking') forgetLinkCode(tabStorage());
  }, [code, signedOut, session.status]);

  if (session.status === 'checking') return null;
  if (accountOf(session) === undefined) return <LinkSignInFirst t={t} code={code} />;
  return (
    <LinkForm
      t={t}
      api={api}
      code={code}
      onPreview={(asked) => {
        navigate(PATHS.linkConsent, { state: { asked } });
      }}
    />
  );
}

export function ConsentRoute() {
  const { t, api, queries } = useApp();
  const [, navigate] = useLocation();
  const [asked] = useState(askedFromHistory);
  if (asked === undefined) return <Redirect to={PATHS.link} replace />;
  return (
    <Consent
      t={t}
      api={api}
      asked={asked}
      onLinked={(link) => {
        forgetLinkCode(tabStorage());
        queries.invalidate(CARE_KEYS.careTeam);
        // Back does not lead to the consent of an invite that is used up.
        navigate(PATHS.careTeam, { replace: true, state: { linked: link.practice.name } });
      }}
      onCancel={() => {
        forgetLinkCode(tabStorage());
        navigate(PATHS.settings, { replace: true });
      }}
    />
  );
}

export function CareTeamRoute() {
  const { t, locale, api, queries } = useApp();
  const team = useCareTeam();
  const [status, setStatus] = useState<string | undefined>(() => {
    const linked = historyState()?.linked;
    return typeof linked === 'string' ? t('care.consent.linked', { practice: linked }) : undefined;
  });
  if (team.status === 'loading') return null;
  if (team.status === 'failed') return <LoadFailed error={team.error} retry={team.reload} />;
  const changed = async (link: CareLink, key: 'care.team.agreed' | 'care.team.ended') => {
    // What a practice may do changed, and the plan may show its changes or not: ask again.
    for (const key of [KEYS.today, KEYS.plan, KEYS.progress]) queries.invalidate(key);
    await team.reload();
    setStatus(t(key, { practice: link.practice.name }));
  };
  return (
    <CareTeam
      t={t}
      locale={locale}
      links={team.data.links}
      ended={team.data.ended}
      status={status}
      onAgree={async (link, version) => {
        await api.agreeAgain(link.id, version);
        await changed(link, 'care.team.agreed');
      }}
      onEnd={async (link) => {
        await api.endLink(link.id);
        await changed(link, 'care.team.ended');
      }}
    />
  );
}

export function AccessLogRoute() {
  const { t, locale, api } = useApp();
  const page = useAccessLog();
  if (page.status === 'loading') return null;
  if (page.status === 'failed') return <LoadFailed error={page.error} retry={page.reload} />;
  return <AccessLogScreen t={t} locale={locale} api={api} first={page.data} />;
}
