// The writes of new submissions: each with its case number, timeline event and audit entry, in one transaction, as
// fixed SQL both databases read alike (not built per request by knex's query builder; kept prepared on SQLite,
// core/sqlite-client.ts). On SQLite, submissions that arrive while one is being written are written together in the next
// transaction (core/stores/group-commit.ts), one statement per table for all of them; PostgreSQL, with a connection per
// request, writes each in its own.
import { recordAudits } from './audit-store';
import { casePrefixOf } from '../domain/case-number';
import { localDate } from '../domain/working-calendar';
import { processWorkflowId } from '../domain/process-start';
import type { StoredForm } from './forms/form-store';
import type { Db } from './db-types';
import { allocateCaseNumbers } from './case-number-store';
import { groupCommit, type GroupCommitOptions } from './group-commit';
import { rawRows } from './raw-rows';

// `category` is stored as a column too, so the dashboard counts categories without reading JSON (migration 0012).
const INSERT_SUBMISSIONS =
  'insert into submissions (id, case_number, form_key, form_version, enterprise_id, user_id, data, category, status, ' +
  'result, workflow_id, created_at, updated_at) values ';
const SUBMISSION_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, 'submitted', null, ?, ?, ?)";
const INSERTED_IDS = ' on conflict (id) do nothing returning id';
const INSERT_EVENTS = 'insert into submission_events (submission_id, kind, detail, at) values ';
const EVENT_VALUES = "(?, 'status.submitted', ?, ?)";
const DROP_DRAFTS = 'delete from submission_drafts where ';
const DRAFT_OF = '(user_id = ? and form_key = ?)';

const BATCHES: GroupCommitOptions = {
  // At most this many submissions per transaction: each batch size is its own prepared statement per table.
  maxBatch: 16,
  // A constraint one submission breaks (an enterprise that is gone); busy or I/O errors are the database's.
  itemsFault: (error) => (error as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT',
};

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

/** One submission to write. */
interface NewSubmission {
  timeZone: string;
  author: SubmissionAuthor;
  form: StoredForm;
  row: NewSubmissionRow;
}

// Thrown inside the transaction to roll it back when ids were already taken: the case numbers it drew go back too.
class AlreadyStored extends Error {
  constructor(readonly ids: string[]) {
    super('submission ids already stored');
  }
}

const writers = new WeakMap<Db, (submission: NewSubmission) => Promise<string | null>>();

/** Writes the submission with its case number, timeline event and audit entry in one transaction, and drops the
 * user's draft of the form; returns the case number, or null when the id was already stored (nothing is written). */
export function recordSubmission(
  db: Db,
  timeZone: string,
  author: SubmissionAuthor,
  form: StoredForm,
  row: NewSubmissionRow,
): Promise<string | null> {
  const submission = { timeZone, author, form, row };
  if (db.client.config.client === 'pg') return writeSubmissions(db, [submission]).then(([caseNumber]) => caseNumber!);
  let write = writers.get(db);
  if (!write) writers.set(db, (write = groupCommit((batch) => writeSubmissions(db, batch), BATCHES)));
  return write(submission);
}

/** Writes a batch in one transaction; answers each its case number, or null for an id stored before or earlier in
 * the batch (a repeat writes nothing). */
async function writeSubmissions(db: Db, batch: NewSubmission[]): Promise<(string | null)[]> {
  const stored = new Set<string>();
  for (;;) {
    // The first of each id not yet stored is written; the rest are repeats.
    const fresh = batch.filter(
      ({ row }, i) => !stored.has(row.submissionId) && batch.findIndex((other) => other.row.submissionId === row.submissionId) === i,
    );
    if (!fresh.length) return batch.map(() => null);
    try {
      const numbers = await db.transaction((trx) => writeFresh(trx, fresh));
      return batch.map((submission) => numbers.get(submission) ?? null);
    } catch (error) {
      if (!(error instanceof AlreadyStored)) throw error;
      // Written again without them: every pass stores at least one id more, so this ends.
      for (const id of error.ids) stored.add(id);
    }
  }
}

/** Writes submissions whose ids are distinct inside `trx`; throws AlreadyStored when any was stored already. */
async function writeFresh(trx: Db, fresh: NewSubmission[]): Promise<Map<NewSubmission, string>> {
  // Numbered first so each row is written whole; a rollback gives the numbers back. One upsert per counter (a prefix
  // on a local day) takes as many numbers as the batch has submissions for it.
  const counters = new Map<string, { prefix: string; at: string; timeZone: string; members: NewSubmission[] }>();
  for (const submission of fresh) {
    const { form, row, timeZone } = submission;
    const prefix = casePrefixOf(form.key, form.casePrefix);
    const key = `${prefix} ${localDate(row.at, timeZone)}`;
    const counter = counters.get(key) ?? { prefix, at: row.at, timeZone, members: [] };
    counter.members.push(submission);
    counters.set(key, counter);
  }
  const numbers = new Map<NewSubmission, string>();
  for (const { prefix, at, timeZone, members } of counters.values()) {
    const taken = await allocateCaseNumbers(trx, prefix, at, timeZone, members.length);
    members.forEach((submission, i) => numbers.set(submission, taken[i]!));
  }

  const inserted = rawRows<{ id: string }>(
    await trx.raw(
      INSERT_SUBMISSIONS + fresh.map(() => SUBMISSION_VALUES).join(', ') + INSERTED_IDS,
      fresh.flatMap((submission) => {
        const { form, row, author } = submission;
        return [
          row.submissionId,
          numbers.get(submission)!,
          form.key,
          form.version,
          row.enterpriseId,
          author.user.id,
          row.data,
          row.category,
          processWorkflowId(row.submissionId),
          row.at,
          row.at,
        ];
      }),
    ),
  );
  if (inserted.length < fresh.length) {
    const written = new Set(inserted.map(({ id }) => id));
    throw new AlreadyStored(fresh.map(({ row }) => row.submissionId).filter((id) => !written.has(id)));
  }
  await trx.raw(
    INSERT_EVENTS + fresh.map(() => EVENT_VALUES).join(', '),
    fresh.flatMap(({ form, row }) => [row.submissionId, JSON.stringify({ formVersion: form.version }), row.at]),
  );
  await trx.raw(
    DROP_DRAFTS + fresh.map(() => DRAFT_OF).join(' or '),
    fresh.flatMap(({ form, author }) => [author.user.id, form.key]),
  );
  await recordAudits(
    trx,
    fresh.map((submission) => ({
      actorId: submission.author.user.id,
      actorRole: submission.author.user.role,
      action: 'submission.create',
      targetType: 'submission',
      targetId: submission.row.submissionId,
      summary: { formKey: submission.form.key, formVersion: submission.form.version, caseNumber: numbers.get(submission)! },
      requestId: submission.author.requestId,
    })),
  );
  return numbers;
}
