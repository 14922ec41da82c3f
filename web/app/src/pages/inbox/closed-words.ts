// The words of a task that is over: when it was handled next to what its time limit was (so "08:40" is never read as
// the deadline), and who decided it, named by what they did (escalating is not settling).
import type { TaskAction } from '#core/domain/human-task';
import type { Locale } from '#core/domain/locale';
import { formatDateTime, formatDeadline } from '../../format/format-date-time';
import type { I18n } from '../../i18n/i18n-context';
import { isMessageKey } from '../../i18n/is-message-key';
import { ownEnding } from './own-ending';

/** The time-limit box of a closed task: "已办理（2026年12月6日 08:40）· 时限为 2026年12月6日 24:00". */
export function closedLine(t: I18n['t'], locale: Locale, task: { closedAt: string; dueAt: string; decided: boolean }): string {
  const words = { time: formatDateTime(task.closedAt, locale), due: formatDeadline(task.dueAt, locale) };
  return t(task.decided ? 'countdown.decided' : 'countdown.closed', words);
}

/** The label of the person who decided a task with `action`: 上报人 for an escalation, else 经办人 — an inspection
 * body's pass (whose case's process words it its own way, `statusWords`) is no 上报 either. */
export function decidedByKey(action: unknown, statusWords?: Record<string, string>): 'task.escalatedBy' | 'task.decidedBy' {
  return action === 'escalate' && ownEnding(action, statusWords) === undefined ? 'task.escalatedBy' : 'task.decidedBy';
}

/** What a decision with `action` came to, as a result ("已上报上一级", "Escalated to the next level"), never the verb of
 * its button ("Escalate"): the case's process's own word for it first (an inspection's "核查通过，已报送下一级核查", from
 * `statusWords`), else the words a rung gives its actions (`labels`), else the usual result. */
export function taskResultWord(
  t: I18n['t'],
  action: string,
  labels?: Partial<Record<TaskAction, string>>,
  statusWords?: Record<string, string>,
): string {
  const own = ownEnding(action, statusWords) ?? labels?.[action as TaskAction];
  if (own) return own;
  const key = `taskResult.${action}`;
  return isMessageKey(key) ? t(key) : action;
}
