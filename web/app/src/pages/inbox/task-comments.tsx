// The discussion on a task: comments oldest first (reassign reasons among them), and a box to add one.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api/field-errors';
import { inboxApi } from '../../api/inbox-api';
import type { TaskComment } from '../../api/inbox-types';
import { BusyButton } from '../../components/busy-button';
import { SuccessNotice } from '../../components/success-notice';
import { formatDateTime } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { ActionError } from './action-error';
import { TaskTextArea } from './task-text-area';
import { useAction } from '../../hooks/use-action';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxZhCn);

/** Props of TaskComments. */
export interface TaskCommentsProps {
  taskId: string;
  comments: readonly TaskComment[];
  onChanged: () => Promise<void>;
}

/** The comment list and the add form. */
export function TaskComments({ taskId, comments, onChanged }: TaskCommentsProps) {
  const { t, locale } = useI18n();
  const [body, setBody] = useState('');
  const [tried, setTried] = useState(false);
  const action = useAction();
  const empty = body.trim() === '' ? t('common.fieldRequired') : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (empty) return;
    void action.run(async () => {
      await inboxApi.comment(taskId, body.trim());
      setBody('');
      setTried(false);
      await onChanged();
      return t('task.commentAdded');
    });
  };
  return (
    <>
      {comments.length === 0 ? (
        <p className="muted">{t('task.noComments')}</p>
      ) : (
        <ol className="comment-list">
          {comments.map((comment, index) => (
            <li key={`${comment.at ?? ''}:${index}`}>
              <strong>{comment.by}</strong>
              {comment.at && (
                <>
                  {' '}
                  ·{' '}
                  <time className="muted" dateTime={comment.at}>
                    {formatDateTime(comment.at, locale)}
                  </time>
                </>
              )}
              <p>{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={submit} noValidate>
        <TaskTextArea
          label={t('task.newComment')}
          value={body}
          onChange={setBody}
          maxLength={2000}
          error={(tried && empty) || fieldErrors(action.error).body}
        />
        <BusyButton busy={action.busy} label={t('task.addComment')} busyLabel={t('common.saving')} variant="quiet" />
        <ActionError error={fieldErrors(action.error).body ? null : action.error} onReload={() => void onChanged()} />
        <SuccessNotice message={action.message} />
      </form>
    </>
  );
}
