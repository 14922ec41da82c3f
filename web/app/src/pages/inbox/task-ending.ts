// How a closed task ended, as a message key and its values: who decided what and when, or what closed it without a
// decision (the SLA ran out, the awaited report arrived, the process was cancelled). A decision whose status the case's
// process words its own way says that status (an inspection's 不予通过：王建国，12月4日, not 不予受理).
import type { Task } from '../../api/inbox-types';
import type { MessageKey } from '../../i18n/zh-cn-messages';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxListZhCn } from '../../i18n/messages/inbox-list-messages';
import { ownEnding } from './own-ending';

// The inbox list's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxListZhCn);

const DECIDED = ['approve', 'resolve', 'escalate', 'return', 'reject', 'acknowledge', 'uphold', 'dismiss'] as const;
type Decided = (typeof DECIDED)[number];

type Ended = Pick<Task, 'status' | 'closeReason' | 'outcome' | 'caseStatusWords'>;

/** The action the task was decided with, if it was. */
function decidedAction(task: Ended): string | undefined {
  const reason = task.closeReason ?? '';
  return reason.startsWith('decided:') ? reason.slice('decided:'.length) : (task.outcome?.action as string | undefined);
}

/** The message that says how `task` ended, with `result` (its process's own words for what the decision came to) when
 * the message takes one; `name` (the decider, if any) and `time` are still to be filled. */
export function taskEnding(task: Ended): { key: MessageKey; result?: string } | null {
  if (task.status === 'open' || task.status === 'claimed') return null;
  const action = decidedAction(task);
  const own = ownEnding(action, task.caseStatusWords);
  if (own !== undefined) return { key: 'inboxList.ending.own', result: own };
  if (action && (DECIDED as readonly string[]).includes(action)) return { key: `inboxList.ending.${action as Decided}` };
  if (task.closeReason === 'report-received') return { key: 'inboxList.ending.reportReceived' };
  if (task.status === 'escalated') return { key: 'inboxList.ending.escalated' };
  if (task.status === 'expired') return { key: 'inboxList.ending.expired' };
  if (task.status === 'cancelled') return { key: 'inboxList.ending.cancelled' };
  return { key: 'inboxList.ending.closed' };
}
