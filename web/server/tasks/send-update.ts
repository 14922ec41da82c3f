// Sending a decision or a reassignment to the workflow: its validator's refusals become API errors (403 not yours, 409
// closed, 422 at the fields a decision lacks). The workflow waits on a task before its row is written, so a refusal as
// closed is final: the task was decided, escalated or expired meanwhile.
import type { RJSFSchema } from '@rjsf/utils';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { Locale } from '#core/domain/locale';
import { AppError } from '#core/errors';
import { VALIDATION_MESSAGES } from '#forms/validation-messages';

/** 409: the task was decided or moved on meanwhile. */
export const closed = new AppError(409, 'task_closed', {
  'zh-CN': '该待办已办结或已转办，请刷新',
  en: 'This task is already closed; reload to see who acted',
});
/** 403: the task is not within the asker's scope. */
export const outOfScope = new AppError(403, 'not_your_task', {
  'zh-CN': '该待办不在您的办理范围内',
  en: 'This task is not yours to decide',
});

/** "请填写「上报理由」": the message for a field the workflow found missing, titled as the action's form titles it. */
export function missingMessage(form: RJSFSchema, name: string, locale: Locale): string {
  const field = ((form.properties ?? {}) as Record<string, RJSFSchema>)[name];
  const choices = Boolean(field?.oneOf ?? field?.anyOf ?? field?.enum);
  return VALIDATION_MESSAGES.required![locale]({ title: field?.title, params: { missingProperty: name }, choices });
}

/** Sends an Update and maps the workflow validator's refusals to API errors, a missing field at its path. */
export async function sendUpdate(send: () => Promise<unknown>, missing: (name: string) => string = (name) => name): Promise<void> {
  try {
    await send();
  } catch (error) {
    if (!(error instanceof WorkflowUpdateFailedError)) throw error;
    const type = (error.cause as { type?: string } | undefined)?.type;
    if (type === 'NotInScope') throw outOfScope;
    const reason = String((error.cause as Error | undefined)?.message ?? '');
    // The validator says `missing a, b` (workflows/human-task.ts): each name becomes a problem at its field.
    const fields = type === 'InvalidCompletion' && reason.startsWith('missing ') ? reason.slice(8).split(', ').filter(Boolean) : [];
    if (fields.length)
      throw new AppError(
        422,
        'invalid_completion',
        { 'zh-CN': '办理内容有误', en: 'The completion form has problems' },
        fields.map((name) => ({ path: `/data/${name}`, message: missing(name) })),
      );
    if (type === 'ActionNotAllowed' || type === 'InvalidCompletion')
      throw new AppError(422, 'invalid_decision', { 'zh-CN': '办理内容不符合要求', en: 'The decision was refused' }, [
        { path: '', message: reason },
      ]);
    throw closed;
  }
}
