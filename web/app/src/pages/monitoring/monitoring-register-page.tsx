// The register of monitoring processes other than the gate check (the gate's quarantines are on the site register):
// pick a process, see its subjects with their state, period, check-ins, alerts and end-date changes; record an open
// check-in (the subject's enterprise or cadre) or move the end date with a reason (cadre, HQ, admin).
import { useState } from 'react';
import type { User } from '../../api/api-types';
import { monitoringApi, type MonitoredRow } from '../../api/monitoring-api';
import { DataTable } from '../../components/data-table';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { Pager } from '../../components/pager';
import { SelectField } from '../../components/select-field';
import { SuccessNotice } from '../../components/success-notice';
import { formatDateTime, formatDeadline } from '../../format/format-date-time';
import { useApiData } from '../../hooks/use-api-data';
import { useChanged } from '../../hooks/use-changed';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { routeHref } from '../../routing/route-href';
import { EndForm, ReadingsForm } from './subject-forms';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { monitoringZhCn } from '../../i18n/messages/monitoring-messages';

addZhCnMessages(monitoringZhCn);

/** Props of MonitoringRegisterPage. */
export interface MonitoringRegisterPageProps {
  user: User;
}

/** The monitoring register page. */
export function MonitoringRegisterPage({ user }: MonitoringRegisterPageProps) {
  const { t, pick, locale } = useI18n();
  const [formKey, setFormKey] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [paging, setPaging] = useState({ formKey, offset: 0 });
  const offset = paging.formKey === formKey ? paging.offset : 0;
  const loaded = useApiData((signal) => monitoringApi.register(formKey, signal, { offset }), [formKey, offset], queryKeys.monitoring);
  const changed = useChanged();
  const mayRecord = user.role === 'enterprise' || user.role === 'cadre';
  const mayChangeEnd = user.role === 'cadre' || user.role === 'hq' || user.role === 'admin';
  const definition = loaded.data?.definition ?? null;
  const subjects = loaded.data?.subjects ?? [];
  const done = (text: string | null) => {
    setEditing(null);
    if (text) {
      setMessage(text);
      void changed('monitoring');
    }
  };

  const mayRecordOn = (row: MonitoredRow) => mayRecord && row.openSlot !== null && Date.parse(row.openSlot.opensAt) <= Date.now();
  // A row's actions: none once it ended; the column is left out when no row has one (an enterprise between check-ins).
  const hasAction = (row: MonitoredRow) => row.status === 'active' && definition !== null && (mayChangeEnd || mayRecordOn(row));
  const actions = (row: MonitoredRow) => {
    if (!hasAction(row) || !definition) return null;
    return (
      <div className="monitoring-actions">
        {mayRecordOn(row) && row.openSlot && (
          <ReadingsForm key={row.openSlot.slotAt} row={row} readings={definition.readings} onDone={done} />
        )}
        {mayChangeEnd &&
          (editing === row.id ? (
            <EndForm row={row} onDone={done} />
          ) : (
            <button type="button" className="button button--quiet" onClick={() => setEditing(row.id)}>
              {t('monitoring.changeEnd')}
            </button>
          ))}
      </div>
    );
  };

  return (
    <>
      <PageHeading>{t('monitoring.title')}</PageHeading>
      <p className="hint">{t('monitoring.intro', { register: t('nav.siteRegister') })}</p>
      <SuccessNotice message={message} />
      {loaded.error !== null && <ErrorNotice error={loaded.error} onRetry={loaded.reload} />}
      {!loaded.data && loaded.error === null && <LoadingIndicator />}
      {loaded.data && loaded.data.definitions.length === 0 && <p className="empty">{t('monitoring.none')}</p>}
      {loaded.data && loaded.data.definitions.length > 1 && (
        <SelectField
          label={t('monitoring.definition')}
          value={definition?.key ?? ''}
          options={loaded.data.definitions.map((d) => ({ value: d.key, label: pick(d.title) }))}
          onChange={setFormKey}
        />
      )}
      {definition && (
        <p>
          <strong>{pick(definition.title)}</strong> ·{' '}
          {t('monitoring.plan', { days: definition.days, times: definition.checkInTimes.join(locale === 'en' ? ', ' : '、') })}
        </p>
      )}
      {definition && subjects.length === 0 && <p className="empty">{t('monitoring.empty')}</p>}
      {subjects.length > 0 && (
        <DataTable
          caption={t('monitoring.caption')}
          rows={subjects}
          rowKey={(row) => row.id}
          columns={[
            {
              key: 'name',
              label: t('monitoring.col.name'),
              render: (row) => (
                <a href={routeHref({ name: 'submission', id: row.id })}>
                  <span data-user-data="">{row.name}</span>
                  {row.caseNumber && <span className="muted mono"> {row.caseNumber}</span>}
                </a>
              ),
            },
            {
              key: 'state',
              label: t('monitoring.col.state'),
              render: (row) => (row.status === 'active' ? t('monitoring.active') : t('monitoring.ended')),
              className: 'nowrap',
            },
            {
              key: 'period',
              label: t('monitoring.col.period'),
              render: (row) => (
                <>
                  {t('monitoring.period', { from: formatDateTime(row.startedAt, locale), to: formatDeadline(row.endsAt, locale) })}
                  {row.endChanges.length > 0 && (
                    <span className="muted"> · {t('monitoring.changed', { count: row.endChanges.length })}</span>
                  )}
                </>
              ),
            },
            {
              key: 'counts',
              label: t('monitoring.col.counts'),
              render: (row) => (
                <>
                  {t('monitoring.counts', { done: row.checkIns, missed: row.missed, alerts: row.alerts })}
                  {row.openSlot && (
                    <div className="muted">
                      {t('monitoring.openSlot', {
                        at: formatDateTime(row.openSlot.slotAt, locale),
                        due: formatDeadline(row.openSlot.dueAt, locale),
                      })}
                    </div>
                  )}
                </>
              ),
            },
            subjects.some(hasAction) && { key: 'actions', label: t('monitoring.col.actions'), render: actions },
          ]}
        />
      )}
      {loaded.data && subjects.length > 0 && (
        <Pager page={loaded.data.page} shown={subjects.length} onOffset={(next) => setPaging({ formKey, offset: next })} />
      )}
    </>
  );
}
