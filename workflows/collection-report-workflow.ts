// A submission of a collection form: file it into its round (on time, late, or amending the enterprise's earlier
// report), mark the submission settled, send the receipt. Short on purpose: the round's own workflow owns the
// deadline, the reminders and the escalations; this one only keeps the submission id → workflow id idempotency.
import { patched, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '#activities/index';
import type { RecordReportResult } from '#activities/collection/record-report';
import type { CollectionParams } from '#core/domain/collection-plan';
import type { ProcessStartInput } from '#core/domain/process-start';
import { DB_WRITE, EMAIL } from './activity-profiles';

/** Input of a collection submission's workflow. */
export type CollectionReportInput = ProcessStartInput<CollectionParams>;

const db = proxyActivities<Activities>(DB_WRITE);
const mail = proxyActivities<Activities>(EMAIL);

/** Patch: the submission ends settled (its case has nothing left to do here) instead of staying "received", which lists
 * showed as 已受理 long after the report was filed. */
const SETTLED_PATCH = 'collection-report-settled';

/** Files the report, marks the submission settled with where it landed, and emails a receipt when params ask. */
export async function collectionReportWorkflow(input: CollectionReportInput): Promise<RecordReportResult> {
  const filed = await db.recordCollectionReport({
    submissionId: input.submissionId,
    formKey: input.formKey,
    enterpriseId: input.enterpriseId,
  });
  const receivedAt = new Date().toISOString();
  const result = { ...filed, receivedAt };
  if (patched(SETTLED_PATCH)) await db.settleCollectionReport({ submissionId: input.submissionId, result });
  else await db.markSubmission({ submissionId: input.submissionId, status: 'received', result });
  const { email, locale, name } = input.submitter;
  const template = input.params.receiptTemplate;
  if (template && email) {
    await mail.sendEmail({
      key: `${workflowInfo().workflowId}/receipt`,
      template,
      locale,
      to: email,
      submissionId: input.submissionId,
      data: { recipientName: name, formTitle: input.formTitle[locale], submissionId: input.submissionId, receivedAt },
    });
  }
  return filed;
}
