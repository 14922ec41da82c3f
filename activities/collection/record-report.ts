// A submission of a collection form files (or amends) its enterprise's report in the round it belongs to. The first
// submission decides on time or late; a later one amends the report, and every version stays listed. A submission made
// before its day's round opened finds no round here; the round takes it when it opens (file-early-reports.ts).
import type { Db } from '#core/stores';
import { filedReport, formFigures, formLiaisonFields, reportSubmission, reportToFile } from '#core/stores/collections/report-store';
import { fromJson } from '#core/db';
import { closeFollowUps } from './follow-up-tasks';
import { fileSubmission } from './file-submission';
import { updateLiaison } from './update-liaison';
import { localDate } from '#core/domain/working-calendar';

/** Input of recordCollectionReport. */
export interface RecordReportInput {
  submissionId: string;
  formKey: string;
  enterpriseId: number | null;
}

/** Where the submission landed. */
export interface RecordReportResult {
  roundId: string | null;
  punctuality: 'on_time' | 'late' | null;
  /** The submission this one amends, when the enterprise had already reported in the round. */
  amends: string | null;
}

const NONE: RecordReportResult = { roundId: null, punctuality: null, amends: null };

/** Files the submission into its round once; a retry finds its version already listed and answers the same. */
export async function recordReport(db: Db, timeZone: string, input: RecordReportInput, now: () => Date): Promise<RecordReportResult> {
  if (input.enterpriseId === null) return NONE;
  const enterpriseId = input.enterpriseId;
  const submission = await reportSubmission(db, input.submissionId);
  if (!submission) return NONE;
  const submittedAt = submission.createdAt;
  const figures = await formFigures(db, submission.formKey, submission.formVersion);
  return db.transaction(async (trx) => {
    // Filed already (a retry, or its round opened after it and took it): answered from that report, filed nothing twice.
    const row =
      (await filedReport(trx, input.submissionId)) ??
      (await reportToFile(trx, { formKey: input.formKey, enterpriseId, submittedAt, localDate: localDate(submittedAt, timeZone) }));
    // The report a follow-up task waited for has come (even on a later day, outside the missed round): its rows close.
    await closeFollowUps(trx, { formKey: input.formKey, enterpriseId, at: now().toISOString() });
    if (!row) {
      // Filed into no round (no campaign open), a designation still names the enterprise's liaison, as its form says.
      const fields = await formLiaisonFields(trx, submission.formKey, submission.formVersion);
      if (fields) {
        const data = fromJson<Record<string, unknown>>(submission.data);
        const at = now().toISOString();
        await updateLiaison(trx, { enterpriseId, fields, data, submissionId: input.submissionId, userId: submission.userId, at });
      }
      return NONE;
    }
    return fileSubmission(trx, row, { submissionId: input.submissionId, enterpriseId, submission, figures, at: now().toISOString() });
  });
}
