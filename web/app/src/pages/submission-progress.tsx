// Where a submission stands, as steps: submitted → received → settled (or failed).
import type { Submission } from '../api/api-types';
import { StatusBadge } from '../components/status-badge';
import { formatDateTime } from '../format/format-date-time';
import { useI18n } from '../i18n/use-i18n';
import { caseStatus } from './case-status';
import { stepTimes } from './step-times';

const ORDER = ['submitted', 'received', 'settled'] as const;

/** A step list with the current step marked for sighted and screen-reader users alike. */
export function SubmissionProgress({ submission }: { submission: Submission }) {
  const { locale } = useI18n();
  const status = caseStatus(submission);
  // A case that ended without settling (failed, rejected, expired) ends on that status; returned and resolved are still received.
  const failed = ['failed', 'rejected', 'expired'].includes(status);
  const steps: Submission['status'][] = failed ? ['submitted', 'received', status] : [...ORDER];
  const current = failed || status === 'settled' ? 2 : status === 'submitted' ? 0 : 1;
  // Each step keeps the time it was first reached, whatever happened to the case since.
  const ended = current === 2;
  // A settled case has done every step, the last included; one that ended otherwise stays on the step it ended on.
  const done = (index: number) => index < current || (index === current && status === 'settled');
  const times = stepTimes(steps, submission.timeline ?? [], {
    createdAt: submission.createdAt,
    endedAt: ended ? submission.updatedAt : null,
  });
  return (
    <ol className="progress-steps">
      {steps.map((step, index) => {
        const state = done(index) ? 'done' : index === current ? 'current' : 'pending';
        const time = times[index];
        return (
          <li
            key={step}
            className={`progress-steps__step progress-steps__step--${state}`}
            aria-current={index === current ? 'step' : undefined}
          >
            <span className="progress-steps__dot" aria-hidden="true" />
            <StatusBadge status={step} label={submission.statusWords?.[step]} />
            {time && state !== 'pending' && <time dateTime={time}>{formatDateTime(time, locale)}</time>}
          </li>
        );
      })}
    </ol>
  );
}
