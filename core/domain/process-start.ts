// The one input every process workflow starts with: a snapshot of the submission and of its form version.
import type { Locale, LocalizedText } from './locale';

/** Input of every process workflow; the params snapshot pins the instance to the form version it started with. */
export interface ProcessStartInput<P = Record<string, unknown>> {
  submissionId: string;
  formKey: string;
  formVersion: number;
  formTitle: LocalizedText;
  enterpriseId: number | null;
  submitter: { userId: number; name: string; email: string | null; locale: Locale };
  data: Record<string, unknown>;
  params: P;
}

/** The workflow id of a submission's process: derived from the client's submission id, so a retry cannot start a second one. */
export function processWorkflowId(submissionId: string): string {
  return `submission-${submissionId}`;
}
