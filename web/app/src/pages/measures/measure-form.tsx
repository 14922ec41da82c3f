// The cadre's form for a new service measure of one enterprise (一企一策).
import { useState } from 'react';
import { measureApi, type Measure } from '../../api/measure-api';
import { ApiError } from '../../api/api-error';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { SelectField } from '../../components/select-field';
import { DateField } from '../../components/date-field';
import { TextField } from '../../components/text-field';
import { useAction } from '../../hooks/use-action';
import { useI18n } from '../../i18n/use-i18n';

const CATEGORIES = ['personnel', 'materials', 'epidemic_supplies', 'other'] as const;

/** Records a measure and hands it to `onSaved`. */
export function MeasureForm({ enterpriseId, onSaved }: { enterpriseId: number; onSaved: (measure: Measure) => void }) {
  const { t } = useI18n();
  const empty = { measure: '', category: '', responsible: '', dueOn: '' };
  const [values, setValues] = useState(empty);
  const action = useAction();
  const { busy, error } = action;
  const fieldError = (field: string) =>
    error instanceof ApiError ? error.details.find((detail) => detail.path === `/${field}`)?.message : undefined;
  const set = (field: keyof typeof empty) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  return (
    <form
      className="narrow-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(async () => {
          const { measure } = await measureApi.create(enterpriseId, values);
          setValues(empty);
          onSaved(measure);
        });
      }}
    >
      <h3>{t('measures.new')}</h3>
      <TextField label={t('measures.measure')} value={values.measure} onChange={set('measure')} required error={fieldError('measure')} />
      <SelectField
        label={t('measures.category')}
        value={values.category}
        options={CATEGORIES.map((value) => ({ value, label: t(`measures.category.${value}`) }))}
        onChange={set('category')}
        required
        error={fieldError('category')}
      />
      <TextField
        label={t('measures.responsible')}
        value={values.responsible}
        onChange={set('responsible')}
        required
        error={fieldError('responsible')}
      />
      <DateField label={t('measures.dueOn')} value={values.dueOn} onChange={set('dueOn')} required error={fieldError('dueOn')} />
      {error !== null && !(error instanceof ApiError && error.details.length) && <ErrorNotice error={error} />}
      <BusyButton busy={busy} label={t('measures.add')} busyLabel={t('measures.adding')} />
    </form>
  );
}
