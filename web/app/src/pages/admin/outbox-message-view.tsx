// One outbox message: headers, the plain text, and the HTML inside a fully sandboxed frame.
import { useEffect, useRef, useState } from 'react';
import type { OutboxMessage } from '../../api/api-types';
import { outboxRecipient } from './outbox-recipient';
import { fugongApi } from '../../api/fugong-api';
import { ErrorNotice } from '../../components/error-notice';
import { StatusBadge } from '../../components/status-badge';
import { formatDateTime } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { robotZhCn } from '../../i18n/messages/robot-messages';
import type { MessageKey } from '../../i18n/zh-cn-messages';

addZhCnMessages(robotZhCn);

/** Props of OutboxMessageView. */
export interface OutboxMessageViewProps {
  message: OutboxMessage;
  onClose: () => void;
  /** Called after "retry now" queued the message again, and every few seconds until it is settled, to read the list
   * again (the message's new state comes back through `message`). */
  onRetried?: () => void;
}

/** How often the panel reads the list again while a retried message waits for the worker's pass. */
const FOLLOW_MS = 3_000;
const IN_FLIGHT = new Set(['queued', 'sending']);

/** Where a retried message stands, in words: waiting (within how long the server said it leaves), being sent, sent
 * (when), or refused again. */
function RetryProgress({ message, queuedWords }: { message: OutboxMessage; queuedWords: string | null }) {
  const { t, locale } = useI18n();
  const words =
    message.status === 'queued'
      ? (queuedWords ?? t('outbox.progress.queued', { attempts: message.attempts }))
      : message.status === 'sending'
        ? t('outbox.progress.sending')
        : message.status === 'sent'
          ? t('outbox.progress.sent', { time: message.sentAt ? formatDateTime(message.sentAt, locale) : '' })
          : t('outbox.progress.failed');
  return (
    <p role="status" className={message.status === 'failed' || message.status === 'dead' ? 'notice notice--error' : 'notice'}>
      {words}
    </p>
  );
}

/** The detail panel of a message; email HTML is untrusted, so it renders only in `<iframe sandbox="">`. */
export function OutboxMessageView({ message, onClose, onRetried }: OutboxMessageViewProps) {
  const { t, locale } = useI18n();
  const [retry, setRetry] = useState<{ busy: boolean; done: boolean; error: unknown; queuedWords?: string }>({
    busy: false,
    done: false,
    error: null,
  });
  const following = retry.done && IN_FLIGHT.has(message.status);
  // The page passes a new callback each render; the timer reads the latest without starting over.
  const reread = useRef(onRetried);
  reread.current = onRetried;
  // The worker's pass sends a queued message within its interval: the panel follows it there and stops once settled.
  useEffect(() => {
    if (!following) return;
    const timer = setInterval(() => reread.current?.(), FOLLOW_MS);
    return () => clearInterval(timer);
  }, [following]);
  const retryNow = async () => {
    setRetry({ busy: true, done: false, error: null });
    try {
      // The answer says within how long the worker's pass sends it, in the admin's language.
      const answer = await fugongApi.retryOutbox(message.id);
      setRetry({ busy: false, done: true, error: null, queuedWords: answer.message });
      onRetried?.();
    } catch (error) {
      setRetry({ busy: false, done: false, error });
    }
  };
  return (
    // The message as it was sent, in its recipient's language, is data whatever the reader's language (marked so where
    // it shows; the stored key and the provider's error are codes shown as they are); the labels around them and the
    // note on what was masked are the page's own words.
    <section className="card section message-view" aria-labelledby="outbox-message-subject">
      <div className="message-view__head">
        <h2 id="outbox-message-subject" data-user-data>
          {message.subject}
        </h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <dl className="meta">
        <div>
          <dt>{t('email.to')}</dt>
          <dd className="break" data-user-data>
            {outboxRecipient(message)}
          </dd>
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
        {message.channel !== 'email' && (
          <div>
            <dt>{t('outbox.channel')}</dt>
            <dd>{t(`channel.${message.channel}` as MessageKey)}</dd>
          </div>
        )}
        {(message.channel !== 'email' || message.attempts > 0) && (
          <div>
            <dt>{t('outbox.attempts')}</dt>
            <dd>{message.attempts}</dd>
          </div>
        )}
        {message.nextAttemptAt && message.status === 'queued' && (
          <div>
            <dt>{t('outbox.nextAttempt')}</dt>
            <dd>{formatDateTime(message.nextAttemptAt, locale)}</dd>
          </div>
        )}
        {message.lastError && (
          <div>
            <dt>{t('outbox.lastError')}</dt>
            <dd className="mono break" data-literal>
              {message.lastError}
            </dd>
          </div>
        )}
      </dl>
      {/* The key names the workflow and moment the message belongs to (ids): for IT tracing a message, folded away. */}
      <details className="message-view__technical">
        <summary>{t('outbox.technical')}</summary>
        <dl className="meta">
          <div>
            <dt>{t('outbox.key')}</dt>
            <dd className="mono break" data-literal>
              {message.idempotencyKey}
            </dd>
          </div>
        </dl>
      </details>
      {message.retryable && !following && (
        <>
          {message.channel === 'email' && !retry.done && (
            <p className="muted">{t(message.status === 'failed' ? 'outbox.failedHint' : 'outbox.waitingHint')}</p>
          )}
          <p>
            <button type="button" className="button" disabled={retry.busy} onClick={() => void retryNow()}>
              {t(message.channel === 'email' ? 'outbox.resend' : 'outbox.retryNow')}
            </button>
          </p>
          {/* Why it was refused (no mail server configured, being sent), right under the button. */}
          {retry.error !== null && <ErrorNotice error={retry.error} />}
        </>
      )}
      {/* Due a retry, but its channel cannot send (no SMTP, robot URL or SMS gateway): what to configure, no button. */}
      {message.unsendableReason && (
        <p role="note" className="notice">
          {message.unsendableReason}
        </p>
      )}
      {retry.done && <RetryProgress message={message} queuedWords={retry.queuedWords ?? null} />}
      <h3>{t('outbox.text')}</h3>
      {/* What was masked, so the admin does not take 李* for a garbled name. */}
      {message.content === 'masked' && <p className="muted">{t('outbox.masked')}</p>}
      <pre className="message-view__text" data-user-data>
        {message.text}
      </pre>
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
