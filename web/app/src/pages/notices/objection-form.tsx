// The objection form under an open publicity notice; anyone may use it, signed in or not. The server limits how often
// one address may object and how long a reason may be; the browser checks the length first.
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import { noticeApi } from '../../api/notice-api';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { useI18n } from '../../i18n/use-i18n';

const MIN = 5;
const MAX = 1000;

/** Props of ObjectionForm. */
export interface ObjectionFormProps {
  noticeId: number;
  title: string;
  onLodged: () => void;
  onCancel: () => void;
}

/** A labelled reason and a submit button, with the server's refusal shown beside them. */
export function ObjectionForm({ noticeId, title, onLodged, onCancel }: ObjectionFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [tooShort, setTooShort] = useState(false);
  const fieldError = tooShort
    ? t('notice.reasonTooShort')
    : error instanceof ApiError
      ? error.details.find((detail) => detail.path === '/reason')?.message
      : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < MIN) {
      setTooShort(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await noticeApi.object(noticeId, reason.trim());
      onLodged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="objection-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('notice.objectTitle', { title })}</h4>
      {error !== null && !fieldError && <ErrorNotice error={error} />}
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('notice.reason')}</label>
        <textarea
          id={`${id}-reason`}
          rows={5}
          maxLength={MAX}
          value={reason}
          required
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={`${id}-hint${fieldError ? ` ${id}-error` : ''}`}
          onChange={(event) => {
            setReason(event.target.value);
            setTooShort(false);
          }}
        />
        <p id={`${id}-hint`} className="hint">
          {t('notice.reasonHint')}
        </p>
        {fieldError && (
          <p id={`${id}-error`} className="field__error">
            {fieldError}
          </p>
        )}
      </div>
      <div className="toolbar">
        <BusyButton busy={busy} label={t('notice.submit')} busyLabel={t('notice.submitting')} />
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('notice.cancel')}
        </button>
      </div>
    </form>
  );
}
