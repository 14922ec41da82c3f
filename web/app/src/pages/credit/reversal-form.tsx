// An administrator reverses a credit entry: a compensating entry with the opposite points and a reason.
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import { creditApi, type CreditEntry } from '../../api/credit-api';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { formatDateTime } from '../../format/format-date-time';
import { useAction } from '../../hooks/use-action';
import { useI18n } from '../../i18n/use-i18n';
import { asyncHandler } from '../../events/async-handler';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { creditZhCn } from '../../i18n/messages/credit-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(creditZhCn);

/** Props of ReversalForm. */
export interface ReversalFormProps {
  entry: CreditEntry;
  onReversed: () => void;
  onCancel: () => void;
}

/** The reason field and the confirm button; the server refuses a second reversal with a clear message. */
export function ReversalForm({ entry, onReversed, onCancel }: ReversalFormProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const [reason, setReason] = useState('');
  const action = useAction();
  const { busy, error } = action;
  const fieldError = error instanceof ApiError ? error.details.find((detail) => detail.path === '/reason')?.message : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await action.run(async () => {
      await creditApi.reverse(entry.enterpriseId, entry.id, reason.trim());
      onReversed();
    });
  };

  return (
    <form className="card section narrow-form" onSubmit={asyncHandler(submit)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('credit.reverseTitle', { time: formatDateTime(entry.createdAt, locale), points: entry.points })}</h2>
      <p className="muted">{t('credit.reverseIntro')}</p>
      {error !== null && !fieldError && <ErrorNotice error={error} />}
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('credit.reason')}</label>
        <textarea
          id={`${id}-reason`}
          rows={3}
          maxLength={500}
          value={reason}
          required
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? `${id}-error` : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        {fieldError && (
          <p id={`${id}-error`} className="field__error">
            {fieldError}
          </p>
        )}
      </div>
      <div className="toolbar">
        <BusyButton busy={busy} label={t('credit.submitReversal')} busyLabel={t('credit.submittingReversal')} variant="danger" />
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('credit.cancel')}
        </button>
      </div>
    </form>
  );
}
