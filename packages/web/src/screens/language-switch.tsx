import type { Locale } from '@wandelcoach/engine';
import { LOCALES, type Translate } from '../i18n/catalogue.js';

export function LanguageSwitch(props: { locale: Locale; t: Translate; onChange: (locale: Locale) => void }) {
  return (
    <nav aria-label={props.t('language.label')} className="language-switch">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === props.locale}
          onClick={() => {
            props.onChange(locale);
          }}
        >
          {props.t(`language.${locale}`)}
        </button>
      ))}
    </nav>
  );
}
