// Find or register the worker: the resident ID (check digit verified here and on the server), then the name.
import { useState } from 'react';
import { isResidentId } from '#core/domain/identifiers';
import { ApiError } from '../../api/api-error';
import { gateApi, type SiteStatus } from '../../api/gate-api';
import { ErrorNotice } from '../../components/error-notice';
import { TextField } from '../../components/text-field';
import { useI18n } from '../../i18n/use-i18n';
import { asyncHandler } from '../../events/async-handler';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { gateZhCn } from '../../i18n/messages/gate-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(gateZhCn);

/** The worker fields of a gate check. */
export interface WorkerValues {
  residentId: string;
  name: string;
  mobile: string;
}

/** Props of WorkerFields. */
export interface WorkerFieldsProps {
  value: WorkerValues;
  onChange: (value: WorkerValues) => void;
  errors: Record<string, string>;
}

/** ID number with a look-up button, then name and mobile (prefilled for a known worker). */
export function WorkerFields({ value, onChange, errors }: WorkerFieldsProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<{ known: boolean; status: SiteStatus | null; offline?: boolean } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const id = value.residentId.trim().toUpperCase();
  const valid = isResidentId(id);

  const lookup = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const answer = await gateApi.worker(id);
      setFound({ known: answer.worker !== null, status: answer.standing?.status ?? null });
      // A masked mobile (the worker's record belongs to another site) is not copied into the form.
      if (answer.worker)
        onChange({
          residentId: id,
          name: answer.worker.name,
          mobile: answer.worker.mobileMasked ? value.mobile : (answer.worker.mobile ?? value.mobile),
        });
    } catch (error) {
      // Not known at this site (the server does not say whether another site knows the worker): a new registration.
      if (error instanceof ApiError && error.status === 404) setFound({ known: false, status: null });
      // No signal: nothing to look up in, so the officer registers the worker as new (the server matches the ID on sync).
      else if (error instanceof ApiError && error.status === 0) setFound({ known: false, status: null, offline: true });
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="gate-group">
      <legend>{t('worker.residentId')}</legend>
      <div className="lookup">
        <TextField
          label={t('worker.residentId')}
          value={value.residentId}
          onChange={(residentId) => {
            setFound(null);
            onChange({ ...value, residentId });
          }}
          autoComplete="off"
          spellCheck={false}
          required
          error={errors['/residentId'] ?? (value.residentId.length >= 18 && !valid ? t('worker.residentIdInvalid') : undefined)}
        />
        <button type="button" className="button button--quiet lookup__button" disabled={!valid || busy} onClick={asyncHandler(lookup)}>
          {busy ? t('gate.lookingUp') : t('gate.lookup')}
        </button>
      </div>
      <p className="muted" aria-live="polite">
        {found && (found.known ? t('gate.knownWorker', { name: value.name }) : t('gate.newWorker'))}
        {found?.status && <> · {t('gate.standing', { status: t(`worker.status.${found.status}`) })}</>}
      </p>
      {found?.offline && <p className="muted">{t('offline.lookupOffline')}</p>}
      {failure !== null && <ErrorNotice error={failure} />}
      <TextField
        label={t('worker.name')}
        value={value.name}
        onChange={(name) => onChange({ ...value, name })}
        required
        autoComplete="off"
        error={errors['/name']}
      />
      <TextField
        label={t('worker.mobile')}
        value={value.mobile}
        onChange={(mobile) => onChange({ ...value, mobile })}
        type="tel"
        inputMode="tel"
        autoComplete="off"
        error={errors['/mobile']}
      />
    </fieldset>
  );
}
