// When the polled task closes while the page is open and this user did not decide it, say who did.
import { useEffect, useRef, useState } from 'react';
import type { Task } from '../../api/inbox-types';
import { useI18n } from '../../i18n/use-i18n';

const OPEN = new Set(['open', 'claimed']);

/** A message for the live region once someone else closes the task, else null. */
export function useClosedNotice(task: Task | undefined, decidedHere: boolean): string | null {
  const { t } = useI18n();
  const wasOpen = useRef<boolean | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const status = task?.status;
  useEffect(() => {
    if (!task) return;
    const open = OPEN.has(task.status);
    if (wasOpen.current === true && !open && !decidedHere) {
      setNotice(task.decidedByName ? t('task.closedBy', { name: task.decidedByName }) : t('task.closedNoDecider'));
    }
    wasOpen.current = open;
    // Only a change of status matters; `task` is a new object on every poll.
  }, [status]);
  return notice;
}
