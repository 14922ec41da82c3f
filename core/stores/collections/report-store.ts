// The `collection_reports` rows of a round and their versions: which report a submission files into, the submissions
// of a round's day it has not filed yet, the first filing (on time or late) and each amendment, every version listed in
// `collection_report_versions`, and the amended submission's timeline line. Callers pass their transaction, so a
// filing and its roll-ups commit together.
import { fromJson, toJson } from '../../db';
import type { CollectionParams } from '../../domain/collection-plan';
import { REPORT_NUMBER_COLUMNS, type FigureFields, type ReportNumbers, type SupplyNumbers } from '../../dashboard/report-numbers';
import type { Db } from '../db-types';

/** The submission a report is filed from. */
export interface ReportSubmission {
  createdAt: string;
  data: unknown;
  userId: number | null;
  formKey: string;
  formVersion: number;
}

/** An enterprise's report row in a round, with the round's deadline, date and pinned params. */
export interface ReportRow {
  id: number;
  roundId: string;
  status: string;
  submissionId: string | null;
  amendments: number;
  deadlineAt: string;
  localDate: string;
  params: CollectionParams;
  /** The numbers the current version reported. */
  numbers: ReportNumbers;
}

/** The submission with this id, as a report reads it. */
export async function reportSubmission(db: Db, submissionId: string): Promise<ReportSubmission | undefined> {
  const row: Record<string, unknown> | undefined = await db('submissions')
    .where({ id: submissionId })
    .first('created_at', 'data', 'user_id', 'form_key', 'form_version');
  if (!row) return undefined;
  return {
    createdAt: row.created_at as string,
    data: row.data,
    userId: row.user_id === null ? null : Number(row.user_id),
    formKey: String(row.form_key),
    formVersion: Number(row.form_version),
  };
}

/** The process params of a definition version. */
async function formParams(db: Db, formKey: string, version: number): Promise<Partial<CollectionParams> | undefined> {
  const form: { process: unknown } | undefined = await db('form_definitions').where({ key: formKey, version }).first('process');
  return form ? fromJson<{ params?: Partial<CollectionParams> }>(form.process).params : undefined;
}

/** The figure bindings of a definition version (its `params.figures`). */
export async function formFigures(db: Db, formKey: string, version: number): Promise<FigureFields | undefined> {
  return (await formParams(db, formKey, version))?.figures as FigureFields | undefined;
}

/** The liaison fields of a definition version (its `params.liaisonFields`), for a designation filed into no round. */
export async function formLiaisonFields(db: Db, formKey: string, version: number): Promise<CollectionParams['liaisonFields']> {
  return (await formParams(db, formKey, version))?.liaisonFields;
}

// The report row with its round's deadline, date and params; locked on PostgreSQL until the filing commits, so two
// filings for one enterprise (its own submission and a round opening that takes an earlier one) never both file first.
function reportRows(db: Db) {
  return db('collection_reports as r').join('collection_rounds as k', 'k.id', 'r.round_id').forUpdate('r');
}

const REPORT_ROW_COLUMNS = ['r.*', 'k.deadline_at', 'k.local_date', 'k.params'];

function toReportRow(row: Record<string, unknown> | undefined): ReportRow | undefined {
  if (!row) return undefined;
  return {
    id: Number(row.id),
    roundId: String(row.round_id),
    status: String(row.status),
    submissionId: row.submission_id == null ? null : String(row.submission_id),
    amendments: Number(row.amendments),
    deadlineAt: String(row.deadline_at),
    localDate: String(row.local_date),
    params: fromJson<CollectionParams>(row.params),
    numbers: Object.fromEntries(REPORT_NUMBER_COLUMNS.map((c) => [c, row[c] ?? null])) as ReportNumbers,
  };
}

/**
 * The enterprise's report in the newest round of the form open at `submittedAt`: a daily round of that local day, or a
 * campaign (which accepts late answers until the next campaign opens).
 */
export async function reportToFile(
  db: Db,
  which: { formKey: string; enterpriseId: number; submittedAt: string; localDate: string },
): Promise<ReportRow | undefined> {
  const row: Record<string, unknown> | undefined = await reportRows(db)
    .where({ 'k.form_key': which.formKey, 'r.enterprise_id': which.enterpriseId })
    .andWhere('k.opens_at', '<=', which.submittedAt)
    .andWhere((w) => {
      w.where('k.recurrence', 'once').orWhere('k.local_date', which.localDate);
    })
    .orderBy('k.opens_at', 'desc')
    .first(REPORT_ROW_COLUMNS);
  return toReportRow(row);
}

