// Durations from a process definition's params, read inside a workflow with the same grammar the definition check used.
// A value outside it fails the run as a non-retryable ConfigurationFault: a plain Error would fail the workflow task and
// be retried forever, the case hanging without a word.
import { ApplicationFailure } from '@temporalio/workflow';
import { durationMs, DurationFault } from '#core/domain/duration';

/** `text` in ms (a positive duration), or the run fails naming `field`. */
export function configuredMs(text: string, field: string): number {
  try {
    return durationMs(text, field);
  } catch (error) {
    if (!(error instanceof DurationFault)) throw error;
    throw ApplicationFailure.create({
      type: 'ConfigurationFault',
      message: error.message,
      nonRetryable: true,
      details: [{ field: error.field, value: error.value }],
    });
  }
}
