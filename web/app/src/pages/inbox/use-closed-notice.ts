// When the polled task closes while the page is open and this user did not decide it, say who did.
import { useState } from 'react';
import type { Task } from '../../api/inbox-types';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxZhCn);

const OPEN = new Set(['open', 'claimed']);

/** A message for the live region once someone else closes the task, else null. */
export function useClosedNotice(task: Task | undefined, decidedHere: boolean): string | null {
  const { t } = useI18n();
  const [notice, setNotice] = useState<string | null>(null);
  // Only a change of status matters; `task` is a new object on every poll.
  const [seenStatus, setSeenStatus] = useState<string | undefined>(undefined);
  if (task && task.status !== seenStatus) {
    setSeenStatus(task.status);
    if (seenStatus !== undefined && OPEN.has(seenStatus) && !OPEN.has(task.status) && !decidedHere) {
      setNotice(task.decidedByName ? t('task.closedBy', { name: task.decidedByName }) : t('task.closedNoDecider'));
    }
  }
  return notice;
}
