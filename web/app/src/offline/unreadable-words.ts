// What the officer reads about a queued item the phone can never open (send-pending.ts sets it aside as 无法发送). The
// phone's key is the account's one key from GET /api/offline-key, which the server makes once and never replaces, and a
// sign-in fetches that same key again: an item it cannot open was sealed under a key the account no longer has (the
// server's data restored or reset) or its stored bytes are damaged, and nothing makes it readable again. So the page
// says so, and what to redo, from what the item keeps in clear: its kind, when it was made, the phone's decision.
import type { Locale } from '#core/domain/locale';
import { formatDateTime } from '../format/format-date-time';
import type { I18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/zh-cn-messages';
import type { QueueItem } from './offline-store';

/** Why the item cannot be sent, and what to do instead. */
export interface UnreadableWords {
  why: string;
  whatToDo: string;
}

/** The words for an unreadable `item`, for a reader of `locale`. */
export function unreadableWords(
  t: I18n['t'],
  locale: Locale,
  item: Pick<QueueItem, 'kind' | 'deviceTime' | 'deviceOutcome'>,
): UnreadableWords {
  const time = formatDateTime(item.deviceTime, locale);
  const outcomeKey = `worker.status.${item.deviceOutcome ?? ''}` as MessageKey;
  const whatToDo =
    item.kind !== 'gate-check'
      ? t(`offline.unreadableRedo.${item.kind}`, { time })
      : item.deviceOutcome
        ? t('offline.unreadableRedo.gate-check', { time, outcome: t(outcomeKey) })
        : t('offline.unreadableRedo.gate-check.noOutcome', { time });
  return { why: t('offline.unreadableWhy'), whatToDo };
}
