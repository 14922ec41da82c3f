// One outbox message: headers, the plain text, and the HTML inside a fully sandboxed frame.
import type { OutboxMessage } from '../../api/api-types';
import { StatusBadge } from '../../components/status-badge';
import { formatDateTime } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';

/** Props of OutboxMessageView. */
export interface OutboxMessageViewProps {
  message: OutboxMessage;
  onClose: () => void;
}

/** The detail panel of a message; email HTML is untrusted, so it renders only in `<iframe sandbox="">`. */
export function OutboxMessageView({ message, onClose }: OutboxMessageViewProps) {
  const { t, locale } = useI18n();
  return (
    // The message as it was sent, in its recipient's language: data, whatever the reader's language.
    <section className="card section message-view" aria-labelledby="outbox-message-subject" data-user-data>
      <div className="message-view__head">
        <h2 id="outbox-message-subject">{message.subject}</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <dl className="meta">
        <div>
          <dt>{t('email.to')}</dt>
          <dd className="break">{message.to}</dd>
        </div>
        <div>
          <dt>{t('email.status')}</dt>
          <dd>
            <StatusBadge status={message.status} kind="emailStatus" />
          </dd>
        </div>
        <div>
          <dt>{t('email.createdAt')}</dt>
          <dd>{formatDateTime(message.createdAt, locale)}</dd>
        </div>
        <div>
          <dt>{t('outbox.sentAt')}</dt>
          <dd>{message.sentAt ? formatDateTime(message.sentAt, locale) : t('outbox.notSent')}</dd>
        </div>
        <div>
          <dt>{t('outbox.key')}</dt>
          <dd className="mono break">{message.idempotencyKey}</dd>
        </div>
      </dl>
      <h3>{t('outbox.text')}</h3>
      <pre className="message-view__text">{message.text}</pre>
      {message.html && (
        <>
          <h3>{t('outbox.html')}</h3>
          <iframe
            className="message-view__html"
            sandbox=""
            srcDoc={message.html}
            title={t('outbox.htmlFrame')}
            referrerPolicy="no-referrer"
          />
        </>
      )}
    </section>
  );
}
