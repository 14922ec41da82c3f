// "一企一策" on the enterprise page: the enterprise's service measures for everyone who may see the enterprise; its
// assigned cadre records new ones and moves each on to done (with how it ended) or dropped.
import { useState } from 'react';
import { measureApi, type Measure } from '../../api/measure-api';
import { BusyButton } from '../../components/busy-button';
import { DataTable } from '../../components/data-table';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useApiData } from '../../hooks/use-api-data';
import { useChanged } from '../../hooks/use-changed';
import { queryKeys } from '../../api/query-keys';
import { useAction } from '../../hooks/use-action';
import { useI18n } from '../../i18n/use-i18n';
import { MeasureForm } from './measure-form';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { measureZhCn } from '../../i18n/messages/measure-messages';

addZhCnMessages(measureZhCn);

const NEXT_STATUSES = ['in-progress', 'done', 'dropped'] as const;

function StatusChange({ measure, onSaved }: { measure: Measure; onSaved: () => void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const [outcome, setOutcome] = useState(measure.outcome ?? '');
  const action = useAction();
  const { busy, error } = action;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(async () => {
          await measureApi.update(measure.id, { status, ...(outcome.trim() ? { outcome: outcome.trim() } : {}) });
          onSaved();
        });
      }}
    >
      <SelectField
        label={t('measures.status')}
        value={status}
        options={NEXT_STATUSES.map((value) => ({ value, label: t(`measures.status.${value}`) }))}
        onChange={setStatus}
      />
      <TextField label={t('measures.outcome')} value={outcome} onChange={setOutcome} />
      {error !== null && <ErrorNotice error={error} />}
      <BusyButton busy={busy} label={t('measures.save')} busyLabel={t('measures.saving')} disabled={!status} variant="quiet" />
    </form>
  );
}

/** The measures of one enterprise; `editable` for its assigned cadre. */
export function MeasuresSection({ enterpriseId, editable }: { enterpriseId: number; editable: boolean }) {
  const { t } = useI18n();
  const measures = useApiData((signal) => measureApi.list(enterpriseId, signal), [enterpriseId], queryKeys.measures);
  const changed = useChanged();
  const open = (measure: Measure) => !['done', 'dropped'].includes(measure.status);
  return (
    <section className="card section" aria-labelledby="enterprise-measures">
      <h2 id="enterprise-measures">{t('measures.title')}</h2>
      <p className="muted">{t('measures.intro')}</p>
      {measures.error !== null && <ErrorNotice error={measures.error} onRetry={measures.reload} />}
      {measures.loading && !measures.data && <LoadingIndicator />}
      {measures.data &&
        (measures.data.measures.length === 0 ? (
          <p className="empty">{t('measures.empty')}</p>
        ) : (
          <DataTable
            caption={t('measures.caption')}
            rows={measures.data.measures}
            rowKey={(measure) => measure.id}
            columns={[
              { key: 'measure', label: t('measures.col.measure'), render: (m) => m.measure },
              { key: 'category', label: t('measures.col.category'), render: (m) => m.categoryText },
              { key: 'responsible', label: t('measures.col.responsible'), render: (m) => m.responsible },
              { key: 'dueOn', label: t('measures.col.dueOn'), render: (m) => m.dueOn, className: 'nowrap' },
              { key: 'status', label: t('measures.col.status'), render: (m) => m.statusText },
              { key: 'outcome', label: t('measures.col.outcome'), render: (m) => m.outcome ?? '' },
              editable && {
                key: 'change',
                label: t('measures.status'),
                hideLabel: true,
                render: (m) => (open(m) ? <StatusChange measure={m} onSaved={() => void changed('measures')} /> : null),
              },
            ]}
          />
        ))}
      {editable && <MeasureForm enterpriseId={enterpriseId} onSaved={() => void changed('measures')} />}
    </section>
  );
}
