// Hand a task to someone else with a reason; the list holds exactly the people the server accepts.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api/field-errors';
import { inboxApi } from '../../api/inbox-api';
import type { Task } from '../../api/inbox-types';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { SelectField } from '../../components/select-field';
import { SuccessNotice } from '../../components/success-notice';
import { useApiData } from '../../hooks/use-api-data';
import { queryKeys } from '../../api/query-keys';
import { isMessageKey } from '../../i18n/is-message-key';
import { useI18n } from '../../i18n/use-i18n';
import { ActionError } from './action-error';
import { TaskTextArea } from './task-text-area';
import { useAction } from '../../hooks/use-action';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxZhCn);

/** Props of TaskReassign. */
export interface TaskReassignProps {
  task: Task;
  onChanged: () => Promise<void>;
}

/** A form: new assignee and reason (at least two characters, recorded as a comment). */
export function TaskReassign({ task, onChanged }: TaskReassignProps) {
  const { t, pick } = useI18n();
  const candidates = useApiData((signal) => inboxApi.candidates(task.id, signal), [task.id, task.assigneeUserId], queryKeys.candidates);
  const [userId, setUserId] = useState('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const action = useAction();
  const options = (candidates.data?.candidates ?? []).map((c) => {
    const roleKey = `role.${c.role}`;
    const role = isMessageKey(roleKey) ? t(roleKey) : c.role;
    return { value: String(c.id), label: [c.displayName, role, c.workingGroup ? pick(c.workingGroup) : ''].filter(Boolean).join(' · ') };
  });
  const problems = {
    userId: userId ? undefined : t('common.fieldRequired'),
    reason: reason.trim().length >= 2 ? undefined : t('task.reasonTooShort'),
  };
  const server = fieldErrors(action.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problems.userId || problems.reason) return;
    void action.run(async () => {
      const name = options.find((o) => o.value === userId)?.label ?? '';
      try {
        await inboxApi.reassign(task.id, Number(userId), reason.trim());
        setUserId('');
        setReason('');
        setTried(false);
        return t('task.reassigned', { name });
      } finally {
        await onChanged();
      }
    });
  };

  if (candidates.error !== null) return <ErrorNotice error={candidates.error} onRetry={candidates.reload} />;
  return (
    <form onSubmit={submit} noValidate>
      <SelectField
        label={t('task.reassignTo')}
        value={userId}
        options={options}
        onChange={setUserId}
        placeholder={candidates.loading ? t('common.loading') : t('task.choosePerson')}
        required
        error={(tried && problems.userId) || server.userId}
      />
      <TaskTextArea
        label={t('task.reason')}
        value={reason}
        onChange={setReason}
        required
        hint={t('task.reasonHint')}
        error={(tried && problems.reason) || server.reason}
        maxLength={500}
      />
      <BusyButton busy={action.busy} label={t('task.reassign')} busyLabel={t('task.reassigning')} variant="quiet" />
      <ActionError error={Object.keys(server).length ? null : action.error} onReload={() => void onChanged()} />
      <SuccessNotice message={action.message} />
    </form>
  );
}
