// The guard every validator of human input runs first: input that did not come sealed by the application's codec
// (someone reached Temporal directly, without the keys) is refused, so the task or window stays open.
import { ApplicationFailure } from '@temporalio/workflow';
import { isSealed } from './sealed-payload-converter';

/** Throws a non-retryable `Unsealed` failure unless `input` was decoded from a payload sealed with a known key. */
export function refuseUnsealed(input: unknown, what: string): void {
  if (isSealed(input)) return;
  throw ApplicationFailure.create({
    type: 'Unsealed',
    message: `${what} refused: it was not sealed with Fugong's payload key (send it through the web app)`,
    nonRetryable: true,
  });
}
