// A task's due time, marked in words (not colour alone) once it has passed while the task is still open.
import { formatDeadline } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxZhCn);

/** Props of DueTime: `open` says whether lateness still matters; `nowMs` is when the list was read. */
export interface DueTimeProps {
  dueAt: string;
  open: boolean;
  nowMs: number;
}

/** The due time, with an "overdue" flag for open tasks past it. */
export function DueTime({ dueAt, open, nowMs }: DueTimeProps) {
  const { t, locale } = useI18n();
  const overdue = open && Date.parse(dueAt) < nowMs;
  return (
    <span className={overdue ? 'due due--overdue' : 'due'}>
      <time dateTime={dueAt}>{formatDeadline(dueAt, locale)}</time>
      {overdue && <span className="overdue-flag">{t('inbox.overdueFlag')}</span>}
    </span>
  );
}
