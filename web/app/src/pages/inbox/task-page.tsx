// One task: its facts, a live SLA countdown, claim/release, reassign, comments, the decision form, the
// originating submission and the process timeline. Polls so that another person's action shows.
import { useCallback, useState } from 'react';
import { actorMayDecide, type TaskAction } from '#core/domain/human-task';
import type { Role } from '#core/org/org-types';
import type { User } from '../../api/api-types';
import type { Task } from '../../api/inbox-types';
import { inboxApi } from '../../api/inbox-api';
import { orgApi } from '../../api/org-api';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { SuccessNotice } from '../../components/success-notice';
import { useApiData } from '../../hooks/use-api-data';
import { queryKeys } from '../../api/query-keys';
import { useChanged } from '../../hooks/use-changed';
import { useI18n } from '../../i18n/use-i18n';
import { routeHref } from '../../routing/route-href';
import { CaseLine } from './case-line';
import { taskResultWord } from './closed-words';
import { ProcessTimeline } from './process-timeline';
import { SlaCountdown } from './sla-countdown';
import { TaskClaimBar } from './task-claim-bar';
import { TaskComments } from './task-comments';
import { TaskDecision } from './task-decision';
import { TaskFacts } from './task-facts';
import { TaskObjectionFacts } from './task-objection';
import { TaskItems } from './task-items';
import { TaskLatestReply } from './task-latest-reply';
import { TaskOrigin } from './task-origin';
import { TaskReassign } from './task-reassign';
import { useClosedNotice } from './use-closed-notice';
import { usePolledTask } from './use-polled-task';
import './inbox.css';
import './task-page.css';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxZhCn);

const isOpen = (task: Task) => task.status === 'open' || task.status === 'claimed';

/** What this user may do with the task right now. */
function permissionsOf(task: Task, user: User, ownFiling: boolean) {
  const inScope = actorMayDecide(
    {
      taskId: task.id,
      assigneeUserId: task.assigneeUserId,
      candidateRole: task.candidateRole as Role | null,
      candidateGroupId: task.candidateGroupId,
    },
    { userId: user.id, role: user.role, workingGroupId: user.workingGroupId ?? null },
  );
  const open = isOpen(task);
  // Whoever filed what is reviewed may follow it here, not work it or choose who does (the routes refuse both).
  if (ownFiling) return { inScope: false, canDecide: false, canReassign: false };
  return {
    inScope,
    canDecide: open && inScope && (task.claimedBy === null || task.claimedBy === user.id),
    canReassign: open && (user.role === 'hq' || user.role === 'admin' || task.claimedBy === user.id || inScope),
  };
}

/** Names of the categories for the facts list (the task itself names the group or body it was offered to). */
function useCategoryName() {
  const { pick } = useI18n();
  const categories = useApiData((signal) => orgApi.categories(signal).catch(() => ({ categories: [] })), [], queryKeys.categories);
  return useCallback(
    (key: string) => {
      const category = categories.data?.categories.find((c) => c.key === key);
      return category ? pick(category.name) : undefined;
    },
    [categories.data, pick],
  );
}

