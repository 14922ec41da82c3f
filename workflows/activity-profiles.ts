// Named timeout and retry profiles for activities; workflows pick one by purpose, not by number.
import type { ActivityOptions, LocalActivityOptions } from '@temporalio/workflow';

/** Short writes to the SQL projections; retried until the database answers. */
export const DB_WRITE: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
};

/** Short reads the workflow needs before it goes on (who a task goes to), run as local activities next to the workflow. */
export const DB_READ_LOCAL: LocalActivityOptions = {
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
};

/** Rendering and handing a message to the outbox or SMTP; an outage is waited out, never dropped. */
export const EMAIL: ActivityOptions = {
  startToCloseTimeout: '1 minute',
  retry: {
    initialInterval: '5 seconds',
    backoffCoefficient: 2,
    maximumInterval: '10 minutes',
    nonRetryableErrorTypes: ['TemplateMissing'],
  },
};
