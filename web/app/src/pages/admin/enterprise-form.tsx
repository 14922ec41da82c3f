// An administrator registers an enterprise or edits every field of one; the server's field messages show at the fields.
import { useState, type FormEvent } from 'react';
import { ENTERPRISE_TYPES, type EnterpriseType } from '#core/org/org-types';
import { adminApi } from '../../api/admin-api';
import { fieldErrors } from '../../api/field-errors';
import { orgApi } from '../../api/org-api';
import type { Enterprise, EnterpriseFields } from '../../api/org-types';
import { BusyButton } from '../../components/busy-button';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorNotice } from '../../components/error-notice';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { changedFields } from '../../form/changed-fields';
import { useI18n } from '../../i18n/use-i18n';
import { ContactFields } from '../contact-fields';
import { asyncHandler } from '../../events/async-handler';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgPagesZhCn } from '../../i18n/messages/org-pages-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgPagesZhCn);

const BLANK: EnterpriseFields = {
  name: '',
  creditCode: '',
  type: 'construction',
  focus: false,
  address: '',
  liaisonName: '',
  liaisonMobile: '',
  liaisonEmail: '',
};

function fieldsOf(enterprise: Enterprise): EnterpriseFields {
  const { name, creditCode, type, focus, address, liaisonName, liaisonMobile, liaisonEmail } = enterprise;
  return { name, creditCode, type, focus, address, liaisonName, liaisonMobile, liaisonEmail };
}

/** Props of EnterpriseForm: `enterprise` to edit, none to register a new one. */
export interface EnterpriseFormProps {
  enterprise?: Enterprise;
  onSaved: (enterprise: Enterprise) => void;
  onCancel: () => void;
}

/** The full enterprise form; an edit sends only the changed fields. */
export function EnterpriseForm({ enterprise, onSaved, onCancel }: EnterpriseFormProps) {
  const { t } = useI18n();
  const original = enterprise ? fieldsOf(enterprise) : BLANK;
  const [value, setValue] = useState<EnterpriseFields>(original);
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const errors = fieldErrors(error);
  const set = <K extends keyof EnterpriseFields>(field: K, next: EnterpriseFields[K]) => setValue((old) => ({ ...old, [field]: next }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const cleaned = {
      ...value,
      name: value.name.trim(),
      creditCode: value.creditCode.trim().toUpperCase(),
      address: value.address.trim(),
      liaisonName: value.liaisonName.trim(),
    };
    const change = changedFields(original, cleaned);
    if (enterprise && Object.keys(change).length === 0) return onCancel();
    setSending(true);
    setError(null);
    try {
      const saved = enterprise ? await orgApi.updateEnterprise(enterprise.id, change) : await adminApi.createEnterprise(cleaned);
      onSaved(saved.enterprise);
    } catch (reason) {
      setError(reason);
      setSending(false);
    }
  };

  return (
    <form onSubmit={asyncHandler(submit)} noValidate aria-busy={sending}>
      {error !== null && <ErrorNotice error={error} />}
      <div className="form-grid">
        <TextField
          label={t('enterprise.name')}
          required
          value={value.name}
          onChange={(next) => set('name', next)}
          error={errors.name}
          autoComplete="organization"
        />
        <TextField
          label={t('enterprise.creditCode')}
          required
          hint={t('enterprise.creditCodeHint')}
          value={value.creditCode}
          onChange={(next) => set('creditCode', next.replace(/\s/g, '').toUpperCase())}
          error={errors.creditCode}
          autoComplete="off"
          spellCheck={false}
        />
        <SelectField
          label={t('enterprise.type')}
          required
          options={ENTERPRISE_TYPES.map((type) => ({ value: type, label: t(`enterpriseType.${type}`) }))}
          value={value.type}
          onChange={(next) => set('type', next as EnterpriseType)}
          error={errors.type}
        />
      </div>
      <CheckboxField
        label={t('enterprise.focusLabel')}
        checked={value.focus}
        onChange={(next) => set('focus', next)}
        error={errors.focus}
      />
      <ContactFields value={value} onChange={(field, next) => set(field, next)} errors={errors} />
      <div className="actions">
        <BusyButton busy={sending} label={enterprise ? t('common.save') : t('enterprises.create')} busyLabel={t('common.saving')} />
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