/** The task page for task `id`. */
export function TaskPage({ id, user }: { id: string; user: User }) {
  const { t, pick, locale } = useI18n();
  const { detail, error, readAt, reload } = usePolledTask(id);
  const changed = useChanged();
  // An action on the task changes it and the inbox lists it is on; reading them again (the task at once) shows it.
  const refresh = () => changed('task', 'tasks');
  const categoryName = useCategoryName();
  const [decided, setDecided] = useState<string | null>(null);
  const task = detail?.task;
  // Read again with every poll of the task: the submission's own events (settled, emails) arrive after the decision.
  // And with the language: the server titles the submission's fields in the reader's language.
  const timeline = useApiData((signal) => inboxApi.timeline(id, signal), [id, readAt, locale], queryKeys.timeline);
  const closedNotice = useClosedNotice(task, decided !== null);
  const back = (
    <p className="breadcrumb">
      <a href={routeHref({ name: 'inbox' })}>{t('task.backToInbox')}</a>
    </p>
  );

  if (!detail || !task) {
    return (
      <>
        {back}
        {error !== null ? <ErrorNotice error={error} onRetry={() => void reload()} /> : <LoadingIndicator />}
      </>
    );
  }
  const ownFiling = detail.ownFiling === true;
  const can = permissionsOf(task, user, ownFiling);
  const onDecided = async (action: TaskAction) => {
    setDecided(t('task.decided', { result: taskResultWord(t, action, task.actionLabels, task.caseStatusWords) }));
    // A decision also moves the case on: its submission, its case panel and the lists that show it.
    await changed('task', 'tasks', 'submission', 'submissions', 'case');
  };

  return (
    <>
      {back}
      <PageHeading>{pick(task.title)}</PageHeading>
      {/* A task outside a ladder is titled by what happened (a fever referral, an offline decision to verify): the case
          line says whom it is about and where the case stands, as its row in the inbox does. */}
      {task.caseStatusText && (
        <p className="task-case-line">
          <CaseLine task={task} />
        </p>
      )}
      {error !== null && <ErrorNotice error={error} onRetry={() => void reload()} />}
      <SuccessNotice message={decided ?? closedNotice} />
      <section className="card section" aria-labelledby="task-sla">
        <h2 id="task-sla">{t('task.sla')}</h2>
        <SlaCountdown dueAt={task.dueAt} closedAt={isOpen(task) ? null : (task.closedAt ?? task.dueAt)} decided={task.decidedBy !== null} />
        <TaskFacts task={task} categoryName={categoryName} />
      </section>

      {/* What is asked comes first: the submission, its files, its history; the decision after it. */}
      <section className="card section" aria-labelledby="task-origin">
        <h2 id="task-origin">{t('task.origin')}</h2>
        {timeline.error !== null && <ErrorNotice error={timeline.error} onRetry={timeline.reload} />}
        {timeline.loading && !timeline.data && <LoadingIndicator />}
        {timeline.data?.submission ? (
          <TaskOrigin origin={timeline.data.submission} />
        ) : (
          timeline.data && <p className="muted">{t('task.noOrigin')}</p>
        )}
      </section>
      <TaskItems items={detail.items} />

      {detail.objection && (
        <section className="card section" aria-labelledby="task-objection">
          <h2 id="task-objection">{t('task.objection')}</h2>
          <TaskObjectionFacts objection={detail.objection} />
        </section>
      )}

      <section className="card section" aria-labelledby="task-timeline">
        <h2 id="task-timeline">{t('task.timeline')}</h2>
        {timeline.loading && !timeline.data && <LoadingIndicator />}
        {timeline.data && (
          <ProcessTimeline
            timeline={timeline.data}
            currentTaskId={task.id}
            decision={{ schema: task.completionSchema, requiredByAction: task.requiredByAction }}
          />
        )}
      </section>

      {isOpen(task) && timeline.data && <TaskLatestReply events={timeline.data.events} />}
      {isOpen(task) && (
        <section className="card section" aria-labelledby="task-handle">
          <h2 id="task-handle">{t('task.handle')}</h2>
          <TaskClaimBar task={task} user={user} inScope={can.inScope} onChanged={refresh} />
          {can.canDecide && <TaskDecision key={`${task.id}:${task.status}`} task={task} onDecided={onDecided} onReload={refresh} />}
          {!can.inScope && <p className="muted">{t(ownFiling ? 'task.ownFiling' : 'task.notInScope')}</p>}
        </section>
      )}

      {/* Reassigning and commenting are the exceptions: folded away until asked for. */}
      {can.canReassign && (
        <details className="card section task-more">
          <summary>
            <h2>{t('task.reassignTitle')}</h2>
          </summary>
          <TaskReassign task={task} onChanged={refresh} />
        </details>
      )}

      <details className="card section task-more" open={detail.comments.length > 0}>
        <summary>
          <h2>
            {t('task.comments')} ({detail.comments.length})
          </h2>
        </summary>
        <TaskComments taskId={task.id} comments={detail.comments} onChanged={refresh} />
      </details>
    </>
  );
}
