// Campaign-wide settings; today the number of enterprises one cadre may look after.
import { useState, type FormEvent } from 'react';
import { adminApi } from '../../api/admin-api';
import type { Settings } from '../../api/admin-types';
import { fieldErrors } from '../../api/field-errors';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { SuccessNotice } from '../../components/success-notice';
import { TextField } from '../../components/text-field';
import { useI18n } from '../../i18n/use-i18n';
import { asyncHandler } from '../../events/async-handler';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgAdminZhCn } from '../../i18n/messages/org-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgAdminZhCn);

// The server accepts 1–100 (web/server/org/reference-routes.ts).
const MIN = 1;
const MAX = 100;

/** The settings form; only changed settings are sent. */
export function SettingsForm({ settings, onSaved }: { settings: Settings; onSaved: (settings: Settings) => void }) {
  const { t } = useI18n();
  const [limit, setLimit] = useState(String(settings.maxEnterprisesPerCadre));
  const [local, setLocal] = useState<string>();
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(limit);
    const valid = /^\d+$/.test(limit.trim()) && value >= MIN && value <= MAX;
    setLocal(valid ? undefined : t('settings.limitRange', { min: MIN, max: MAX }));
    setError(null);
    setMessage(null);
    if (!valid || sending) return;
    if (value === settings.maxEnterprisesPerCadre) return setMessage(t('common.noChanges'));
    setSending(true);
    try {
      const saved = await adminApi.saveSettings({ maxEnterprisesPerCadre: value });
      onSaved(saved.settings);
      setMessage(t('common.saved'));
    } catch (reason) {
      setError(reason);
    } finally {
      setSending(false);
    }
  };

  return (
    <form onSubmit={asyncHandler(submit)} noValidate aria-busy={sending} className="narrow-form">
      {error !== null && <ErrorNotice error={error} />}
      <TextField
        label={t('settings.limit')}
        type="number"
        inputMode="numeric"
        min={MIN}
        max={MAX}
        required
        hint={t('settings.limitHint')}
        value={limit}
        onChange={setLimit}
        error={local ?? fieldErrors(error).maxEnterprisesPerCadre}
      />
      <BusyButton busy={sending} label={t('common.save')} busyLabel={t('common.saving')} />
      <SuccessNotice message={message} />
    </form>
  );
}
