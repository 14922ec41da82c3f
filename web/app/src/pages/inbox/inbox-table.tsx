// The inbox list: one row per task, its title linking to the task page; stacks into cards on narrow screens.
import { PriorityLabel } from './priority-label';
import type { Task } from '../../api/inbox-types';
import { DataTable } from '../../components/data-table';
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
    <DataTable
      caption={caption}
      rows={tasks}
      rowKey={(task) => task.id}
      columns={[
        {
          key: 'title',
          label: t('inbox.col.title'),
          render: (task) => (
            <>
              <a href={routeHref({ name: 'task', id: task.id })}>{pick(task.title)}</a>
              {task.caseNumber && <span className="case-number mono">{task.caseNumber}</span>}
            </>
          ),
        },
        {
          key: 'enterprise',
          label: t('inbox.col.enterprise'),
          render: (task) => task.enterpriseName ?? <span className="muted">{t('common.blank')}</span>,
        },
        { key: 'step', label: t('inbox.col.step'), render: (task) => stepLabel(pick(task.title), task.step) },
        {
          key: 'priority',
          label: t('inbox.col.priority'),
          render: (task) => <PriorityLabel priority={task.priority} />,
        },
        { key: 'status', label: t('inbox.col.status'), render: (task) => <TaskStatusBadge status={task.status} /> },
        {
          key: 'due',
          label: t('inbox.col.due'),
          render: (task) => <DueTime dueAt={task.dueAt} open={OPEN.has(task.status)} nowMs={nowMs} />,
        },
        {
          key: 'claimedBy',
          label: t('inbox.col.claimedBy'),
          render: (task) => task.claimedByName ?? <span className="muted">{t('inbox.unclaimed')}</span>,
        },
      ]}
    />
  );
}
