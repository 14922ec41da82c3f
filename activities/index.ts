// All activities, built by one factory that closes over their dependencies.
import { createEmailActivities, type EmailDeps } from './email-activities';
import { createSubmissionActivities } from './submission-activities';

/** Builds every activity the worker registers. */
export function createActivities(deps: EmailDeps) {
  return {
    ...createSubmissionActivities(deps),
    ...createEmailActivities(deps),
  };
}

/** The activity interface workflows proxy (imported by workflows as a type only). */
export type Activities = ReturnType<typeof createActivities>;