/** The enterprise's report in round `roundId`, or undefined when the round does not expect one from it. */
export async function roundReport(db: Db, roundId: string, enterpriseId: number): Promise<ReportRow | undefined> {
  const row: Record<string, unknown> | undefined = await reportRows(db)
    .where({ 'r.round_id': roundId, 'r.enterprise_id': enterpriseId })
    .first(REPORT_ROW_COLUMNS);
  return toReportRow(row);
}

/** The report the submission is listed in as a version, or undefined when no round has filed it. */
export async function filedReport(db: Db, submissionId: string): Promise<ReportRow | undefined> {
  const row: Record<string, unknown> | undefined = await reportRows(db)
    .join('collection_report_versions as v', function joinVersion() {
      this.on('v.round_id', 'r.round_id').andOn('v.enterprise_id', 'r.enterprise_id');
    })
    .where('v.submission_id', submissionId)
    .first(REPORT_ROW_COLUMNS);
  return toReportRow(row);
}

/**
 * Submissions of the form made within `[from, until)` by enterprises the round expects a report from, that no round
 * lists as a version (submitted before the round opened, or not yet filed by their own workflow), oldest first.
 */
export async function unfiledSubmissions(
  db: Db,
  round: { id: string; formKey: string },
  [from, until]: readonly [from: string, until: string],
): Promise<{ submissionId: string; enterpriseId: number }[]> {
  const rows: { id: unknown; enterprise_id: unknown }[] = await db('submissions as s')
    .join('collection_reports as r', 'r.enterprise_id', 's.enterprise_id')
    .where({ 'r.round_id': round.id, 's.form_key': round.formKey })
    .where('s.created_at', '>=', from)
    .where('s.created_at', '<', until)
    .whereNotExists(db('collection_report_versions as v').whereRaw('v.submission_id = s.id'))
    .orderBy([{ column: 's.created_at' }, { column: 's.id' }])
    .select('s.id', 's.enterprise_id');
  return rows.map((row) => ({ submissionId: String(row.id), enterpriseId: Number(row.enterprise_id) }));
}

/** Whether the submission is already a listed version; with the submission it amended, if any. */
export async function listedVersion(db: Db, submissionId: string): Promise<{ amends: string | null } | undefined> {
  const known = await db('collection_report_versions').where({ submission_id: submissionId }).first();
  if (!known) return undefined;
  const previous: { submission_id: string } | undefined = await db('collection_report_versions')
    .where({ superseded_by: submissionId })
    .first('submission_id');
  return { amends: previous?.submission_id ?? null };
}

/** A version filed into a report: its submission, when, whether after the deadline, and its numbers. */
export interface FiledVersion {
  roundId: string;
  enterpriseId: number;
  submissionId: string;
  submittedAt: string;
  late: boolean;
  at: string;
  numbers: ReportNumbers;
  supplies: SupplyNumbers;
}

/** Lists the version and makes it the report's first: on time or late. */
export async function fileFirstVersion(db: Db, reportId: number, version: FiledVersion): Promise<void> {
  await insertVersion(db, version);
  await db('collection_reports')
    .where({ id: reportId })
    .update({
      status: version.late ? 'late' : 'on_time',
      submission_id: version.submissionId,
      submitted_at: version.submittedAt,
      updated_at: version.at,
      ...version.numbers,
      ...version.supplies,
    });
}

/** Lists the version, supersedes the report's current one with it and notes the amendment on the amended submission. */
export async function fileAmendment(db: Db, report: ReportRow, version: FiledVersion): Promise<void> {
  await insertVersion(db, version);
  await db('collection_report_versions').where({ submission_id: report.submissionId }).update({ superseded_by: version.submissionId });
  await db('collection_reports')
    .where({ id: report.id })
    .update({
      submission_id: version.submissionId,
      amendments: report.amendments + 1,
      updated_at: version.at,
      ...version.numbers,
      ...version.supplies,
    });
  await db('submission_events').insert({
    submission_id: report.submissionId,
    kind: 'collection.amended',
    detail: toJson({ by: version.submissionId }),
    at: version.at,
    event_key: `collection-amended/${report.submissionId}/${version.submissionId}`,
  });
}

async function insertVersion(db: Db, version: FiledVersion): Promise<void> {
  await db('collection_report_versions').insert({
    round_id: version.roundId,
    enterprise_id: version.enterpriseId,
    submission_id: version.submissionId,
    submitted_at: version.submittedAt,
    late: version.late,
  });
}
