/**
 * Before new questions after an emergency sign: has a doctor seen the person for it? Only "yes" goes
 * on to the questions (clinical rules §1: a new intake after care reopens a plan); "not yet" says to
 * get checked first, with the call buttons.
 */
import { useEffect, useRef, useState } from 'react';
import type { Translate } from '../i18n/catalogue.js';
import { CallButtons } from '../shell/call-buttons.js';

export function AfterCare(props: { t: Translate; onSeen: () => void; onNotYet: () => void }) {
  const { t } = props;
  const [notYet, setNotYet] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const advice = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  useEffect(() => {
    if (notYet) advice.current?.focus({ preventScroll: true });
  }, [notYet]);

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('afterCare.title')}
      </h1>
      <p className="lead">{t('afterCare.intro')}</p>
      {notYet ? (
        <>
          <p ref={advice} tabIndex={-1} className="notice">
            {t('afterCare.notYet')}
          </p>
          <CallButtons t={t} />
          <div className="actions">
            <button type="button" onClick={props.onNotYet}>
              {t('banner.why')}
            </button>
          </div>
        </>
      ) : (
        <div className="actions">
          <button type="button" className="primary" onClick={props.onSeen}>
            {t('afterCare.yes')}
          </button>
          <button
            type="button"
            onClick={() => {
              setNotYet(true);
            }}
          >
            {t('afterCare.no')}
          </button>
        </div>
      )}
    </>
  );
}
