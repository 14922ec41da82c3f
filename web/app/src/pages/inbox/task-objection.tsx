// The objection a review task is about: when, why, and whom to call back (the server sends the whole mobile only to
// the reviewer handling the task; others see it masked).
import type { TaskObjection } from '../../api/inbox-types';
import { formatDateTime } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxZhCn);

/** A definition list of the objection. */
export function TaskObjectionFacts({ objection }: { objection: TaskObjection }) {
  const { t, locale } = useI18n();
  return (
    <dl className="meta">
      <dt>{t('task.objectionLodged')}</dt>
      <dd>{formatDateTime(objection.lodgedAt, locale)}</dd>
      <dt>{t('task.objectionReason')}</dt>
      <dd className="notice-card__text">{objection.reason}</dd>
      <dt>{t('task.objectionContact')}</dt>
      <dd>
        {objection.contact.name} · {objection.contact.mobile}
      </dd>
    </dl>
  );
}
