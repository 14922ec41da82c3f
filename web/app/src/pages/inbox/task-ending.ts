// How a closed task ended, as a message key and its values: who decided what and when, or what closed it without a
// decision (the SLA ran out, the awaited report arrived, the process was cancelled).
import type { Task } from '../../api/inbox-types';
import type { MessageKey } from '../../i18n/zh-cn-messages';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxListZhCn } from '../../i18n/messages/inbox-list-messages';

// The inbox list's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxListZhCn);

const DECIDED = ['approve', 'resolve', 'escalate', 'return', 'reject', 'acknowledge', 'uphold', 'dismiss'] as const;
type Decided = (typeof DECIDED)[number];

/** The message that says how `task` ended, with `name` (the decider, if any) and `time` still to be filled. */
export function taskEndingKey(task: Pick<Task, 'status' | 'closeReason' | 'outcome'>): MessageKey | null {
  if (task.status === 'open' || task.status === 'claimed') return null;
  const reason = task.closeReason ?? '';
  const action = reason.startsWith('decided:') ? reason.slice('decided:'.length) : (task.outcome?.action as string | undefined);
  if (action && (DECIDED as readonly string[]).includes(action)) return `inboxList.ending.${action as Decided}`;
  if (reason === 'report-received') return 'inboxList.ending.reportReceived';
  if (task.status === 'escalated') return 'inboxList.ending.escalated';
  if (task.status === 'expired') return 'inboxList.ending.expired';
  if (task.status === 'cancelled') return 'inboxList.ending.cancelled';
  return 'inboxList.ending.closed';
}
