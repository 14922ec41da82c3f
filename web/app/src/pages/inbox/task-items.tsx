// The rows of a follow-up task: the enterprises still missing a report, each with its cadre, closing as reports arrive.
import type { TaskItem } from '../../api/inbox-types';
import { formatDateTime } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxZhCn);

/** A table of a task's rows; nothing when the task has none. */
export function TaskItems({ items }: { items: TaskItem[] | undefined }) {
  const { t, locale } = useI18n();
  if (!items?.length) return null;
  const open = items.filter((item) => item.status === 'open').length;
  return (
    <section className="card section" aria-labelledby="task-items">
      <h2 id="task-items">
        {t('task.items')} ({open}/{items.length})
      </h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('task.itemEnterprise')}</th>
            <th scope="col">{t('task.itemCadre')}</th>
            <th scope="col">{t('task.itemStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.enterpriseId}>
              <td>{item.enterpriseName}</td>
              <td>{item.cadreName ?? t('common.blank')}</td>
              <td>
                {item.status === 'open'
                  ? t('task.itemOpen')
                  : `${t('task.itemClosed')}${item.closedAt ? ` · ${formatDateTime(item.closedAt, locale)}` : ''}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
