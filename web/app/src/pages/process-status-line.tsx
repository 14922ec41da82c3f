// The engine's own state of a case's process. An enterprise read 流程状态 运行中 under a badge that already said
// 已解决，待确认: engine wording that repeats the badge. Only an administrator, who finds the case in the Temporal UI by
// the workflow id beside it, sees the state itself; everyone else hears of it only when the process stopped abnormally,
// the one thing the badge cannot tell them.
import type { Submission, User } from '../api/api-types';
import { isMessageKey } from '../i18n/is-message-key';
import { useI18n } from '../i18n/use-i18n';

// Temporal states that mean the process ended without finishing its work.
const ABNORMAL = new Set(['FAILED', 'TERMINATED', 'TIMED_OUT', 'CANCELLED']);

/** The process-state row of a case page's list of facts, or nothing when it would tell the reader nothing. */
export function ProcessStatusLine({ workflowStatus, role }: { workflowStatus: Submission['workflowStatus']; role?: User['role'] }) {
  const { t } = useI18n();
  if (role === 'admin') {
    // "unknown" when Temporal could not be asked just now.
    const key = `submissionTimeline.workflow.${workflowStatus ?? 'unknown'}`;
    return (
      <div>
        <dt>{t('submissionTimeline.workflowStatus')}</dt>
        <dd>{isMessageKey(key) ? t(key) : String(workflowStatus)}</dd>
      </div>
    );
  }
  if (!workflowStatus || !ABNORMAL.has(workflowStatus)) return null;
  return (
    <div>
      <dt>{t('submissionTimeline.workflowStatus')}</dt>
      <dd>{t('submissionTimeline.workflowStopped')}</dd>
    </div>
  );
}
