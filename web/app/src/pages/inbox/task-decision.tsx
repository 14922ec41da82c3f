// Deciding a task through its own completion form: one button per allowed action; the server's refusals shown
// where they belong (409 someone else acted, 403 not yours, 422 at the fields).
import Form from '@rjsf/core';
import type { ErrorSchema, RJSFValidationError } from '@rjsf/utils';
import { useMemo, useRef, useState } from 'react';
import type { TaskAction } from '../../../../../core/domain/human-task';
import { formValidator } from '../../../../../forms/form-validator';
import { messagesTransformer } from '../../../../../forms/localize-validation-errors';
import { SKIP_CONST_DEFAULTS } from '../../form/skip-const-defaults';
import { ApiError } from '../../api/api-error';
import { inboxApi } from '../../api/inbox-api';
import type { Task } from '../../api/inbox-types';
import { dataSegments } from '../../form/data-segments';
import { toExtraErrors } from '../../form/to-extra-errors';
import { isMessageKey } from '../../i18n/is-message-key';
import { useI18n } from '../../i18n/use-i18n';
import type { MessageKey } from '../../i18n/zh-cn-messages';
import { FormErrorSummary, type FieldProblem } from '../form-error-summary';
import { ActionError, isStale } from './action-error';
import { completionForm } from './completion-form';
import { TaskTextArea } from './task-text-area';

/** Props of TaskDecision. */
export interface TaskDecisionProps {
  task: Task;
  onDecided: (action: TaskAction) => Promise<void>;
  onReload: () => Promise<void>;
}

function clientProblems(errors: RJSFValidationError[]): FieldProblem[] {
  return errors.map((error) => ({ segments: (error.property ?? '').split('.').filter(Boolean), message: error.message ?? error.stack }));
}

/** The completion form with the task's action buttons. */
export function TaskDecision({ task, onDecided, onReload }: TaskDecisionProps) {
  const { t, locale } = useI18n();
  const form = useMemo(() => completionForm(task.completionSchema, { note: t('task.note') }), [task.completionSchema, t]);
  const [formData, setFormData] = useState<Record<string, unknown>>({});
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState<TaskAction | null>(null);
  const [extraErrors, setExtraErrors] = useState<ErrorSchema>();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [serverMessage, setServerMessage] = useState<string>();
  const [requestError, setRequestError] = useState<unknown>(null);
  const chosen = useRef<TaskAction | null>(null);
  // A newer workflow may offer an action this build has no word for: show its name rather than nothing.
  const actionLabel = (action: string) => (isMessageKey(`taskAction.${action}`) ? t(`taskAction.${action}` as MessageKey) : action);

  const decide = async (data: Record<string, unknown>) => {
    const action = chosen.current;
    if (!action || sending) return;
    setSending(action);
    setProblems([]);
    setServerMessage(undefined);
    setRequestError(null);
    try {
      await inboxApi.decide(task.id, action, data, comment.trim());
      await onDecided(action);
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && error.details.length > 0) {
        const atData = error.details.filter((d) => d.path.startsWith('/data'));
        setExtraErrors(toExtraErrors(atData, form.schema));
        setProblems(
          error.details.map((d) => ({ segments: d.path.startsWith('/data') ? dataSegments(d.path, form.schema) : [], message: d.message })),
        );
        setServerMessage(error.message);
      } else {
        setRequestError(error);
        // Someone else acted: fetch what they did at once rather than at the next poll.
        if (isStale(error)) void onReload();
      }
    } finally {
      setSending(null);
    }
  };

  return (
    <div className="form-fill">
      <Form
        schema={form.schema}
        uiSchema={form.uiSchema}
        validator={formValidator()}
        transformErrors={messagesTransformer(form.schema, locale)}
        // A choice that routes work must be made, never pre-selected (rjsf would take the first oneOf const).
        experimental_defaultFormStateBehavior={SKIP_CONST_DEFAULTS}
        formData={formData}
        onChange={(event) => setFormData((event.formData ?? {}) as Record<string, unknown>)}
        onSubmit={(event) => {
          setExtraErrors(undefined);
          void decide((event.formData ?? {}) as Record<string, unknown>);
        }}
        onError={(errors) => {
          setServerMessage(undefined);
          setProblems(clientProblems(errors));
        }}
        extraErrors={extraErrors}
        showErrorList={false}
        noHtml5Validate
        focusOnFirstError
        disabled={sending !== null}
      >
        <TaskTextArea
          label={t('task.comment')}
          hint={t('task.commentHint')}
          value={comment}
          onChange={setComment}
          maxLength={2000}
          disabled={sending !== null}
        />
        <FormErrorSummary problems={problems} schema={form.schema} message={serverMessage} autoFocus={serverMessage !== undefined} />
        <ActionError error={requestError} onReload={() => void onReload()} />
        <div className="task-actions">
          {task.allowedActions.map((action) => (
            <button
              key={action}
              type="submit"
              className={`button ${action === 'reject' ? 'button--quiet' : 'button--primary'}`}
              disabled={sending !== null}
              aria-busy={sending === action}
              onClick={() => (chosen.current = action)}
            >
              {sending === action && <span className="spinner" aria-hidden="true" />}
              {sending === action ? t('task.deciding') : actionLabel(action)}
            </button>
          ))}
        </div>
      </Form>
    </div>
  );
}
