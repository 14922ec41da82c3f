// The emails the process sent about a submission.
import type { SubmissionEmail } from '../api/api-types';
import { StatusBadge } from '../components/status-badge';
import { formatDateTime } from '../format/format-date-time';
import { useI18n } from '../i18n/use-i18n';

/** A table of emails, or an empty-state line. */
export function EmailList({ emails }: { emails: SubmissionEmail[] }) {
  const { t, locale } = useI18n();
  if (emails.length === 0) return <p className="empty">{t('submission.noEmails')}</p>;
  return (
    <div className="table-wrap">
      <table className="table table--stack">
        <caption className="visually-hidden">{t('submission.emails')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('email.subject')}</th>
            <th scope="col">{t('email.to')}</th>
            <th scope="col">{t('email.status')}</th>
            <th scope="col">{t('email.createdAt')}</th>
          </tr>
        </thead>
        <tbody>
          {emails.map((email) => (
            <tr key={email.id}>
              {/* As sent, in its recipient's language: data, not the page's words. */}
              <td data-label={t('email.subject')} data-user-data="">
                {email.subject}
              </td>
              <td data-label={t('email.to')} className="break">
                {email.to}
              </td>
              <td data-label={t('email.status')}>
                <StatusBadge status={email.status} kind="emailStatus" />
              </td>
              <td data-label={t('email.createdAt')}>{formatDateTime(email.createdAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
