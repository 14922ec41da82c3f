// Configuration faults (a process parameter outside its grammar) fail an activity for good: Temporal would retry a plain
// Error forever and the case would hang with no task and no error anywhere; a non-retryable failure ends the workflow's
// wait at once and shows up as a failed run.
import { ApplicationFailure } from '@temporalio/common';
import { DurationFault } from '#core/domain/duration';

/** The failure type a configuration fault carries (activity retry policies and the stuck-case list can name it). */
export const CONFIGURATION_FAULT = 'ConfigurationFault';

/** Runs `read`; a DurationFault it throws becomes a non-retryable ApplicationFailure of type ConfigurationFault. */
export function configurationFault<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof DurationFault)
      throw ApplicationFailure.create({
        type: CONFIGURATION_FAULT,
        message: error.message,
        nonRetryable: true,
        details: [{ field: error.field, value: error.value }],
      });
    throw error;
  }
}
