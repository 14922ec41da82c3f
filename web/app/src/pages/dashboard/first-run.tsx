// What a fresh install's dashboard says instead of a wall of zeros: which figures will appear, and what puts data
// there. An administrator gets the links to start; everyone else is told who does.
import type { User } from '../../api/api-types';
import { useI18n } from '../../i18n/use-i18n';
import type { MessageKey } from '../../i18n/zh-cn-messages';
import { routeHref } from '../../routing/route-href';

const WILL_APPEAR: MessageKey[] = [
  'dashboard.firstRun.enterprises',
  'dashboard.firstRun.dailyReports',
  'dashboard.firstRun.difficulties',
  'dashboard.firstRun.gate',
  'dashboard.firstRun.visits',
  'dashboard.firstRun.processes',
];

/** The first-run panel. */
export function FirstRun({ user }: { user: User }) {
  const { t } = useI18n();
  return (
    <section className="first-run" aria-labelledby="dashboard-first-run">
      <h2 id="dashboard-first-run">{t('dashboard.firstRun.title')}</h2>
      <p>{t('dashboard.firstRun.intro')}</p>
      <ul>
        {WILL_APPEAR.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      {user.role === 'admin' ? (
        <p>
          {t('dashboard.firstRun.adminStart')} <a href={routeHref({ name: 'import' })}>{t('nav.import')}</a> ·{' '}
          <a href={routeHref({ name: 'enterprises' })}>{t('nav.enterprises')}</a> ·{' '}
          <a href={routeHref({ name: 'users' })}>{t('nav.users')}</a>
        </p>
      ) : (
        <p>{t('dashboard.firstRun.othersStart')}</p>
      )}
    </section>
  );
}
