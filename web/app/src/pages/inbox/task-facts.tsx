// The facts of one task as a description list: where it comes from, who holds it, when it is due, how it ended.
import { PriorityLabel } from './priority-label';
import type { LocalizedText } from '#core/domain/locale';
import type { DecidableTask, Task } from '../../api/inbox-types';
import { formatDateTime, formatDeadline } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { decidedByKey, taskResultWord } from './closed-words';
import { offeredTo, unitOf } from './holder-words';
import { stepLabel } from './step-label';
import { TaskStatusBadge } from './task-status-badge';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxZhCn);

/** Props of TaskFacts: names of the categories, by key, for display. */
export interface TaskFactsProps {
  task: Task & Pick<DecidableTask, 'actionLabels'>;
  categoryName: (key: string) => string | undefined;
}

// Its assignee, else the role and the working group ("企业服务专班 · 原材料供应组（任一成员）") or the inspection body alone,
// as the server names them with the task.
function useHolder(task: Task): string {
  const { t, pick } = useI18n();
  if (task.assigneeName) return task.assigneeName;
  return offeredTo(t, task.candidateRole, unitOf(pick, task.candidateGroup));
}

/** What a decider needs to know before acting. */
export function TaskFacts({ task, categoryName }: TaskFactsProps) {
  const { t, pick, locale } = useI18n();
  const holder = useHolder(task);
  const { actionLabels } = task;
  const action = typeof task.outcome?.action === 'string' ? task.outcome.action : null;
  const open = task.status === 'open' || task.status === 'claimed';
  return (
    <dl className="meta">
      {task.caseNumber && (
        <div>
          <dt>{t('task.caseNumber')}</dt>
          <dd className="mono">{task.caseNumber}</dd>
        </div>
      )}
      <div>
        <dt>{t('task.status')}</dt>
        <dd>
          <TaskStatusBadge status={task.status} />
        </dd>
      </div>
      <div>
        <dt>{t('task.enterprise')}</dt>
        <dd>{task.enterpriseName ?? t('common.blank')}</dd>
      </div>
      <div>
        <dt>{t('task.step')}</dt>
        <dd>{stepLabel(t, pick(task.title), task.step)}</dd>
      </div>
      {task.category && (
        <div>
          <dt>{t('field.category')}</dt>
          <dd>{categoryName(task.category) ?? task.category}</dd>
        </div>
      )}
      <div>
        <dt>{t('task.priority')}</dt>
        <dd>
          <PriorityLabel priority={task.priority} />
        </dd>
      </div>
      <div>
        <dt>{t('task.holder')}</dt>
        <dd>{holder}</dd>
      </div>
      {/* Once the task is over, "not claimed" says nothing: whoever decided it is named below. */}
      {(open || task.claimedByName) && (
        <div>
          <dt>{t('task.claimedBy')}</dt>
          <dd>{task.claimedByName ?? t('inbox.unclaimed')}</dd>
        </div>
      )}
      <div>
        <dt>{t('task.createdAt')}</dt>
        <dd>{formatDateTime(task.createdAt, locale)}</dd>
      </div>
      <div>
        <dt>{t('task.dueAt')}</dt>
        <dd>{formatDeadline(task.dueAt, locale)}</dd>
      </div>
      {task.closedAt && (
        <div>
          <dt>{t('task.closedAt')}</dt>
          <dd>{formatDateTime(task.closedAt, locale)}</dd>
        </div>
      )}
      {task.decidedByName && (
        <div>
          <dt>{t(decidedByKey(task.outcome?.action, task.caseStatusWords))}</dt>
          <dd>{task.decidedByName}</dd>
        </div>
      )}
      {action && (
        <div>
          <dt>{t('task.outcome')}</dt>
          <dd>{taskResultWord(t, action, actionLabels, task.caseStatusWords)}</dd>
        </div>
      )}
      {task.overdueSince && (
        <div>
          <dt>{t('task.overdueSince')}</dt>
          <dd className="due--overdue">{formatDateTime(task.overdueSince, locale)}</dd>
        </div>
      )}
      {task.outcome?.kind === 'closed' && (
        <div>
          <dt>{t('task.outcome')}</dt>
          <dd>{pick(task.outcome.note as LocalizedText)}</dd>
        </div>
      )}
      {task.outcome?.kind === 'breached' && (
        <div>
          <dt>{t('task.outcome')}</dt>
          <dd>{t('task.breached')}</dd>
        </div>
      )}
    </dl>
  );
}
