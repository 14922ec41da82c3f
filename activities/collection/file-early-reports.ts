// A report submitted on a round's day before the round opened (the day the form was installed, or the minutes before
// the Schedule's opening activity ran) found no round to file into. The round takes such reports when it opens and
// files them as their own workflow would have, so the enterprise is counted as reported and never chased as overdue,
// and each submission's result reads on time or late like any filed report's.
import type { Knex } from '#core/stores';
import { formFigures, reportSubmission, roundReport, unfiledSubmissions } from '#core/stores/collections/report-store';
import { recordFiledReportResult } from '#core/stores/submissions/submission-events';
import { addDays, startOfLocalDay } from '#core/domain/working-calendar';
import { fileSubmission } from './file-submission';

/** The round that opened: its id, form and local date. */
export interface OpenedRound {
  id: string;
  formKey: string;
  localDate: string;
}

const dayStart = (date: string, timeZone: string) => new Date(startOfLocalDay(date, timeZone)).toISOString();

/**
 * Files, oldest first, the submissions of the round's form made on the round's local date by the enterprises it
 * expects, that no round has listed yet. Only that date counts: a report from an earlier day belongs to that day. A
 * retried opening finds them listed and files nothing twice.
 */
export async function fileEarlyReports(db: Knex, timeZone: string, round: OpenedRound, at: string): Promise<void> {
  const day = [dayStart(round.localDate, timeZone), dayStart(addDays(round.localDate, 1), timeZone)] as const;
  for (const { submissionId, enterpriseId } of await unfiledSubmissions(db, round, day)) {
    const submission = await reportSubmission(db, submissionId);
    if (!submission) continue;
    const figures = await formFigures(db, submission.formKey, submission.formVersion);
    await db.transaction(async (trx) => {
      const row = await roundReport(trx, round.id, enterpriseId);
      if (!row) return;
      const filed = await fileSubmission(trx, row, { submissionId, enterpriseId, submission, figures, at });
      // Its workflow recorded "filed nowhere": the submission's result now says on time, late or amending, as it reads
      // for a report its round was open for.
      await recordFiledReportResult(trx, { submissionId, filed, at });
    });
  }
}
