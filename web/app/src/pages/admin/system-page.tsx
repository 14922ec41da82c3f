// The admin's system status: versions, the workflow engine connection, workers and backlog, the outbox and the last
// backup, read live; what needs attention (no worker, mail not configured, no backup stamp) says what to do.
// A lazily loaded chunk that other roles never download.
import type { ReactNode } from 'react';
import { systemApi, type SystemStatus } from '../../api/system-api';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import type { Locale } from '#core/domain/locale';
import { formatDate, formatDateTime } from '../../format/format-date-time';
import { useApiData } from '../../hooks/use-api-data';
import { queryKeys } from '../../api/query-keys';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { systemZhCn } from '../../i18n/messages/system-messages';
import { useI18n } from '../../i18n/use-i18n';

addZhCnMessages(systemZhCn);

type QueueState = NonNullable<SystemStatus['temporal']['workflowTasks']>;

/** One labelled value of a figure list. */
function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A configuration value or machine identifier, shown as written (not words of the interface). */
function Code({ children }: { children: ReactNode }) {
  return (
    <code className="break" data-user-data>
      {children}
    </code>
  );
}

/** The date part of a migration's name (`20261204-0021-…` → 2026-12-04). */
/** The day of the latest migration (its name starts with YYYYMMDD-) as people write it: 2026年12月6日 / 6 Dec 2026. */
export function migrationDate(name: string | null, locale: Locale): string | null {
  const m = name && /^(\d{4})(\d{2})(\d{2})-/.exec(name);
  return m ? formatDate(`${m[1]}-${m[2]}-${m[3]}`, locale) : null;
}

function Queue({ title, queue }: { title: string; queue: QueueState | null }) {
  const { t, locale } = useI18n();
  if (!queue) return null;
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      <dl className="meta">
        <Item label={t('system.backlog')}>{queue.backlog}</Item>
        <Item label={t('system.backlogAge')}>{t('system.seconds', { n: Math.round(queue.backlogAgeSeconds) })}</Item>
        <Item label={t('system.pollers')}>
          {queue.pollers.length === 0
            ? t('system.none')
            : queue.pollers.map((poller) => (
                <div key={poller.identity}>
                  <Code>{poller.identity}</Code>
                  {poller.lastAccessAt && ` · ${formatDateTime(poller.lastAccessAt, locale)}`}
                </div>
              ))}
        </Item>
      </dl>
    </section>
  );
}

/** The page. */
export function SystemPage() {
  const { t, locale } = useI18n();
  const { data, error, loading, reload } = useApiData((signal) => systemApi.status(signal), [], queryKeys.system);
  const system = data?.system;
  return (
    <>
      <PageHeading>{t('system.title')}</PageHeading>
      <p className="muted">{t('system.intro')}</p>
      {loading && !data && <LoadingIndicator />}
      {error !== null && <ErrorNotice error={error} onRetry={reload} />}
      {system && (
        <>
          <p>
            {t('system.checkedAt')} {formatDateTime(system.checkedAt, locale)}{' '}
            <button type="button" className="button button--quiet" onClick={reload}>
              {t('system.refresh')}
            </button>
          </p>
          {system.temporal.reachable && system.temporal.workers === 0 && (
            <p className="notice notice--error" role="alert">
              {t('system.noWorkers')}
            </p>
          )}
          <section className="card section" aria-labelledby="system-versions">
            <h2 id="system-versions">{t('system.versions')}</h2>
            <dl className="meta">
              <Item label={t('system.app')}>{system.versions.app}</Item>
              <Item label={t('system.node')}>{system.versions.node}</Item>
              <Item label={t('system.sdk')}>{system.versions.temporalSdk}</Item>
              <Item label={t('system.server')}>{system.versions.temporalServer ?? t('system.unknown')}</Item>
              <Item label={t('system.database')}>{t(system.database.client === 'pg' ? 'system.db.pg' : 'system.db.sqlite3')}</Item>
              <Item label={t('system.migrations')}>{system.database.migrations}</Item>
              <Item label={t('system.lastMigration')}>{migrationDate(system.database.lastMigration, locale) ?? t('system.unknown')}</Item>
            </dl>
          </section>
          <section className="card section" aria-labelledby="system-temporal">
            <h2 id="system-temporal">{t('system.temporal')}</h2>
            <dl className="meta">
              <Item label={t('system.reachable')}>{t(system.temporal.reachable ? 'system.up' : 'system.down')}</Item>
              <Item label={t('system.address')}>
                <Code>{system.temporal.address}</Code>
              </Item>
              <Item label={t('system.namespace')}>
                <Code>{system.temporal.namespace}</Code>
              </Item>
              <Item label={t('system.taskQueue')}>
                <Code>{system.temporal.taskQueue}</Code>
              </Item>
              <Item label={t('system.workers')}>{system.temporal.workers}</Item>
            </dl>
            <Queue title={t('system.workflowTasks')} queue={system.temporal.workflowTasks} />
            <Queue title={t('system.activityTasks')} queue={system.temporal.activityTasks} />
          </section>
          <section className="card section" aria-labelledby="system-outbox">
            <h2 id="system-outbox">{t('system.outbox')}</h2>
            {!system.outbox.smtp && (
              <p className="muted">
                {t('system.smtpOff')} <Code>SMTP_URL</Code>
              </p>
            )}
            {!system.outbox.smtp && <p className="muted">{t('system.keptLater', { hours: system.outbox.keptSendHours })}</p>}
            {!(system.outbox.sms && system.outbox.robots) && (
              <p className="muted">
                {t('system.keptLaterChannels', { hours: system.outbox.keptSendHours })} <Code>SMS_PROVIDER_URL</Code>{' '}
                <Code>WECOM_ROBOT_URL</Code> <Code>DINGTALK_ROBOT_URL</Code>
              </p>
            )}
            <dl className="meta">
              <Item label={t('system.queued')}>{system.outbox.queued}</Item>
              <Item label={t('system.oldestQueued')}>
                {system.outbox.oldestQueuedAt ? formatDateTime(system.outbox.oldestQueuedAt, locale) : t('system.none')}
              </Item>
              <Item label={t('system.failing')}>{system.outbox.failing}</Item>
              <Item label={t('system.sent')}>{system.outbox.sent}</Item>
              <Item label={t('system.kept')}>{system.outbox.keptWithoutSmtp}</Item>
              <Item label={t('system.keptSms')}>{system.outbox.keptWithoutSms}</Item>
              <Item label={t('system.keptRobots')}>{system.outbox.keptWithoutRobotUrl}</Item>
              <Item label={t('system.expired')}>{system.outbox.expired}</Item>
            </dl>
          </section>
          <section className="card section" aria-labelledby="system-backup">
            <h2 id="system-backup">{t('system.backup')}</h2>
            {system.backup.configured ? (
              <dl className="meta">
                <Item label={t('system.lastBackup')}>
                  {system.backup.lastAt ? formatDateTime(system.backup.lastAt, locale) : t('system.backupNone')}
                </Item>
              </dl>
            ) : (
              <p className="muted">
                {t('system.backupOff')} <Code>FUGONG_BACKUP_STAMP</Code>
              </p>
            )}
            <p className="muted">
              {t('system.deployGuide')} <Code>deploy/README.md</Code>
            </p>
          </section>
        </>
      )}
    </>
  );
}
