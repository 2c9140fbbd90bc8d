/**
 * What the safety check said stays in view on every screen until it no longer applies: after signs of
 * an emergency, a large button to call 112 and what to do when it is not an emergency; after "see your
 * GP first", a reminder with the way to note the GP's answer. It goes once a new intake (after care)
 * or a clearance gives another outcome.
 */
import { Link, useLocation } from 'wouter';
import { useApp } from '../app-context.js';
import { useToday } from '../data/hooks.js';
import { PATHS } from '../paths.js';
import { CallButtons } from './call-buttons.js';

export function SafetyBanner() {
  const { t } = useApp();
  const [location] = useLocation();
  const today = useToday();
  // The outcome screen says it all itself; the questions are how it is answered anew.
  if (today.status !== 'done' || location === PATHS.outcome || location.startsWith(PATHS.intake)) return null;
  const { triage, week } = today.data.today;
  // Before the intake there is no safety check yet: nothing to warn about.
  if (triage === null) return null;
  if (triage.level === 'emergency') {
    return (
      <aside className="safety-banner emergency-banner" aria-label={t('banner.emergency.title')}>
        <p className="banner-title">{t('banner.emergency.title')}</p>
        <CallButtons t={t} />
        <p>
          <Link href={PATHS.outcome}>{t('banner.why')}</Link>
        </p>
      </aside>
    );
  }
  if (triage.level === 'gp-soon' && week === null) {
    return (
      <aside className="safety-banner" aria-label={t('banner.gp.title')}>
        <p className="banner-title">{t('banner.gp.title')}</p>
        <p>
          <Link href={PATHS.outcome}>{t('banner.gp.note')}</Link>
        </p>
      </aside>
    );
  }
  return null;
}
