// An administrator sets a new password for someone who forgot theirs; that user's sessions end.
import { useState, type FormEvent } from 'react';
import { adminApi } from '../../api/admin-api';
import type { UserAccount } from '../../api/admin-types';
import { fieldErrors } from '../../api/field-errors';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { SuccessNotice } from '../../components/success-notice';
import { TextField } from '../../components/text-field';
import { useI18n } from '../../i18n/use-i18n';
import { asyncHandler } from '../../events/async-handler';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgPagesZhCn } from '../../i18n/messages/org-pages-messages';
import { orgOwnZhCn } from '../../i18n/messages/org-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgPagesZhCn);
addZhCnMessages(orgOwnZhCn);

const MIN_LENGTH = 8;

/** The reset-password form for one user. */
export function PasswordResetForm({ user }: { user: UserAccount }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [local, setLocal] = useState<string>();
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    setError(null);
    setLocal(password.length < MIN_LENGTH ? t('account.tooShort', { min: MIN_LENGTH }) : undefined);
    if (password.length < MIN_LENGTH || sending) return;
    setSending(true);
    try {
      await adminApi.resetPassword(user.id, password);
      setPassword('');
      setDone(true);
    } catch (reason) {
      setError(reason);
    } finally {
      setSending(false);
    }
  };

  return (
    <form onSubmit={asyncHandler(submit)} noValidate aria-busy={sending}>
      {error !== null && <ErrorNotice error={error} />}
      <TextField
        label={t('account.newPassword')}
        type="password"
        autoComplete="new-password"
        required
        hint={t('users.resetHint', { min: MIN_LENGTH })}
        value={password}
        onChange={setPassword}
        error={local ?? fieldErrors(error).newPassword}
      />
      <BusyButton busy={sending} label={t('users.resetPassword')} busyLabel={t('common.saving')} variant="quiet" />
      <SuccessNotice message={done ? t('users.resetDone', { name: user.displayName }) : null} />
    </form>
  );
}
