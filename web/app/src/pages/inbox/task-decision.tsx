// One decision area: the person first chooses what to do (the step's actions, named as their buttons), then fills that
// action's own small form (forms/present/decision-form.ts: only the fields it needs, marked required). The server's
// refusals land where they belong: 422 at the fields, 409 "someone else acted", 403 not yours. What was typed into an
// action's form is kept while another action is looked at, so choosing 上报 by mistake and back loses nothing.
import Form from '@rjsf/core';
import type { ErrorSchema, RJSFValidationError } from '@rjsf/utils';
import { useId, useMemo, useRef, useState } from 'react';
import type { TaskAction } from '#core/domain/human-task';
import { actionForm, hasOwnOpinion } from '#forms/present/decision-form';
import { formValidator } from '#forms/form-validator';
import { messagesTransformer } from '#forms/localize-validation-errors';
import { ChoiceWidget } from '../../form/choice-widget';
import { FORM_TEMPLATES } from '../../form/form-templates';
import { rjsfStrings } from '../../form/rjsf-strings';
import { SKIP_CONST_DEFAULTS } from '../../form/skip-const-defaults';
import { ApiError } from '../../api/api-error';
import { inboxApi } from '../../api/inbox-api';
import type { DecidableTask } from '../../api/inbox-types';
import { dataSegments } from '../../form/data-segments';
import { toExtraErrors } from '../../form/to-extra-errors';
import { useRewordedProblems } from '../../form/use-reworded-problems';
import { isMessageKey } from '../../i18n/is-message-key';
import { useI18n } from '../../i18n/use-i18n';
import type { MessageKey } from '../../i18n/zh-cn-messages';
import { FormErrorSummary, type FieldProblem } from '../form-error-summary';
import { ActionError, isStale } from './action-error';
import { completionForm } from './completion-form';
import { TaskTextArea } from './task-text-area';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxZhCn);

/** The widgets of a decision's form: its choice lists say 请选择 / Choose… until one is made. */
const DECISION_WIDGETS = { SelectWidget: ChoiceWidget };

/** Props of TaskDecision. */
export interface TaskDecisionProps {
  task: DecidableTask;
  onDecided: (action: TaskAction) => Promise<void>;
  onReload: () => Promise<void>;
}

function clientProblems(errors: RJSFValidationError[]): FieldProblem[] {
  return errors.map((error) => ({ segments: (error.property ?? '').split('.').filter(Boolean), message: error.message ?? error.stack }));
}

/** The step's own word for an action (an inspection's 核查通过), else the usual one; a newer workflow may offer an action
 * this build has no word for: its name rather than nothing. */
function useActionLabel(task: DecidableTask) {
  const { t } = useI18n();
  return (action: string) =>
    task.actionLabels?.[action as TaskAction] ?? (isMessageKey(`taskAction.${action}`) ? t(`taskAction.${action}` as MessageKey) : action);
}

/** The choice of action, then the chosen action's form. */
export function TaskDecision({ task, onDecided, onReload }: TaskDecisionProps) {
  const { t } = useI18n();
  const label = useActionLabel(task);
  const name = useId();
  const [action, setAction] = useState<TaskAction | null>(task.allowedActions.length === 1 ? task.allowedActions[0]! : null);
  const [typed, setTyped] = useState<Partial<Record<TaskAction, Typed>>>({});
  return (
    <div className="decision">
      {task.allowedActions.length > 1 && (
        <fieldset className="decision__choice">
          <legend>{t('task.chooseAction')}</legend>
          {task.allowedActions.map((option) => (
            <label key={option} className={`decision__option${option === action ? ' decision__option--chosen' : ''}`}>
              <input type="radio" name={name} value={option} checked={option === action} onChange={() => setAction(option)} />
              {label(option)}
            </label>
          ))}
        </fieldset>
      )}
      {action ? (
        <ActionForm
          key={action}
          task={task}
          action={action}
          onDecided={onDecided}
          onReload={onReload}
          typed={typed[action]}
          onTyped={(entry) => setTyped((current) => ({ ...current, [action]: entry }))}
        />
      ) : (
        <p className="muted">{t('task.chooseActionHint')}</p>
      )}
    </div>
  );
}

