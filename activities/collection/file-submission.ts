// Filing one submission into its enterprise's report row: the first version decides on time or late by the round's
// deadline, a later one amends it, and the dashboard's totals and the liaison move with it. A submission's own workflow
// files through here, and so does a round that opens after reports of its day were already submitted.
import { fromJson } from '#core/db';
import type { Knex } from '#core/stores';
import {
  fileAmendment,
  fileFirstVersion,
  listedVersion,
  type ReportRow,
  type ReportSubmission,
} from '#core/stores/collections/report-store';
import { applyReportChange } from '#core/stores/dashboard/collection-day-totals';
import { reportNumbers, supplyNumbers, type FigureFields } from '#core/dashboard/report-numbers';
import { updateLiaison } from './update-liaison';

/** A submission to file: who submitted what, and the figure bindings of its form version. */
export interface SubmissionFiling {
  submissionId: string;
  enterpriseId: number;
  submission: ReportSubmission;
  figures: FigureFields | undefined;
  /** When the filing happens (ISO). */
  at: string;
}

/** Where a filed submission stands in its report. */
export interface Filed {
  roundId: string;
  punctuality: 'on_time' | 'late';
  /** The submission this one amends, when the enterprise had already reported in the round. */
  amends: string | null;
}

/** Files the submission into `row` once: a submission already listed as a version is answered as it stands. */
export async function fileSubmission(trx: Knex.Transaction, row: ReportRow, filing: SubmissionFiling): Promise<Filed> {
  const { submissionId, enterpriseId, submission, at } = filing;
  const known = await listedVersion(trx, submissionId);
  if (known) return { roundId: row.roundId, punctuality: row.status === 'late' ? 'late' : 'on_time', amends: known.amends };
  const submittedAt = submission.createdAt;
  const late = submittedAt > row.deadlineAt;
  const first = row.submissionId === null;
  const numbers = reportNumbers(submission.data, filing.figures);
  const supplies = supplyNumbers(submission.data, filing.figures);
  const version = { roundId: row.roundId, enterpriseId, submissionId, submittedAt, late, at, numbers, supplies };
  if (first) await fileFirstVersion(trx, row.id, version);
  else await fileAmendment(trx, row, version);
  // The first report decides punctuality; an amendment after the deadline does not make an on-time report late.
  const status = first ? (late ? 'late' : 'on_time') : row.status === 'late' ? 'late' : 'on_time';
  // The dashboard's per-round totals and latest reports move with the report (migration 0012).
  await applyReportChange(trx, {
    roundId: row.roundId,
    formKey: submission.formKey,
    localDate: row.localDate,
    enterpriseId,
    submissionId,
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
      submissionId,
      userId: submission.userId,
      at,
    });
  return { roundId: row.roundId, punctuality: status, amends: first ? null : row.submissionId };
}
