// A submission of a collection form files (or amends) its enterprise's report in the round it belongs to. The first
// submission decides on time or late; a later one amends the report, and every version stays listed.
import type { Knex } from 'knex';
import { fromJson, toJson } from '#core/db';
import type { CollectionParams } from '#core/domain/collection-plan';
import { closeFollowUps } from './follow-up-tasks';
import { updateLiaison } from './update-liaison';
import { localDate } from '#core/domain/working-calendar';
import { applyReportChange } from '#core/stores/dashboard/collection-day-totals';
import { REPORT_NUMBER_COLUMNS, reportNumbers, supplyNumbers, type FigureFields, type ReportNumbers } from '#core/dashboard/report-numbers';

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

/** The figure bindings of the definition version a submission was made with (its `params.figures`). */
async function figuresOf(db: Knex, formKey: string, version: number): Promise<FigureFields | undefined> {
  const form = await db('form_definitions').where({ key: formKey, version }).first('process');
  return form ? fromJson<{ params?: { figures?: FigureFields } }>(form.process).params?.figures : undefined;
}

async function findReportRow(trx: Knex.Transaction, input: RecordReportInput, submittedAt: string, timeZone: string) {
  return (
    trx('collection_reports as r')
      .join('collection_rounds as k', 'k.id', 'r.round_id')
      .where({ 'k.form_key': input.formKey, 'r.enterprise_id': input.enterpriseId })
      .andWhere('k.opens_at', '<=', submittedAt)
      // A daily report belongs to its own day; a campaign accepts late answers until the next campaign opens.
      .andWhere((w) => {
        w.where('k.recurrence', 'once').orWhere('k.local_date', localDate(submittedAt, timeZone));
      })
      .orderBy('k.opens_at', 'desc')
      .first('r.*', 'k.deadline_at', 'k.local_date', 'k.params')
  );
}

/** Files the submission into its round once; a retry finds its version already listed and answers the same. */
export async function recordReport(db: Knex, timeZone: string, input: RecordReportInput, now: () => Date): Promise<RecordReportResult> {
  if (input.enterpriseId === null) return NONE;
  const submission = await db('submissions')
    .where({ id: input.submissionId })
    .first('created_at', 'data', 'user_id', 'form_key', 'form_version');
  if (!submission) return NONE;
  const submittedAt = submission.created_at as string;
  const figures = await figuresOf(db, String(submission.form_key), Number(submission.form_version));
  return db.transaction(async (trx) => {
    const row = await findReportRow(trx, input, submittedAt, timeZone);
    // The report a follow-up task waited for has come (even on a later day, outside the missed round): its rows close.
    await closeFollowUps(trx, { formKey: input.formKey, enterpriseId: input.enterpriseId!, at: now().toISOString() });
    if (!row) return NONE;
    const known = await trx('collection_report_versions').where({ submission_id: input.submissionId }).first();
    if (known) {
      const previous = await trx('collection_report_versions').where({ superseded_by: input.submissionId }).first('submission_id');
      return { roundId: row.round_id, punctuality: row.status === 'late' ? 'late' : 'on_time', amends: previous?.submission_id ?? null };
    }
    const late = submittedAt > row.deadline_at;
    const first = row.submission_id === null;
    const at = now().toISOString();
    const numbers = reportNumbers(submission.data, figures);
    const supplies = supplyNumbers(submission.data, figures);
    await trx('collection_report_versions').insert({
      round_id: row.round_id,
      enterprise_id: input.enterpriseId,
      submission_id: input.submissionId,
      submitted_at: submittedAt,
      late,
    });
    if (first) {
      await trx('collection_reports')
        .where({ id: row.id })
        .update({
          status: late ? 'late' : 'on_time',
          submission_id: input.submissionId,
          submitted_at: submittedAt,
          updated_at: at,
          ...numbers,
          ...supplies,
        });
    } else {
      await trx('collection_report_versions').where({ submission_id: row.submission_id }).update({ superseded_by: input.submissionId });
      await trx('collection_reports')
        .where({ id: row.id })
        .update({ submission_id: input.submissionId, amendments: Number(row.amendments) + 1, updated_at: at, ...numbers, ...supplies });
      await trx('submission_events').insert({
        submission_id: row.submission_id,
        kind: 'collection.amended',
        detail: toJson({ by: input.submissionId }),
        at,
        event_key: `collection-amended/${row.submission_id}/${input.submissionId}`,
      });
    }
    // The first report decides punctuality; an amendment after the deadline does not make an on-time report late.
    const status = first ? (late ? 'late' : 'on_time') : row.status === 'late' ? 'late' : 'on_time';
    const before = first ? null : (Object.fromEntries(REPORT_NUMBER_COLUMNS.map((c) => [c, row[c] ?? null])) as ReportNumbers);
    // The dashboard's per-round totals and latest reports move with the report (migration 0012).
    await applyReportChange(trx, {
      roundId: row.round_id,
      formKey: input.formKey,
      localDate: row.local_date,
      enterpriseId: input.enterpriseId!,
      submissionId: input.submissionId,
      statusBefore: row.status,
      statusAfter: first ? status : row.status,
      before,
      after: numbers,
      supplies,
    });
    const params = fromJson<CollectionParams>(row.params);
    if (params.liaisonFields)
      await updateLiaison(trx, {
        enterpriseId: input.enterpriseId!,
        fields: params.liaisonFields,
        data: fromJson<Record<string, unknown>>(submission.data),
        submissionId: input.submissionId,
        userId: submission.user_id === null ? null : Number(submission.user_id),
        at,
      });
    return { roundId: row.round_id as string, punctuality: status, amends: first ? null : (row.submission_id as string) };
  });
}
