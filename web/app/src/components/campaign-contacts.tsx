// The campaign office's contacts (000: 联系人、电话、邮箱), on the enterprise's workspace and the public bulletin: whom to
// call or write to, and what for. Phones and emails are links a phone dials or mails from.
import type { PublicContact } from '../api/notice-api';
import { noticeApi } from '../api/notice-api';
import { queryKeys } from '../api/query-keys';
import { useApiData } from '../hooks/use-api-data';
import { punctuation } from '../i18n/punctuation';
import { useI18n } from '../i18n/use-i18n';
import { ErrorNotice } from './error-notice';

/** The contacts as a list, or the empty state when none are set. */
export function ContactList({ contacts }: { contacts: readonly PublicContact[] }) {
  const { t, locale } = useI18n();
  const p = punctuation(locale);
  if (contacts.length === 0) return <p className="empty">{t('contacts.empty')}</p>;
  return (
    <ul className="contact-list">
      {contacts.map((contact, index) => {
        // What people typed stays as they typed it; an English reader gets the office's English line when there is one.
        const purpose = locale === 'en' ? contact.purposeEn || contact.purpose : contact.purpose || contact.purposeEn;
        return (
          <li key={index} className="contact-list__item">
            <strong>{contact.name}</strong>
            {contact.phone && (
              <span>
                {t('contacts.phone')}
                {p.colon}
                <a href={`tel:${contact.phone.replace(/[\s-]/g, '')}`}>{contact.phone}</a>
              </span>
            )}
            {contact.email && (
              <span>
                {t('contacts.email')}
                {p.colon}
                <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </span>
            )}
            {purpose && (
              <span className="muted">
                {t('contacts.purpose')}
                {p.colon}
                {purpose}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The contacts section, loaded from GET /api/contacts. */
export function CampaignContacts() {
  const { t } = useI18n();
  const loaded = useApiData((signal) => noticeApi.contacts(signal), [], queryKeys.contacts);
  return (
    <section className="section" aria-labelledby="campaign-contacts">
      <h2 id="campaign-contacts">{t('contacts.title')}</h2>
      {loaded.error !== null && <ErrorNotice error={loaded.error} onRetry={loaded.reload} />}
      {loaded.data && (
        <>
          {loaded.data.contacts.length > 0 && <p className="hint">{t('contacts.intro')}</p>}
          <ContactList contacts={loaded.data.contacts} />
        </>
      )}
    </section>
  );
}
