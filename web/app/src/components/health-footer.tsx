// A footer line telling whether the database and Temporal answer and a worker runs, so "nothing happens" has an
// explanation: with no worker, pages answer but reminders, escalations and emails wait until one runs again.
import type { Health } from '../api/api-types';
import { fugongApi } from '../api/fugong-api';
import { useApiData } from '../hooks/use-api-data';
import { queryKeys } from '../api/query-keys';
import { useI18n } from '../i18n/use-i18n';

type HealthState = 'ok' | 'noWorker' | 'degraded' | 'unknown';

/** What the footer says of /healthz's answer: all well, only the workers missing, something else down, or no answer. */
export function healthState(health: Health | null | undefined): HealthState {
  if (health?.status === 'ok') return 'ok';
  if (health?.db.ok && health.temporal.ok && health.workers?.ok === false) return 'noWorker';
  return health?.status === 'degraded' ? 'degraded' : 'unknown';
}

/** The page footer with the system status from /healthz. */
export function HealthFooter() {
  const { t } = useI18n();
  const { data, loading } = useApiData((signal) => fugongApi.health(signal), [], queryKeys.health);
  const state = loading ? null : healthState(data);
  return (
    <footer className="app-footer">
      {state && (
        <p>
          <span className={`health-dot health-dot--${state === 'noWorker' ? 'degraded' : state}`} aria-hidden="true" />
          {t('health.line', { state: t(`health.${state}`) })}
        </p>
      )}
    </footer>
  );
}
