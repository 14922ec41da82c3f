// An end-date change the workflow refuses (InvalidChange), worded for the caller at the field to change: the
// validator's reasons (workflows/end-change.ts) are English, for the engine's history. Shared by the health watch and
// the gate's quarantine, whose end changes are the same Update.
import type { Locale, LocalizedText } from '#core/domain/locale';
import type { ErrorDetail } from '#core/errors';
import { END_CHANGE_REFUSALS } from '#workflows/end-change';

type Refusal = keyof typeof END_CHANGE_REFUSALS;

const WORDS: Record<Refusal, { path: string } & LocalizedText> = {
  noReason: { path: '/reason', 'zh-CN': '请填写调整原因（2–500 字）', en: 'give the reason for the change (2–500 characters)' },
  notADate: { path: '/endsAt', 'zh-CN': '不是有效的日期时间', en: 'is not a date and time' },
  beforeStart: { path: '/endsAt', 'zh-CN': '不能早于开始时间', en: 'cannot be before the start' },
  sameEnd: { path: '/endsAt', 'zh-CN': '已是这个结束时间', en: 'is already the end' },
};

const OTHERWISE: LocalizedText = { 'zh-CN': '请核对结束时间和调整原因后重新提交', en: 'check the end and the reason, and send them again' };

/** The field and words for the validator's `reason`; a reason it does not know is answered at the change as a whole. */
export function endChangeDetails(reason: string, locale: Locale): ErrorDetail[] {
  const refusal = (Object.keys(END_CHANGE_REFUSALS) as Refusal[]).find((key) => END_CHANGE_REFUSALS[key] === reason);
  if (!refusal) return [{ path: '', message: OTHERWISE[locale] }];
  return [{ path: WORDS[refusal].path, message: WORDS[refusal][locale] }];
}
