// A cadre records a visit to one of its enterprises: date, people met, opinions, and the problems met.
import { useId, useState, type FormEvent } from 'react';
import type { VisitProblemInput } from '../../../../server/visits/visit-schemas';
import { ApiError } from '../../api/api-error';
import { visitApi, type VisitDetail } from '../../api/visit-api';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useDifficultyOptions } from '../../hooks/use-difficulty-options';
import { useI18n } from '../../i18n/use-i18n';
import { localToday } from '../dashboard/date-range-filter';
import { VisitProblemFields } from './visit-problem-fields';

/** Props of VisitForm. */
export interface VisitFormProps {
  onSaved: (visit: VisitDetail) => void;
  onCancel: () => void;
}

/** The form; the server checks it again and names each wrong field. */
export function VisitForm({ onSaved, onCancel }: VisitFormProps) {
  const { t } = useI18n();
  const opinionsId = useId();
  const options = useDifficultyOptions();
  const [enterpriseId, setEnterpriseId] = useState('');
  const [visitedOn, setVisitedOn] = useState(localToday);
  const [peopleMet, setPeopleMet] = useState('');
  const [opinionsCount, setOpinionsCount] = useState('0');
  const [opinions, setOpinions] = useState('');
  const [problems, setProblems] = useState<VisitProblemInput[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errorAt = (path: string) => (error instanceof ApiError ? error.details.find((detail) => detail.path === path)?.message : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { visit } = await visitApi.create({
        enterpriseId: Number(enterpriseId),
        visitedOn,
        peopleMet,
        opinionsCount: Number(opinionsCount) || 0,
        opinions,
        problems,
      });
      onSaved(visit);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  if (options.error !== null) return <ErrorNotice error={options.error} onRetry={options.reload} />;
  return (
    <form onSubmit={submit} noValidate>
      <SelectField
        label={t('visit.enterprise')}
        value={enterpriseId}
        onChange={setEnterpriseId}
        options={options.data?.enterprises ?? []}
        placeholder={t('visit.choose')}
        required
        error={errorAt('/enterpriseId')}
        disabled={!options.data}
      />
      <TextField
        label={t('visit.visitedOn')}
        type="date"
        value={visitedOn}
        onChange={setVisitedOn}
        required
        error={errorAt('/visitedOn')}
      />
      <TextField
        label={t('visit.peopleMet')}
        hint={t('visit.peopleMetHint')}
        value={peopleMet}
        onChange={setPeopleMet}
        required
        error={errorAt('/peopleMet')}
      />
      <TextField
        label={t('visit.opinionsCount')}
        type="number"
        inputMode="numeric"
        min={0}
        max={1000}
        value={opinionsCount}
        onChange={setOpinionsCount}
        error={errorAt('/opinionsCount')}
      />
      <div className="field">
        <label htmlFor={opinionsId}>{t('visit.opinions')}</label>
        <textarea id={opinionsId} rows={3} value={opinions} onChange={(event) => setOpinions(event.target.value)} />
      </div>
      <VisitProblemFields problems={problems} categories={options.data?.categories ?? []} onChange={setProblems} errorAt={errorAt} />
      {error !== null && <ErrorNotice error={error} />}
      <div className="form-actions">
        <BusyButton busy={busy} label={t('visit.save')} busyLabel={t('common.saving')} disabled={!options.data} />
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
