/** `/progress`: loaded on demand with its charts library. */
import { useApp } from '../app-context.js';
import { ProgressScreen } from '../screens/progress.js';

export function ProgressRoute() {
  const { t, locale, api } = useApp();
  return <ProgressScreen t={t} locale={locale} api={api} />;
}
