// Change one's own password: the current one, the new one twice; the server's field messages show at the fields.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../api/field-errors';
import { fugongApi } from '../api/fugong-api';
import { BusyButton } from '../components/busy-button';
import { ErrorNotice } from '../components/error-notice';
import { SuccessNotice } from '../components/success-notice';
import { TextField } from '../components/text-field';
import { useI18n } from '../i18n/use-i18n';
import { asyncHandler } from '../events/async-handler';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { orgOwnZhCn } from '../i18n/messages/org-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgOwnZhCn);

const MIN_LENGTH = 8;

/** Props of PasswordForm. */
export interface PasswordFormProps {
  /** Called once the server has accepted the new password. */
  onChanged?: () => void;
}

/** The change-password form; other sessions of the user end when it succeeds. */
export function PasswordForm({ onChanged }: PasswordFormProps = {}) {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState(false);
  const server = fieldErrors(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!current) problems.currentPassword = t('common.fieldRequired');
    if (next.length < MIN_LENGTH) problems.newPassword = t('account.tooShort', { min: MIN_LENGTH });
    if (confirm !== next) problems.confirm = t('account.mismatch');
    setLocal(problems);
    setError(null);
    setDone(false);
    if (Object.keys(problems).length > 0 || sending) return;
    setSending(true);
    try {
      await fugongApi.changePassword(current, next);
      setCurrent('');
      setNext('');
      setConfirm('');
      setDone(true);
      onChanged?.();
    } catch (reason) {
      setError(reason);
    } finally {
      setSending(false);
    }
  };

  return (
    <form onSubmit={asyncHandler(submit)} noValidate aria-busy={sending}>
      {error !== null && <ErrorNotice error={error} />}
      <SuccessNotice message={done ? t('account.changed') : null} />
      <TextField
        label={t('account.currentPassword')}
        type="password"
        autoComplete="current-password"
        required
        value={current}
        onChange={setCurrent}
        error={local.currentPassword ?? server.currentPassword}
      />
      <TextField
        label={t('account.newPassword')}
        type="password"
        autoComplete="new-password"
        required
        hint={t('account.passwordHint', { min: MIN_LENGTH })}
        value={next}
        onChange={setNext}
        error={local.newPassword ?? server.newPassword}
      />
      <TextField
        label={t('account.confirmPassword')}
        type="password"
        autoComplete="new-password"
        required
        value={confirm}
        onChange={setConfirm}
        error={local.confirm}
      />
      <BusyButton busy={sending} label={t('account.changePassword')} busyLabel={t('common.saving')} />
    </form>
  );
}
