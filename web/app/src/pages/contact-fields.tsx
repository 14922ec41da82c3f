// The contact details of an enterprise as form fields; used by the enterprise itself and by administrators.
import type { EnterpriseContacts } from '../api/org-types';
import { TextField } from '../components/text-field';
import { useI18n } from '../i18n/use-i18n';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { orgPagesZhCn } from '../i18n/messages/org-pages-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgPagesZhCn);

/** Props of ContactFields: the values, a setter for one field, and the server's messages by field. */
export interface ContactFieldsProps {
  value: EnterpriseContacts;
  onChange: (field: keyof EnterpriseContacts, value: string) => void;
  errors: Record<string, string>;
}

/** Address, liaison name, mobile and email. */
export function ContactFields({ value, onChange, errors }: ContactFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t('enterprise.address')}
        value={value.address}
        onChange={(next) => onChange('address', next)}
        error={errors.address}
        autoComplete="street-address"
      />
      <div className="form-grid">
        <TextField
          label={t('enterprise.liaisonName')}
          value={value.liaisonName}
          onChange={(next) => onChange('liaisonName', next)}
          error={errors.liaisonName}
          autoComplete="name"
        />
        <TextField
          label={t('enterprise.liaisonMobile')}
          type="tel"
          inputMode="tel"
          hint={t('enterprise.mobileHint')}
          value={value.liaisonMobile}
          onChange={(next) => onChange('liaisonMobile', next.trim())}
          error={errors.liaisonMobile}
          autoComplete="tel"
        />
      </div>
      <TextField
        label={t('enterprise.liaisonEmail')}
        type="email"
        inputMode="email"
        value={value.liaisonEmail}
        onChange={(next) => onChange('liaisonEmail', next.trim())}
        error={errors.liaisonEmail}
        autoComplete="email"
        spellCheck={false}
      />
    </>
  );
}
