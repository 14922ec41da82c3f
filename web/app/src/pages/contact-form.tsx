// An enterprise keeps its own address and liaison current; only changed fields are sent.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../api/field-errors';
import { orgApi } from '../api/org-api';
import type { Enterprise, EnterpriseContacts } from '../api/org-types';
import { BusyButton } from '../components/busy-button';
import { ErrorNotice } from '../components/error-notice';
import { SuccessNotice } from '../components/success-notice';
import { changedFields } from '../form/changed-fields';
import { useI18n } from '../i18n/use-i18n';
import { ContactFields } from './contact-fields';
import { asyncHandler } from '../events/async-handler';

function contactsOf(enterprise: Enterprise): EnterpriseContacts {
  return {
    address: enterprise.address,
    liaisonName: enterprise.liaisonName,
    liaisonMobile: enterprise.liaisonMobile,
    liaisonEmail: enterprise.liaisonEmail,
  };
}

/** Props of ContactForm. */
export interface ContactFormProps {
  enterprise: Enterprise;
  onSaved: (enterprise: Enterprise) => void;
}

/** The contact-details form of the signed-in enterprise. */
export function ContactForm({ enterprise, onSaved }: ContactFormProps) {
  const { t } = useI18n();
  const [value, setValue] = useState(() => contactsOf(enterprise));
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const change = changedFields(contactsOf(enterprise), value);
    setError(null);
    if (Object.keys(change).length === 0) {
      setMessage(t('common.noChanges'));
      return;
    }
    setSending(true);
    setMessage(null);
    try {
      const saved = await orgApi.updateEnterprise(enterprise.id, change);
      onSaved(saved.enterprise);
      setMessage(t('common.saved'));
    } catch (reason) {
      setError(reason);
    } finally {
      setSending(false);
    }
  };

  return (
    <form onSubmit={asyncHandler(submit)} noValidate aria-busy={sending}>
      {error !== null && <ErrorNotice error={error} />}
      <ContactFields value={value} onChange={(field, next) => setValue((old) => ({ ...old, [field]: next }))} errors={fieldErrors(error)} />
      <BusyButton busy={sending} label={t('common.save')} busyLabel={t('common.saving')} />
      <SuccessNotice message={message} />
    </form>
  );
}
