// What the gate's API answers when a quarantine's workflow refuses an Update (or is gone): the error the officer can
// act on, in their language, worded as a health watch's refusals are (monitoring/update-refusal.ts) — the validator's
// English reason never reaches the officer. Shared by the check-in route (online and queued) and the end-date change.
import { TEMPERATURE_RANGE } from '#core/domain/monitoring-params';
import { AppError } from '#core/errors';
import { rangeMessage } from '../monitoring/reading-check';
import { workflowRefusal, type RefusalReader, type RefusalWords } from '../monitoring/update-refusal';

/** The refusal of a check-in or change for a quarantine that has ended. */
export const quarantineOver = new AppError(409, 'quarantine_over', { 'zh-CN': '该人员已解除隔离', en: 'This quarantine has ended' });

const QUARANTINE_WORDS: RefusalWords = {
  // A quarantine whose workflow is gone has nothing left to follow.
  over: quarantineOver,
  noOpen: {
    'zh-CN': '现在没有待测的时段（测温时段前后各两小时内可记录）',
    en: 'No check-in is open now (each opens shortly before its time)',
  },
  notStarted: { 'zh-CN': '隔离记录正在建立，请稍后再试', en: 'The quarantine is still being set up; try again in a moment' },
  // The body's schema holds the same range, so this is a temperature that slipped past it: answered at its field.
  readingRefused: ({ locale }) => [{ path: '/temperature', message: rangeMessage(TEMPERATURE_RANGE.min, TEMPERATURE_RANGE.max, locale) }],
};

/** Maps a refusal by the quarantine workflow's Update validator to the API error, worded for `reader`; rethrows
 * anything else. */
export function quarantineRefusal(error: unknown, reader: RefusalReader): never {
  workflowRefusal(error, reader, QUARANTINE_WORDS);
}

/** Sends an Update to a quarantine's workflow, turning a refusal into the API error the officer can act on. */
export async function sendQuarantineUpdate<T>(send: () => Promise<T>, reader: RefusalReader): Promise<T> {
  try {
    return await send();
  } catch (error) {
    quarantineRefusal(error, reader);
  }
}
