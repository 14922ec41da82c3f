// Creating a form: a key, titles in both languages and a starter (a ladder, a one-off or daily collection, a monitoring
// plan); the server makes a draft from that starter definition, which publishes as created.
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import { fieldErrors } from '../../api/field-errors';
import { formAdminApi, type StarterOffer } from '../../api/form-admin-api';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { isMessageKey } from '../../i18n/is-message-key';
import { useI18n } from '../../i18n/use-i18n';
import { navigate } from '../../routing/navigate';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { paramsEditorZhCn } from '../../i18n/messages/params-editor-messages';
import { asyncHandler } from '../../events/async-handler';
import { formAdminZhCn } from '../../i18n/messages/form-admin-messages';

// These words come with the admin chunks that use them, not with the first scripts.
addZhCnMessages(paramsEditorZhCn);
addZhCnMessages(formAdminZhCn);

/** Props of NewFormPanel. */
export interface NewFormPanelProps {
  starters: StarterOffer[];
  onCancel: () => void;
}

/** The create-form form; on success the editor of the new draft opens. */
export function NewFormPanel({ starters, onCancel }: NewFormPanelProps) {
  const { t } = useI18n();
  const [key, setKey] = useState('');
  const [zh, setZh] = useState('');
  const [en, setEn] = useState('');
  const [starter, setStarter] = useState(starters[0]?.name ?? '');
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const errors = fieldErrors(error);
  const titleErrors = error ? { zh: errorAt(error, '/title/zh-CN'), en: errorAt(error, '/title/en') } : { zh: undefined, en: undefined };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    setError(null);
    // An empty key would fail its pattern on the server ("格式不正确"): an empty field is said to be missing.
    const missing = (
      [
        ['/key', key],
        ['/title/zh-CN', zh],
        ['/title/en', en],
      ] as const
    ).filter(([, value]) => !value.trim());
    if (missing.length) {
      const details = missing.map(([path]) => ({ path, message: t('formAdmin.fillIn') }));
      return setError(new ApiError(422, 'local', t('formAdmin.fillInAll'), details));
    }
    setSending(true);
    try {
      const processType = starters.find((offer) => offer.name === starter)?.processType ?? starter;
      const { draft } = await formAdminApi.create(key.trim(), { 'zh-CN': zh.trim(), en: en.trim() }, processType, starter);
      navigate({ name: 'formEditor', key: draft.key });
    } catch (reason) {
      setError(reason);
      setSending(false);
    }
  };

  const options = starters.map((offer) => {
    const name = `starter.${offer.name}`;
    return { value: offer.name, label: isMessageKey(name) ? t(name) : offer.name };
  });
  return (
    <form onSubmit={asyncHandler(submit)} noValidate aria-busy={sending}>
      {error !== null && <ErrorNotice error={error} />}
      <TextField
        label={t('formAdmin.key')}
        hint={t('formAdmin.keyHint')}
        required
        spellCheck={false}
        autoComplete="off"
        value={key}
        onChange={setKey}
        error={errors.key}
      />
      <TextField label={t('formAdmin.titleZh')} required value={zh} onChange={setZh} error={titleErrors.zh} />
      <TextField label={t('formAdmin.titleEn')} required value={en} onChange={setEn} error={titleErrors.en} />
      <SelectField
        label={t('starter.label')}
        hint={t('starter.hint')}
        required
        options={options}
        value={starter}
        onChange={setStarter}
        error={errors.starter ?? errors.processType}
      />
      <div className="form-actions">
        <BusyButton busy={sending} label={t('formAdmin.create')} busyLabel={t('common.saving')} />
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function errorAt(error: unknown, path: string): string | undefined {
  const details = (error as { details?: { path: string; message: string }[] }).details ?? [];
  return details.find((detail) => detail.path === path)?.message;
}
