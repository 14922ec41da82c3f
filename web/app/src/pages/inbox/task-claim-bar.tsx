// Claim a group task so colleagues cannot decide it at the same time, or release it back to the group.
import type { User } from '../../api/api-types';
import { inboxApi } from '../../api/inbox-api';
import type { Task } from '../../api/inbox-types';
import { BusyButton } from '../../components/busy-button';
import { SuccessNotice } from '../../components/success-notice';
import { useI18n } from '../../i18n/use-i18n';
import { ActionError } from './action-error';
import { useAction } from '../../hooks/use-action';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxZhCn);

/** Props of TaskClaimBar; `inScope` says whether the user may decide (and so claim) the task. */
export interface TaskClaimBarProps {
  task: Task;
  user: User;
  inScope: boolean;
  onChanged: () => Promise<void>;
}

/** The claim or release button with what it says about who holds the task. */
export function TaskClaimBar({ task, user, inScope, onChanged }: TaskClaimBarProps) {
  const { t } = useI18n();
  const action = useAction();
  const mine = task.claimedBy === user.id;
  // Claiming matters for group tasks; a task assigned to one person is theirs already.
  const claimable = inScope && task.assigneeUserId === null && task.status === 'open' && task.claimedBy === null;
  const change = (claim: boolean) =>
    void action.run(async () => {
      try {
        await (claim ? inboxApi.claim(task.id) : inboxApi.release(task.id));
        return claim ? t('task.claimed') : t('task.released');
      } finally {
        await onChanged();
      }
    });

  return (
    <div>
      {task.claimedBy !== null && !mine && <p>{t('task.claimedByOther', { name: task.claimedByName ?? '?' })}</p>}
      {mine && <p>{t('task.claimedByMe')}</p>}
      {claimable && <p className="muted">{t('task.claimHint')}</p>}
      <div className="task-actions">
        {claimable && (
          <BusyButton
            type="button"
            busy={action.busy}
            label={t('task.claim')}
            busyLabel={t('task.claiming')}
            onClick={() => change(true)}
          />
        )}
        {mine && task.status === 'claimed' && (
          <BusyButton
            type="button"
            variant="quiet"
            busy={action.busy}
            label={t('task.release')}
            busyLabel={t('task.releasing')}
            onClick={() => change(false)}
          />
        )}
      </div>
      <ActionError error={action.error} onReload={() => void onChanged()} />
      <SuccessNotice message={action.message} />
    </div>
  );
}
