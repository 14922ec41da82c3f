// A task's priority in words: 普通 / 优先 / 紧急 / 特急 (an urgent difficulty report lifts its tasks to 2; a definition's
// rule may lift a case to 3).
import { priorityLevel } from '#core/domain/glossary';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxZhCn);

/** The priority of a task as a word, marked when above normal. */
export function PriorityLabel({ priority }: { priority: number }) {
  const { t } = useI18n();
  const level = priorityLevel(priority);
  if (level === 0) return <>{t('priority.0')}</>;
  return <span className="priority--high">{t(`priority.${level}`)}</span>;
}
