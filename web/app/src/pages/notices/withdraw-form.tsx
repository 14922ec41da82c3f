// Withdrawing a published commendation or article: a reason is required, and said at the field (checked here first, and
// the server's refusal of the field shown there too, not as a banner); the notice leaves the bulletin, its row and the
// audit entry (with the reason, which HQ's view of withdrawn notices shows) stay.
import { useState, type FormEvent } from 'react';
import { noticeApi } from '../../api/notice-api';
import { fieldErrors } from '../../api/field-errors';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { TextField } from '../../components/text-field';
import { useI18n } from '../../i18n/use-i18n';
import { asyncHandler } from '../../events/async-handler';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { creditZhCn } from '../../i18n/messages/credit-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(creditZhCn);

/** The server's shortest reason (web/server/notices/notice-routes.ts). */
const MIN = 2;

/** Props of WithdrawForm. */
export interface WithdrawFormProps {
  noticeId: number;
  onWithdrawn: () => void;
  onCancel: () => void;
}

/** The small form under a notice. */
export function WithdrawForm({ noticeId, onWithdrawn, onCancel }: WithdrawFormProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const [tooShort, setTooShort] = useState(false);
  const reasonError = tooShort ? t('notice.withdrawReasonMissing') : fieldErrors(error).reason;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < MIN) {
      setTooShort(true);
      setError(null);
      return;
    }
    setSending(true);
    setError(null);
    try {
      await noticeApi.withdraw(noticeId, reason.trim());
      onWithdrawn();
    } catch (reasonError) {
      setError(reasonError);
      setSending(false);
    }
  };

  return (
    <form className="narrow-form" onSubmit={asyncHandler(submit)} noValidate aria-busy={sending}>
      {error !== null && !reasonError && <ErrorNotice error={error} />}
      <TextField
        label={t('notice.withdrawReason')}
        hint={t('notice.withdrawReasonHint')}
        required
        value={reason}
        onChange={(value) => {
          setReason(value);
          setTooShort(false);
        }}
        error={reasonError}
      />
      <div className="toolbar">
        <BusyButton busy={sending} label={t('notice.withdrawConfirm')} busyLabel={t('notice.withdrawConfirm')} />
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('notice.withdrawCancel')}
        </button>
      </div>
    </form>
  );
}
