// A task's status as a localized pill; the shared badge colours, with the wording from the `taskStatus.*` keys.
import { isMessageKey } from '../../i18n/is-message-key';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxZhCn);

/** A localized task status, styled by its value. */
export function TaskStatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  const key = `taskStatus.${status}`;
  return <span className={`badge task-badge task-badge--${status.replace(/[^a-z_]/gi, '')}`}>{isMessageKey(key) ? t(key) : status}</span>;
}
