// The gate officer's phone page (P5, seed 004): find or register the worker, walk the 8 steps, take the
// temperature, have the health commitment signed on the screen, and get the decision the rules make.
import { useEffect } from 'react';
import type { User } from '../../api/api-types';
import { gateApi } from '../../api/gate-api';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { useApiData } from '../../hooks/use-api-data';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { punctuation } from '../../i18n/punctuation';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { offlineZhCn } from '../../i18n/messages/offline-messages';
import { enableOffline } from '../../offline/enable-offline';
import { gateQueue } from '../../offline/gate-queue';
import { queueKey } from '../../offline/queue-crypto';
import { useOfflineQueue } from '../../offline/use-offline-queue';
import { GateCheckForm } from './gate-check-form';
import { OfflineQueuePanel } from './offline-queue-panel';
import './gate.css';
import { gateZhCn } from '../../i18n/messages/gate-messages';

addZhCnMessages(offlineZhCn);
addZhCnMessages(gateZhCn);

/** The page lists the gate checks on the phone; the register lists them too, with its check-ins. */
const GATE_CHECKS = [gateQueue];

/** Route `#/gate`. */
export function GateCheckPage({ user }: { user: User }) {
  const { t, locale } = useI18n();
  const p = punctuation(locale);
  const { data, error, loading, reload } = useApiData((signal) => gateApi.setup(signal), [user.id], queryKeys.gateSetup);
  const queue = useOfflineQueue(user.id, GATE_CHECKS);
  // After this visit the page opens without signal: the worker caches it, and the queue's key is fetched now.
  useEffect(() => {
    void enableOffline();
    if (navigator.onLine) void queueKey(user.id);
  }, [user.id]);
  return (
    <div className="gate-page">
      <PageHeading>{t('gate.title')}</PageHeading>
      {data?.project ? (
        <p className="muted">{t('gate.site', { name: `${data.project.name}${p.open}${data.project.enterpriseName}${p.close}` })}</p>
      ) : (
        <p className="muted">{t('gate.intro')}</p>
      )}
      {loading && !data && <LoadingIndicator />}
      {error !== null && <ErrorNotice error={error} onRetry={reload} />}
      {data && !data.project && <p className="empty">{t('gate.noSite')}</p>}
      {data?.project && (
        <GateCheckForm
          key={data.project.id}
          setup={data.setup}
          userId={user.id}
          queued={queue.items}
          siteClearance={data.enterpriseClearance ?? null}
          asOf={data.asOf}
        />
      )}
      <OfflineQueuePanel queue={queue} asOf={data?.asOf ?? null} />
    </div>
  );
}