/** What the person typed into one action's form. */
interface Typed {
  data: Record<string, unknown>;
  comment: string;
}

interface ActionFormProps extends TaskDecisionProps {
  action: TaskAction;
  /** What was typed here before another action was chosen. */
  typed?: Typed;
  onTyped: (typed: Typed) => void;
}

/** The small form of one action with its one button. */
function ActionForm({ task, action, onDecided, onReload, typed, onTyped }: ActionFormProps) {
  const { t, locale } = useI18n();
  const label = useActionLabel(task);
  const form = useMemo(
    () => completionForm(actionForm(task.completionSchema, task.requiredByAction, action, locale), {}),
    [task.completionSchema, task.requiredByAction, action, locale],
  );
  const [formData, setFormData] = useState<Record<string, unknown>>(typed?.data ?? {});
  const [comment, setComment] = useState(typed?.comment ?? '');
  const [sending, setSending] = useState(false);
  const [extraErrors, setExtraErrors] = useState<ErrorSchema>();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [serverMessage, setServerMessage] = useState<string>();
  const [requestError, setRequestError] = useState<unknown>(null);
  const inFlight = useRef(false);
  const rjsf = useRef<Form>(null);
  const focusFirst = useRewordedProblems(rjsf, locale, problems.length > 0 && serverMessage === undefined);

  const decide = async (data: Record<string, unknown>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSending(true);
    setProblems([]);
    setServerMessage(undefined);
    setRequestError(null);
    try {
      await inboxApi.decide(task.id, action, data, comment.trim());
      await onDecided(action);
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && error.details.some((d) => d.path.startsWith('/data'))) {
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
      inFlight.current = false;
      setSending(false);
    }
  };

  return (
    <div className="form-fill decision__form">
      <Form
        ref={rjsf}
        schema={form.schema}
        uiSchema={form.uiSchema}
        validator={formValidator()}
        transformErrors={messagesTransformer(form.schema, locale)}
        // A choice that routes work must be made, never pre-selected (rjsf would take the first oneOf const).
        experimental_defaultFormStateBehavior={SKIP_CONST_DEFAULTS}
        // rjsf's own words in the reader's language, on worded list buttons, as on the fill page.
        translateString={rjsfStrings(locale)}
        templates={FORM_TEMPLATES}
        // Only the choice list of the fill page's widgets: a decision's form has no files or enterprise pickers.
        widgets={DECISION_WIDGETS}
        formData={formData}
        onChange={(event) => {
          const data = (event.formData ?? {}) as Record<string, unknown>;
          setFormData(data);
          onTyped({ data, comment });
        }}
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
        focusOnFirstError={focusFirst}
        disabled={sending}
      >
        {/* One opinion box: an action whose form asks for its own opinion (审核意见*) gets no generic one beside it. */}
        {!hasOwnOpinion(form.schema) && (
          <TaskTextArea
            label={t('task.comment')}
            hint={t('task.commentHint')}
            value={comment}
            onChange={(text) => {
              setComment(text);
              onTyped({ data: formData, comment: text });
            }}
            maxLength={2000}
            disabled={sending}
          />
        )}
        <FormErrorSummary problems={problems} schema={form.schema} message={serverMessage} autoFocus={serverMessage !== undefined} />
        <ActionError error={requestError} onReload={() => void onReload()} />
        <div className="task-actions">
          <button
            type="submit"
            className={`button ${action === 'reject' ? 'button--quiet' : 'button--primary'}`}
            disabled={sending}
            aria-busy={sending}
          >
            {sending && <span className="spinner" aria-hidden="true" />}
            {sending ? t('task.deciding') : label(action)}
          </button>
        </div>
      </Form>
    </div>
  );
}
