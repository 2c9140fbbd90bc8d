/** An address the app does not know (an old bookmark, a typing error): say so, and the way home. */
import { Link } from 'wouter';
import { useApp } from '../app-context.js';
import { PATHS } from '../paths.js';

export function NotFound() {
  const { t } = useApp();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p className="lead">{t('notFound.text')}</p>
      <p>
        <Link href={PATHS.home} className="button-link">
          {t('notFound.home')}
        </Link>
      </p>
    </>
  );
}
