// What the API answers when a followed subject's workflow — a health watch's, or the gate's quarantine
// (gate/quarantine-refusal.ts) — refuses an Update (or is gone): the error the caller can act on, in its language. The
// workflow's validator says why in English, for the engine's history: a check-in's readings are checked at their fields
// before they are sent (reading-check.ts), a check-in that finds no slot open is told when the next one opens in the
// caller's words, and an end-date change is answered at the field to change (end-change-refusal.ts).
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { Locale, LocalizedText } from '#core/domain/locale';
import { AppError, type ErrorDetail } from '#core/errors';
import { endedWhen } from '../offline/queued-reading';
import { endChangeDetails } from './end-change-refusal';

/** The refusal of a reading or change for a monitoring that has ended. */
export const monitoringOver = new AppError(409, 'monitoring_over', { 'zh-CN': '该对象的观察已结束', en: 'This monitoring has ended' });

/** Who the refusal is worded for: the caller's language and the installation's time zone (an opening time). */
export interface RefusalReader {
  locale: Locale;
  timeZone: string;
}

/** What one kind of followed subject says in its own words: the end, a check-in not open, a period being set up, and
 * where a reading the workflow still refuses is answered. */
export interface RefusalWords {
  over: AppError;
  noOpen: LocalizedText;
  notStarted: LocalizedText;
  readingRefused(reader: RefusalReader): ErrorDetail[];
}

const MONITORING_WORDS: RefusalWords = {
  over: monitoringOver,
  noOpen: { 'zh-CN': '现在没有待记录的检测时段', en: 'No check-in is open now' },
  notStarted: { 'zh-CN': '观察记录正在建立，请稍后再试', en: 'The monitoring is still being set up; try again in a moment' },
  // The route checks each reading at its field first (reading-check.ts): a reading refused here met a definition
  // changed in between, and is answered at the readings as a whole.
  readingRefused: ({ locale }) => [
    { path: '/values', message: locale === 'en' ? 'check the readings and send them again' : '请核对读数后重新提交' },
  ],
};

const REFUSED: LocalizedText = { 'zh-CN': '内容不符合要求', en: 'The request was refused' };

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

/** Maps a refusal by a followed subject's Update validator to the API error in `words`, worded for `reader`; rethrows
 * anything else. Any other refusal type (the period over) is `words.over`. */
export function workflowRefusal(error: unknown, reader: RefusalReader, words: RefusalWords): never {
  const type = refusalType(error);
  if (type === null) throw error;
  if (type === 'Gone') throw words.over;
  const reason = String(((error as WorkflowUpdateFailedError).cause as { message?: string } | undefined)?.message ?? '');
  if (type === 'NoOpenCheckIn') throw new AppError(409, 'no_open_check_in', words.noOpen, notOpenYet(reason, reader));
  if (type === 'NotStarted') throw new AppError(409, 'not_started', words.notStarted);
  if (type === 'InvalidReading') throw new AppError(422, 'invalid_update', REFUSED, words.readingRefused(reader));
  if (type === 'InvalidChange') throw new AppError(422, 'invalid_update', REFUSED, endChangeDetails(reason, reader.locale));
  throw words.over;
}

/** Maps a refusal by a health watch's Update validator to the API error the caller can act on; rethrows anything else. */
export function updateRefusal(error: unknown, reader: RefusalReader): never {
  workflowRefusal(error, reader, MONITORING_WORDS);
}

/** Sends an Update, turning a refusal into the API error the caller can act on, worded for `reader`. */
export async function sendUpdate<T>(send: () => Promise<T>, reader: RefusalReader): Promise<T> {
  try {
    return await send();
  } catch (error) {
    updateRefusal(error, reader);
  }
}
