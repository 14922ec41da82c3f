// The messages the process sent about a submission: emails, text messages and group-chat posts.
import type { SubmissionEmail } from '../api/api-types';
import { StatusBadge } from '../components/status-badge';
import { formatDateTime } from '../format/format-date-time';
import { useI18n } from '../i18n/use-i18n';
import { channelWord, purposeWord, sentMessageWords, toStaffOnly } from './sent-message-text';
import { SentSubject } from './sent-subject';

// What a message said, as sent when in the reader's language (data, not the page's words), else what it was for in the
// reader's words with the subject as sent folded under it.
function ContentCell({ email }: { email: SubmissionEmail }) {
  const { t, locale } = useI18n();
  const { quote, asSent } = sentMessageWords(t, locale, email);
  if (!asSent) {
    return (
      <td data-label={t('sentMessage.content')} data-user-data="">
        {quote ?? ''}
      </td>
    );
  }
  return (
    <td data-label={t('sentMessage.content')}>
      {purposeWord(t, email.purpose) ?? channelWord(t, email.channel)}
      <SentSubject words={{ asSent }} />
    </td>
  );
}

/** A table of the messages sent, or an empty-state line. A message to staff read by someone outside the staff shows
 * only that staff were notified: no address, no subject (core/privacy/sent-messages.ts). A subject written in another
 * language than the reader's gives way to what the message was for, the subject folded away under it. */
export function EmailList({ emails, labelledBy }: { emails: SubmissionEmail[]; labelledBy: string }) {
  const { t, locale } = useI18n();
  if (emails.length === 0) return <p className="empty">{t('submission.noEmails')}</p>;
  return (
    <div className="table-wrap">
      {/* Named by the section's heading, not by a caption repeating it (a screen reader would read it twice). */}
      <table className="table table--stack" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t('sentMessage.content')}</th>
            <th scope="col" className="no-wrap">
              {t('sentMessage.channel')}
            </th>
            <th scope="col">{t('email.to')}</th>
            <th scope="col">{t('email.status')}</th>
            <th scope="col">{t('email.createdAt')}</th>
          </tr>
        </thead>
        <tbody>
          {emails.map((email) => (
            <tr key={email.id}>
              {toStaffOnly(email) ? (
                <td data-label={t('sentMessage.content')} className="muted">
                  {t('sentMessage.staffOnly')}
                </td>
              ) : (
                <ContentCell email={email} />
              )}
              <td data-label={t('sentMessage.channel')} className="no-wrap">
                {channelWord(t, email.channel)}
              </td>
              <td data-label={t('email.to')} className="break">
                {toStaffOnly(email) ? t('sentMessage.staff') : email.to}
              </td>
              <td data-label={t('email.status')} className="no-wrap">
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
