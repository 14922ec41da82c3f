// The foundation's wiring slice: a submission is received, acknowledged by email, and settled after a hold.
import { defineQuery, proxyActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '#activities/index';
import type { ProcessStartInput } from '#core/domain/process-start';
import { DB_WRITE, EMAIL } from './activity-profiles';
import { configuredMs } from './configured-duration';

/** Parameters of the `receipt` process type (see forms/process-types.ts). */
export interface ReceiptParams {
  settleAfter: string;
  receiptTemplate: string;
  settledTemplate: string;
}

/** Everything the workflow needs, snapshotted at submission so later admin edits never change it. */
export type ReceiptInput = ProcessStartInput<ReceiptParams>;

/** What the workflow returns and also writes to the submission row. */
export interface ReceiptResult {
  receivedAt: string;
  settledAt: string;
}

/** Where the workflow stands, for the submission page. */
export interface ReceiptState {
  stage: 'received' | 'holding' | 'settled';
  settlesAt: string | null;
}

/** Query: the current stage of a receipt workflow. */
export const receiptStateQuery = defineQuery<ReceiptState>('receiptState');

const db = proxyActivities<Activities>(DB_WRITE);
const mail = proxyActivities<Activities>(EMAIL);

/** Records the submission, emails a receipt, waits `settleAfter`, then settles and emails again. */
export async function receiptWorkflow(input: ReceiptInput): Promise<ReceiptResult> {
  const state: ReceiptState = { stage: 'received', settlesAt: null };
  setHandler(receiptStateQuery, () => state);
  const { workflowId } = workflowInfo();
  const receivedAt = new Date().toISOString();
  await db.markSubmission({ submissionId: input.submissionId, status: 'received', result: null });
  await notify(input, `${workflowId}/receipt`, input.params.receiptTemplate, { receivedAt });

  state.stage = 'holding';
  const settleMs = configuredMs(input.params.settleAfter, 'settleAfter');
  state.settlesAt = new Date(Date.now() + settleMs).toISOString();
  await sleep(settleMs);

  const result: ReceiptResult = { receivedAt, settledAt: new Date().toISOString() };
  await db.markSubmission({ submissionId: input.submissionId, status: 'settled', result: { ...result } });
  await notify(input, `${workflowId}/settled`, input.params.settledTemplate, { ...result });
  state.stage = 'settled';
  return result;
}

async function notify(input: ReceiptInput, key: string, template: string, extra: Record<string, string>): Promise<void> {
  const { email, locale, name } = input.submitter;
  if (!email) return;
  await mail.sendEmail({
    key,
    template,
    locale,
    to: email,
    submissionId: input.submissionId,
    data: {
      recipientName: name,
      formTitle: input.formTitle[locale],
      submissionId: input.submissionId,
      ...extra,
    },
  });
}
