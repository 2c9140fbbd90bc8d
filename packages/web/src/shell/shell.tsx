/**
 * Around every screen: a compact header, the screen, and for the person's own pages a tab bar at the
 * bottom. A guided walk gets the whole screen, nothing else. A new screen opens at the top, and focus
 * moves to it without scrolling (a screen reader announces it, the heading stays in view).
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { accountOf, useApp } from '../app-context.js';
import { inClinicianArea, PATHS, TABS } from '../paths.js';
import { LanguageSwitch } from '../screens/language-switch.js';
import { SafetyBanner } from './safety-banner.js';
import { TabBar } from './tab-bar.js';

export function Shell(props: { children: ReactNode }) {
  const { t, session, locale, setLocale } = useApp();
  const [location] = useLocation();
  const main = useRef<HTMLElement>(null);
  const shown = useRef<string | undefined>(undefined);
  const signedIn = accountOf(session) !== undefined;
  const fullScreen = location.startsWith('/walk/');
  // The clinicians' area has a header and navigation of its own (clinician/layout.tsx).
  const ownFrame = fullScreen || inClinicianArea(location);
  // The outcome too: after the questions, the person's own pages are a tap away.
  const tabs = signedIn && ((TABS as readonly string[]).includes(location) || location === PATHS.outcome);

  // Layout effect: before the first paint of the new screen, so it never shows scrolled down.
  useLayoutEffect(() => {
    const first = shown.current === undefined;
    shown.current = location;
    if (first) return;
    window.scrollTo(0, 0);
    // A screen that put focus somewhere itself (a form's first field, a heading) keeps it.
    if (!main.current?.contains(document.activeElement)) main.current?.focus({ preventScroll: true });
  }, [location]);

  return (
    <>
      {!fullScreen && (
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
      )}
      {!ownFrame && (
        <header className="app-header">
          <Link href={PATHS.home} className="app-name">
            {t('app.name')}
          </Link>
          {/* Signed in, the language is in the settings, a tap away here; before that, and in the
              questions (a first visit may want English halfway), the language buttons are here. */}
          {!tabs && signedIn && (
            <Link href={PATHS.settings} className="header-link">
              {t('tab.settings')}
            </Link>
          )}
          {!tabs && (!signedIn || location.startsWith(PATHS.intake)) && (
            <LanguageSwitch locale={locale} t={t} onChange={setLocale} />
          )}
        </header>
      )}
      <main
        id="main"
        ref={main}
        tabIndex={-1}
        className={fullScreen ? 'full-screen' : ownFrame ? 'clinician-area' : tabs ? 'with-tabs' : undefined}
      >
        {signedIn && !ownFrame && <SafetyBanner />}
        {props.children}
      </main>
      {tabs && <TabBar location={location} />}
    </>
  );
}
