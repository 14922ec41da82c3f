// What the API answers when a monitored subject's workflow refuses an Update (or is gone): the error the caller can
// act on, in its language.
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { AppError } from '#core/errors';

/** The refusal of a reading or change for a monitoring that has ended. */
export const monitoringOver = new AppError(409, 'monitoring_over', { 'zh-CN': '该对象的观察已结束', en: 'This monitoring has ended' });

/** The refusal type the workflow's validator gave, 'Gone' when the workflow no longer runs, or null for any other error. */
export function refusalType(error: unknown): string | null {
  if (error instanceof WorkflowNotFoundError) return 'Gone';
  if (!(error instanceof WorkflowUpdateFailedError)) return null;
  return String((error.cause as { type?: string } | undefined)?.type ?? 'Unknown');
}

/** Maps a refusal by the workflow's Update validator to the API error the caller can act on; rethrows anything else. */
export function updateRefusal(error: unknown): never {
  const type = refusalType(error);
  if (type === null) throw error;
  if (type === 'Gone') throw monitoringOver;
  const cause = (error as WorkflowUpdateFailedError).cause as { message?: string } | undefined;
  const detail = [{ path: '', message: String(cause?.message ?? '') }];
  if (type === 'NoOpenCheckIn')
    throw new AppError(409, 'no_open_check_in', { 'zh-CN': '现在没有待记录的检测时段', en: 'No check-in is open now' }, detail);
  if (type === 'NotStarted')
    throw new AppError(409, 'not_started', {
      'zh-CN': '观察记录正在建立，请稍后再试',
      en: 'The monitoring is still being set up; try again in a moment',
    });
  if (type === 'InvalidReading' || type === 'InvalidChange')
    throw new AppError(422, 'invalid_update', { 'zh-CN': '内容不符合要求', en: 'The request was refused' }, detail);
  throw monitoringOver;
}

/** Sends an Update, turning a refusal into the API error the caller can act on. */
export async function sendUpdate<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    updateRefusal(error);
  }
}
