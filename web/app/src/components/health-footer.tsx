// A footer line telling whether the database and Temporal answer, so "nothing happens" has an explanation.
import { fugongApi } from '../api/fugong-api';
import { useApiData } from '../hooks/use-api-data';
import { queryKeys } from '../api/query-keys';
import { useI18n } from '../i18n/use-i18n';

/** The page footer with the system status from /healthz. */
export function HealthFooter() {
  const { t } = useI18n();
  const { data, loading } = useApiData((signal) => fugongApi.health(signal), [], queryKeys.health);
  const state = loading ? null : data?.status === 'ok' ? 'ok' : data?.status === 'degraded' ? 'degraded' : 'unknown';
  return (
    <footer className="app-footer">
      {state && (
        <p>
          <span className={`health-dot health-dot--${state}`} aria-hidden="true" />
          {t('health.line', { state: t(`health.${state}`) })}
        </p>
      )}
    </footer>
  );
}
