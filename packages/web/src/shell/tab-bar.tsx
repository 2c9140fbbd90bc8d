/** The person's four pages, always at the bottom within a thumb's reach: Today, Plan, Progress, Settings. */
import { Link } from 'wouter';
import { useApp } from '../app-context.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { PATHS } from '../paths.js';

const TABS: readonly { path: string; label: MessageKey; icon: string }[] = [
  // Simple outlines, drawn on a 24-unit grid: a sun, a calendar, a rising line, a gear-like dial.
  {
    path: PATHS.today,
    label: 'tab.today',
    icon: 'M12 4v2M12 18v2M4 12h2M18 12h2M6.3 6.3l1.4 1.4M16.3 16.3l1.4 1.4M6.3 17.7l1.4-1.4M16.3 7.7l1.4-1.4M12 8.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7',
  },
  { path: PATHS.plan, label: 'tab.plan', icon: 'M5 6h14v13H5zM5 10h14M9 4v4M15 4v4' },
  { path: PATHS.progress, label: 'tab.progress', icon: 'M4 19h16M6 15l4-4 3 3 5-6' },
  {
    path: PATHS.settings,
    label: 'tab.settings',
    icon: 'M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6M12 3v3M12 18v3M3 12h3M18 12h3',
  },
];

export function TabBar(props: { location: string }) {
  const { t } = useApp();
  return (
    <nav className="tab-bar" aria-label={t('nav.label')}>
      <ul>
        {TABS.map((tab) => (
          <li key={tab.path}>
            <Link href={tab.path} aria-current={props.location === tab.path ? 'page' : undefined}>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d={tab.icon} />
              </svg>
              <span>{t(tab.label)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
