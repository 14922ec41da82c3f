// The inbox list: one row per task, its title linking to the task page; stacks into cards on narrow screens.
import type { Task } from '../../api/inbox-types';
import { useI18n } from '../../i18n/use-i18n';
import { routeHref } from '../../routing/route-href';
import { DueTime } from './due-time';
import { stepLabel } from './step-label';
import { TaskStatusBadge } from './task-status-badge';

/** Props of InboxTable; `nowMs` is when the list was loaded, for overdue marking. */
export interface InboxTableProps {
  tasks: readonly Task[];
  caption: string;
  nowMs: number;
}

const OPEN = new Set(['open', 'claimed']);

/** The tasks as a table. */
export function InboxTable({ tasks, caption, nowMs }: InboxTableProps) {
  const { t, pick } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table table--stack">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('inbox.col.title')}</th>
            <th scope="col">{t('inbox.col.enterprise')}</th>
            <th scope="col">{t('inbox.col.step')}</th>
            <th scope="col">{t('inbox.col.priority')}</th>
            <th scope="col">{t('inbox.col.status')}</th>
            <th scope="col">{t('inbox.col.due')}</th>
            <th scope="col">{t('inbox.col.claimedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => {
            const title = pick(task.title);
            return (
              <tr key={task.id}>
                <td data-label={t('inbox.col.title')}>
                  <a href={routeHref({ name: 'task', id: task.id })}>{title}</a>
                </td>
                <td data-label={t('inbox.col.enterprise')}>{task.enterpriseName ?? <span className="muted">{t('common.blank')}</span>}</td>
                <td data-label={t('inbox.col.step')}>{stepLabel(title, task.step)}</td>
                <td data-label={t('inbox.col.priority')} className={task.priority > 0 ? 'priority--high' : undefined}>
                  {task.priority > 0 ? t('inbox.priorityHigh', { priority: task.priority }) : t('inbox.priorityNormal')}
                </td>
                <td data-label={t('inbox.col.status')}><TaskStatusBadge status={task.status} /></td>
                <td data-label={t('inbox.col.due')}><DueTime dueAt={task.dueAt} open={OPEN.has(task.status)} nowMs={nowMs} /></td>
                <td data-label={t('inbox.col.claimedBy')}>{task.claimedByName ?? <span className="muted">{t('inbox.unclaimed')}</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
