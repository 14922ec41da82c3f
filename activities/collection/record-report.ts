// A submission of a collection form files (or amends) its enterprise's report in the round it belongs to. The first
// submission decides on time or late; a later one amends the report, and every version stays listed.
import { fromJson } from '#core/db';
import type { Db } from '#core/stores';
import {
  fileAmendment,
  fileFirstVersion,
  formFigures,
  listedVersion,
  reportSubmission,
  reportToFile,
} from '#core/stores/collections/report-store';
import { closeFollowUps } from './follow-up-tasks';
import { updateLiaison } from './update-liaison';
import { localDate } from '#core/domain/working-calendar';
import { applyReportChange } from '#core/stores/dashboard/collection-day-totals';
import { reportNumbers, supplyNumbers } from '#core/dashboard/report-numbers';

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
    const row = await reportToFile(trx, { formKey: input.formKey, enterpriseId, submittedAt, localDate: localDate(submittedAt, timeZone) });
    // The report a follow-up task waited for has come (even on a later day, outside the missed round): its rows close.
    await closeFollowUps(trx, { formKey: input.formKey, enterpriseId, at: now().toISOString() });
    if (!row) return NONE;
    const known = await listedVersion(trx, input.submissionId);
    if (known) return { roundId: row.roundId, punctuality: row.status === 'late' ? 'late' : 'on_time', amends: known.amends };
    const late = submittedAt > row.deadlineAt;
    const first = row.submissionId === null;
    const at = now().toISOString();
    const numbers = reportNumbers(submission.data, figures);
    const supplies = supplyNumbers(submission.data, figures);
    const version = { roundId: row.roundId, enterpriseId, submissionId: input.submissionId, submittedAt, late, at, numbers, supplies };
    if (first) await fileFirstVersion(trx, row.id, version);
    else await fileAmendment(trx, row, version);
    // The first report decides punctuality; an amendment after the deadline does not make an on-time report late.
    const status = first ? (late ? 'late' : 'on_time') : row.status === 'late' ? 'late' : 'on_time';
    // The dashboard's per-round totals and latest reports move with the report (migration 0012).
    await applyReportChange(trx, {
      roundId: row.roundId,
      formKey: input.formKey,
      localDate: row.localDate,
      enterpriseId,
      submissionId: input.submissionId,
      statusBefore: row.status,
      statusAfter: first ? status : row.status,
      before: first ? null : row.numbers,
      after: numbers,
      supplies,
    });
    if (row.params.liaisonFields)
      await updateLiaison(trx, {
        enterpriseId,
        fields: row.params.liaisonFields,
        data: fromJson<Record<string, unknown>>(submission.data),
        submissionId: input.submissionId,
        userId: submission.userId,
        at,
      });
    return { roundId: row.roundId, punctuality: status, amends: first ? null : row.submissionId };
  });
}
