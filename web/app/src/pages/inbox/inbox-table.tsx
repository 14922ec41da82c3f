// The inbox list: one row per task, its title linking to the task page, under it its case as the case's own row in a
// list names it (a gate check's worker and 放行 / 劝返 / 隔离观察). Open tabs show who holds it and when it is
// due; the done tab says how each task ended. Below 600px the rows become compact cards (inbox.css), so a phone
// shows the first task on the first screen.
import { PriorityLabel } from './priority-label';
import type { Task } from '../../api/inbox-types';
import { DataTable, type Column } from '../../components/data-table';
import { formatDateTime } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { routeHref } from '../../routing/route-href';
import { CaseLine } from './case-line';
import { DueTime } from './due-time';
import { stepLabel } from './step-label';
import { taskEnding } from './task-ending';
import { TaskStatusBadge } from './task-status-badge';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxListZhCn } from '../../i18n/messages/inbox-list-messages';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// The inbox list's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxListZhCn);
addZhCnMessages(inboxZhCn);

/** Props of InboxTable; `nowMs` is when the list was loaded, for overdue marking; `done` picks the done tab's columns. */
export interface InboxTableProps {
  tasks: readonly Task[];
  caption: string;
  nowMs: number;
  done: boolean;
}

const OPEN = new Set(['open', 'claimed']);

/** How a closed task ended, in words. */
export function TaskEnding({ task }: { task: Task }) {
  const { t, locale } = useI18n();
  const ending = taskEnding(task);
  if (!ending) return null;
  const time = task.closedAt ? formatDateTime(task.closedAt, locale) : t('common.blank');
  const name = task.decidedByName ?? t('inboxList.someone');
  return <span className="task-ending">{t(ending.key, { name, time, result: ending.result ?? '' })}</span>;
}

/** The tasks as a table. */
export function InboxTable({ tasks, caption, nowMs, done }: InboxTableProps) {
  const { t, pick } = useI18n();
  const columns: (Column<Task> | false)[] = [
    {
      key: 'title',
      label: t('inbox.col.title'),
      className: 'inbox-cell--title',
      render: (task) => (
        <>
          <a href={routeHref({ name: 'task', id: task.id })}>{pick(task.title)}</a>
          <CaseLine task={task} />
          {task.caseNumber && <span className="case-number mono">{task.caseNumber}</span>}
        </>
      ),
    },
    {
      key: 'enterprise',
      label: t('inbox.col.enterprise'),
      render: (task) => task.enterpriseName ?? <span className="muted">{t('common.blank')}</span>,
    },
    { key: 'step', label: t('inbox.col.step'), render: (task) => stepLabel(t, pick(task.title), task.step) },
    !done && { key: 'priority', label: t('inbox.col.priority'), render: (task) => <PriorityLabel priority={task.priority} /> },
    !done && { key: 'status', label: t('inbox.col.status'), render: (task) => <TaskStatusBadge status={task.status} /> },
    !done && {
      key: 'due',
      label: t('inbox.col.due'),
      render: (task) => <DueTime dueAt={task.dueAt} open={OPEN.has(task.status)} nowMs={nowMs} />,
    },
    !done && {
      key: 'claimedBy',
      label: t('inbox.col.claimedBy'),
      render: (task) => task.claimedByName ?? <span className="muted">{t('inbox.unclaimed')}</span>,
    },
    done && {
      key: 'ending',
      label: t('inboxList.col.ending'),
      className: 'inbox-cell--ending',
      render: (task) => <TaskEnding task={task} />,
    },
  ];
  return (
    <div className="inbox-list">
      <DataTable caption={caption} rows={tasks} rowKey={(task) => task.id} columns={columns} />
    </div>
  );
}
