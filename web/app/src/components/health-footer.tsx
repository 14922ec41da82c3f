// A footer line telling whether the database and Temporal answer and a worker runs, so "nothing happens" has an
// explanation: with no worker, pages answer but reminders, escalations and emails wait until one runs again. It was read
// once when the page opened, so a page opened while the worker started said "paused" beside cases that moved on.
import { useQuery } from '@tanstack/react-query';
import type { Health } from '../api/api-types';
import { fugongApi } from '../api/fugong-api';
import { queryKeys } from '../api/query-keys';
import { useI18n } from '../i18n/use-i18n';

type HealthState = 'ok' | 'noWorker' | 'degraded' | 'unknown';

/** What the footer says of /healthz's answer: all well, only the workers missing, something else down, or no answer. */
export function healthState(health: Health | null | undefined): HealthState {
  if (health?.status === 'ok') return 'ok';
  if (health?.db.ok && health.temporal.ok && health.workers?.ok === false) return 'noWorker';
  return health?.status === 'degraded' ? 'degraded' : 'unknown';
}

/** How soon the footer asks /healthz again: soon while something is missing (a worker that was starting when the page
 * opened polls seconds later, and the line must not keep saying "paused" while cases move), seldom while all is well. */
export function nextHealthRead(state: HealthState): number {
  return state === 'ok' ? 60_000 : 5_000;
}

/** The page footer with the system status from /healthz, read again while the page stays open. */
export function HealthFooter() {
  const { t } = useI18n();
  const { data, isPending } = useQuery({
    queryKey: queryKeys.health,
    queryFn: ({ signal }) => fugongApi.health(signal),
    refetchInterval: (query) => nextHealthRead(healthState(query.state.data)),
  });
  // A read again keeps the line it replaces on screen until its answer arrives.
  const state = isPending ? null : healthState(data);
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
