// Creating an email template: a name and a purpose (one of the shipped templates' roles, whose sample data gives the
// variables it may use, listed here). It starts as the purpose's text; the editor opens on it once created.
import { useState, type FormEvent } from 'react';
import type { Locale } from '#core/domain/locale';
import { emailTemplateApi, type TemplateSummary } from '../../api/email-template-api';
import { fieldErrors } from '../../api/field-errors';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useApiData } from '../../hooks/use-api-data';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { placeholdersOf } from './placeholders';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { paramsEditorZhCn } from '../../i18n/messages/params-editor-messages';
import { asyncHandler } from '../../events/async-handler';

// These words come with the admin chunks that use them, not with the first scripts.
addZhCnMessages(paramsEditorZhCn);

/** Props of NewTemplateForm. */
export interface NewTemplateFormProps {
  templates: readonly TemplateSummary[];
  onCreated: (name: string, locale: Locale) => void;
  onCancel: () => void;
}

/** The create-template form. */
export function NewTemplateForm({ templates, onCreated, onCancel }: NewTemplateFormProps) {
  const { t, pick, locale } = useI18n();
  const purposes = templates.filter((template) => template.createdPurpose === null);
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState(purposes[0]?.name ?? '');
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const sample = useApiData(
    (signal) => (purpose ? emailTemplateApi.get(purpose, locale, signal) : Promise.resolve(null)),
    [purpose, locale],
    queryKeys.emailTemplate,
  );
  const errors = fieldErrors(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    setSending(true);
    setError(null);
    try {
      const { template } = await emailTemplateApi.create(name.trim(), purpose);
      onCreated(template.name, locale);
    } catch (reason) {
      setError(reason);
    } finally {
      setSending(false);
    }
  };

  const variables = sample.data ? placeholdersOf(sample.data.template.sampleData) : [];
  return (
    <form
      className="card section new-template"
      onSubmit={asyncHandler(submit)}
      noValidate
      aria-busy={sending}
      aria-labelledby="new-template-title"
    >
      <h2 id="new-template-title">{t('newTemplate.title')}</h2>
      {error !== null && <ErrorNotice error={error} />}
      <TextField
        label={t('newTemplate.name')}
        hint={t('newTemplate.nameHint')}
        required
        spellCheck={false}
        autoComplete="off"
        value={name}
        onChange={setName}
        error={errors.name}
      />
      <SelectField
        label={t('newTemplate.purpose')}
        hint={t('newTemplate.purposeHint')}
        required
        options={purposes.map((template) => ({ value: template.name, label: pick(template.purpose) }))}
        value={purpose}
        onChange={setPurpose}
        error={errors.purpose}
      />
      {variables.length > 0 && (
        <p className="muted">
          {t('newTemplate.variables')}
          {variables.map((variable) => (
            <code key={variable.name} className="new-template__variable">
              {variable.usage}
            </code>
          ))}
        </p>
      )}
      <div className="form-actions">
        <BusyButton busy={sending} label={t('newTemplate.create')} busyLabel={t('common.saving')} />
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
