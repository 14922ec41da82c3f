// What the API answers when a monitored subject's workflow refuses an Update (or is gone): the error the caller can
// act on, in its language. The workflow's validator says why in English, for the engine's history: a check-in's
// readings are checked at their fields before they are sent (reading-check.ts), and a check-in that finds no slot open
// is told when the next one opens in the caller's words. (An end-date change still carries the validator's reason.)
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { Locale } from '#core/domain/locale';
import { AppError, type ErrorDetail } from '#core/errors';
import { endedWhen } from '../offline/queued-reading';

/** The refusal of a reading or change for a monitoring that has ended. */
export const monitoringOver = new AppError(409, 'monitoring_over', { 'zh-CN': '该对象的观察已结束', en: 'This monitoring has ended' });

/** Who the refusal is worded for: the caller's language and the installation's time zone (an opening time). */
export interface RefusalReader {
  locale: Locale;
  timeZone: string;
}

/** The refusal type the workflow's validator gave, 'Gone' when the workflow no longer runs, or null for any other error. */
export function refusalType(error: unknown): string | null {
  if (error instanceof WorkflowNotFoundError) return 'Gone';
  if (!(error instanceof WorkflowUpdateFailedError)) return null;
  return String((error.cause as { type?: string } | undefined)?.type ?? 'Unknown');
}

const OPENS_AT = /^the check-in opens at (\S+)$/;

/** Why no check-in is open, when the validator said more than that: the time the next one opens. */
function notOpenYet(reason: string, reader: RefusalReader): ErrorDetail[] {
  const opensAt = OPENS_AT.exec(reason)?.[1];
  const when = opensAt ? endedWhen(opensAt, reader.locale, reader.timeZone) : null;
  if (!when) return [];
  return [{ path: '', message: reader.locale === 'en' ? `The check-in opens at ${when}` : `本次检测 ${when} 起可记录` }];
}

/** Maps a refusal by the workflow's Update validator to the API error the caller can act on; rethrows anything else. */
export function updateRefusal(error: unknown, reader: RefusalReader): never {
  const type = refusalType(error);
  if (type === null) throw error;
  if (type === 'Gone') throw monitoringOver;
  const reason = String(((error as WorkflowUpdateFailedError).cause as { message?: string } | undefined)?.message ?? '');
  if (type === 'NoOpenCheckIn')
    throw new AppError(
      409,
      'no_open_check_in',
      { 'zh-CN': '现在没有待记录的检测时段', en: 'No check-in is open now' },
      notOpenYet(reason, reader),
    );
  if (type === 'NotStarted')
    throw new AppError(409, 'not_started', {
      'zh-CN': '观察记录正在建立，请稍后再试',
      en: 'The monitoring is still being set up; try again in a moment',
    });
  // The route checks each reading at its field first (reading-check.ts): a reading refused here met a definition
  // changed in between, and is answered at the readings as a whole.
  if (type === 'InvalidReading')
    throw new AppError(422, 'invalid_update', { 'zh-CN': '内容不符合要求', en: 'The request was refused' }, [
      { path: '/values', message: reader.locale === 'en' ? 'check the readings and send them again' : '请核对读数后重新提交' },
    ]);
  if (type === 'InvalidChange')
    throw new AppError(422, 'invalid_update', { 'zh-CN': '内容不符合要求', en: 'The request was refused' }, [
      { path: '', message: reason },
    ]);
  throw monitoringOver;
}

/** Sends an Update, turning a refusal into the API error the caller can act on, worded for `reader`. */
export async function sendUpdate<T>(send: () => Promise<T>, reader: RefusalReader): Promise<T> {
  try {
    return await send();
  } catch (error) {
    updateRefusal(error, reader);
  }
}
