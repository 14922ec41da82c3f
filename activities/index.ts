// All activities, built by one factory that closes over their dependencies.
import { createCalendarActivities } from './calendar-activities';
import { createDigestActivities } from './digest-activities';
import { createEmailActivities, type EmailDeps } from './email-activities';
import { createSubmissionActivities } from './submission-activities';
import { createTaskActivities } from './task-activities';

/** Builds every activity the worker registers. */
export function createActivities(deps: EmailDeps & { timeZone?: string }) {
  const email = createEmailActivities(deps);
  const timeZone = deps.timeZone ?? 'Asia/Shanghai';
  return {
    ...createSubmissionActivities(deps),
    ...email,
    ...createTaskActivities({ db: deps.db, email, now: deps.now }),
    ...createDigestActivities({ db: deps.db, email, timeZone }),
    ...createCalendarActivities({ db: deps.db, timeZone }),
  };
}

/** The activity interface workflows proxy (imported by workflows as a type only). */
export type Activities = ReturnType<typeof createActivities>;
