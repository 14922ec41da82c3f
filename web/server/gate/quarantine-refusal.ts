// What the gate's API answers when a quarantine's workflow refuses an Update (or is gone): the error the officer can
// act on, in their language. Shared by the check-in route (online and queued) and the end-date change.
import type { WorkflowUpdateFailedError } from '@temporalio/client';
import { AppError } from '#core/errors';
import { refusalType } from '../monitoring/update-refusal';

/** The refusal of a check-in or change for a quarantine that has ended. */
export const quarantineOver = new AppError(409, 'quarantine_over', { 'zh-CN': '该人员已解除隔离', en: 'This quarantine has ended' });

/** Maps a refusal by the quarantine workflow's Update validator to the API error; rethrows anything else. */
export function quarantineRefusal(error: unknown): never {
  const type = refusalType(error);
  if (type === null) throw error;
  // A quarantine whose workflow is gone has nothing left to follow.
  if (type === 'Gone') throw quarantineOver;
  const cause = (error as WorkflowUpdateFailedError).cause as { message?: string } | undefined;
  const detail = [{ path: '', message: String(cause?.message ?? '') }];
  if (type === 'NoOpenCheckIn')
    throw new AppError(
      409,
      'no_open_check_in',
      {
        'zh-CN': '现在没有待测的时段（测温时段前后各两小时内可记录）',
        en: 'No check-in is open now (each opens shortly before its time)',
      },
      detail,
    );
  if (type === 'NotStarted')
    throw new AppError(409, 'not_started', {
      'zh-CN': '隔离记录正在建立，请稍后再试',
      en: 'The quarantine is still being set up; try again in a moment',
    });
  if (type === 'InvalidReading' || type === 'InvalidChange')
    throw new AppError(422, 'invalid_update', { 'zh-CN': '内容不符合要求', en: 'The request was refused' }, detail);
  throw quarantineOver;
}

/** Sends an Update to a quarantine's workflow, turning a refusal into the API error the officer can act on. */
export async function sendQuarantineUpdate<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    quarantineRefusal(error);
  }
}
