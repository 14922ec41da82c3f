// Submission statuses: the shared `status.*` words, plus the ladder's own endings (rejected, expired).
import type { I18n } from '../../i18n/i18n-context';
import { isMessageKey } from '../../i18n/is-message-key';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxZhCn);

/** The localized word for a submission status; the raw value when no dictionary knows it. */
export function submissionStatusLabel(t: I18n['t'], status: string): string {
  for (const key of [`status.${status}`, `task.submissionStatus.${status}`]) if (isMessageKey(key)) return t(key);
  return status;
}
