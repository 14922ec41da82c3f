// What the overdue notice ("task-overdue") says the process did when a task ran out of time: escalated to whom, by the
// name people know them by, or closed and why. The template words the sentence; these are the facts it fills in.
import type { Db } from '#core/stores';
import { STATUS_NAMES } from '#core/domain/glossary';
import type { BreachCloseReason, TaskAssignee, TaskBreach } from '#core/domain/human-task';
import type { Locale, LocalizedText } from '#core/domain/locale';
import { assigneeName, resolveAssignee } from './task-assignee';

/** The breach's facts in both languages, before a recipient's language picks one. */
export interface BreachTexts {
  escalated: boolean;
  /** Who the case went to; null when they cannot be named (the template then says only that the process handled it). */
  escalatedTo: LocalizedText | null;
  closed: boolean;
  closeReason: LocalizedText | null;
}

const expired = STATUS_NAMES.expired;

/** Why a task closed, with the name of whoever takes the case up again (when the reason has one). */
const CLOSE_REASONS: Record<BreachCloseReason | 'none', (to: LocalizedText | null) => LocalizedText> = {
  'case-expired': () => ({
    'zh-CN': `超时未办理，案件已按流程规定以“${expired['zh-CN']}”结束`,
    en: `nobody acted on it in time, so the case has ended as "${expired.en}"`,
  }),
  'objection-upheld': (to) => ({
    'zh-CN': `异议审核超时未办理，按流程规定视为异议成立，案件退回${to ? `「${to['zh-CN']}」` : ''}重新办理`,
    en: `the objection review ran out of time, so the objection counts as upheld and the case goes back ${to ? `to ${to.en}` : 'for review'}`,
  }),
  'referral-lapsed': () => ({
    'zh-CN': '转诊安排超时未确认，已记入该人员的隔离记录',
    en: "the referral was not acknowledged in time, and that is now on the person's quarantine record",
  }),
  none: () => ({ 'zh-CN': '按流程规定，超过时限即结束办理', en: 'the process ends it at its deadline' }),
};

/** The facts of `breach` for a task about `enterpriseId` (whose cadre an escalation may name). */
export async function breachTexts(db: Db, breach: TaskBreach, enterpriseId: number | null): Promise<BreachTexts> {
  const nameOf = async (assignee: TaskAssignee | undefined) =>
    assignee ? assigneeName(db, await resolveAssignee(db, { assignee, enterpriseId })) : null;
  if (breach.kind === 'escalated') return { escalated: true, escalatedTo: await nameOf(breach.to), closed: false, closeReason: null };
  // A reason this code does not know (a newer worker's) still closes the task: it reads as a plain closing.
  const reason = breach.reason && Object.hasOwn(CLOSE_REASONS, breach.reason) ? breach.reason : 'none';
  return { escalated: false, escalatedTo: null, closed: true, closeReason: CLOSE_REASONS[reason](await nameOf(breach.returnsTo)) };
}

/** The template variables of the breach's facts in one language (`escalatedTo`, `closeReason`: empty when unknown). */
export function breachFactsIn(texts: BreachTexts, locale: Locale): Record<string, unknown> {
  return {
    escalated: texts.escalated,
    escalatedTo: texts.escalatedTo?.[locale] ?? '',
    closed: texts.closed,
    closeReason: texts.closeReason?.[locale] ?? '',
  };
}
