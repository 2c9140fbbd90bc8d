/**
 * `/sources`: where the plan's advice comes from. Every source in plain words, with what it says that
 * the plan rests on. A reason's source links to its section (`/sources#SPIKE`), which then gets focus
 * and comes into view, so the person lands on what they asked about.
 */
import { SOURCES, sourceName, sourceSummary, type Source } from '@wandelcoach/engine';
import { useEffect, useState } from 'react';
import { useApp } from '../app-context.js';
import { sourceInHash } from '../source-address.js';

function hashNow(): Source | undefined {
  return typeof window === 'undefined' ? undefined : sourceInHash(window.location.hash);
}

export function SourcesRoute() {
  const { t, locale } = useApp();
  const [asked, setAsked] = useState<Source | undefined>(hashNow);

  useEffect(() => {
    // A hash typed or changed in the address bar while the screen is open.
    const follow = () => {
      setAsked(hashNow());
    };
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('hashchange', follow);
    };
  }, []);

  useEffect(() => {
    if (asked === undefined) return;
    // After the shell has put a new screen at the top (its layout effect runs first): then to the
    // section asked for, with focus, so a screen reader reads it and the keyboard goes on from there.
    const section = document.getElementById(asked);
    if (section === null) return;
    section.focus({ preventScroll: true });
    section.scrollIntoView({ block: 'start' });
  }, [asked]);

  return (
    <>
      <h1>{t('sources.title')}</h1>
      <p className="lead">{t('sources.intro')}</p>
      {SOURCES.map((source) => (
        <section
          key={source}
          id={source}
          tabIndex={-1}
          aria-labelledby={`${source}-name`}
          className={source === asked ? 'source-summary asked' : 'source-summary'}
        >
          <h2 id={`${source}-name`}>{sourceName(locale, source)}</h2>
          <p>{sourceSummary(locale, source)}</p>
        </section>
      ))}
    </>
  );
}
