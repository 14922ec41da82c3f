// The writes of a new submission in one transaction, as fixed SQL both databases read alike: built once, not per
// request by knex's query builder, and kept prepared on SQLite (core/sqlite-client.ts).
import { recordAudit } from './audit-store';
import { casePrefixOf } from '../domain/case-number';
import { processWorkflowId } from '../domain/process-start';
import type { StoredForm } from './forms/form-store';
import type { Db } from './db-types';
import { allocateCaseNumber } from './case-number-store';
import { rawRows } from './raw-rows';

// `category` is stored as a column too, so the dashboard counts categories without reading JSON (migration 0012).
const INSERT_SUBMISSION =
  'insert into submissions (id, case_number, form_key, form_version, enterprise_id, user_id, data, category, status, ' +
  "result, workflow_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'submitted', null, ?, ?, ?) " +
  'on conflict (id) do nothing returning id';
const INSERT_EVENT = "insert into submission_events (submission_id, kind, detail, at) values (?, 'status.submitted', ?, ?)";
const DROP_DRAFT = 'delete from submission_drafts where user_id = ? and form_key = ?';

/** What the submission row holds besides what the form and the user say. */
export interface NewSubmissionRow {
  submissionId: string;
  enterpriseId: number | null;
  /** The `category` the data names (difficulty reports), or null. */
  category: string | null;
  at: string;
  /** The form data as JSON text. */
  data: string;
}

/** Who writes the submission, for the audit entry. */
export interface SubmissionAuthor {
  user: { id: number; role: string };
  requestId: string;
}

// Thrown inside the transaction to roll it back when the id was already taken: the case number it drew goes back too.
class AlreadyStored extends Error {}

/** Writes the submission with its case number, timeline event and audit entry in one transaction, and drops the
 * user's draft of the form; returns the case number, or null when the id was already stored (nothing is written). */
export async function recordSubmission(
  db: Db,
  timeZone: string,
  author: SubmissionAuthor,
  form: StoredForm,
  row: NewSubmissionRow,
): Promise<string | null> {
  const { user } = author;
  const { submissionId, at } = row;
  try {
    return await db.transaction(async (trx) => {
      // Numbered first so the row is written whole; a repeat rolls back and gives the number back.
      const caseNumber = await allocateCaseNumber(trx, casePrefixOf(form.key, form.casePrefix), at, timeZone);
      const inserted = rawRows(
        await trx.raw(INSERT_SUBMISSION, [
          submissionId,
          caseNumber,
          form.key,
          form.version,
          row.enterpriseId,
          user.id,
          row.data,
          row.category,
          processWorkflowId(submissionId),
          at,
          at,
        ]),
      );
      if (!inserted.length) throw new AlreadyStored();
      await trx.raw(INSERT_EVENT, [submissionId, JSON.stringify({ formVersion: form.version }), at]);
      await trx.raw(DROP_DRAFT, [user.id, form.key]);
      await recordAudit(trx, {
        actorId: user.id,
        actorRole: user.role,
        action: 'submission.create',
        targetType: 'submission',
        targetId: submissionId,
        summary: { formKey: form.key, formVersion: form.version, caseNumber },
        requestId: author.requestId,
      });
      return caseNumber;
    });
  } catch (error) {
    if (error instanceof AlreadyStored) return null;
    throw error;
  }
}
