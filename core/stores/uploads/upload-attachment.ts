// When an upload counts as attached: `upload:<id>` appears in a record its uploader made — a submission, a visit, a
// task's decision, an answer to a return the workflow accepted — or among the uploads a draft of theirs holds (its
// form's file fields, no more than the form takes: forms/draft-held-uploads.ts) while the draft was saved lately enough
// (a draft left alone stops holding files), or in an answer of theirs still pending (written before the workflow was
// asked: core/stores/submissions/case-reply-store.ts) while it is as recent: settling accepts or removes it well before,
// and one left unsettled for good stops holding files like an abandoned draft. Only the uploader's own records are
// read, as in the download's check (upload-store.ts): a submission may name no one else's file (the submission service
// refuses it), and each table is indexed by the column naming who made the row, so the question costs a look at that
// person's rows, never a scan of the table.
// Subqueries correlate with the upload as `u`.
import type { Knex } from 'knex';
import type { Db } from '../db-types';

/** A table holding form data, the column naming who wrote a row, the column holding the data, and (for a table with
 * pending rows) the column set once a row counts. */
interface Holder {
  table: string;
  owner: string;
  data: string;
  settled?: string;
}

/** Rows never edited once written: a file one of them names stays attached for good (the sweep marks it kept). */
export const RECORDS: readonly Holder[] = [
  { table: 'submissions', owner: 'user_id', data: 'data' },
  { table: 'visits', owner: 'cadre_id', data: 'data' },
  { table: 'tasks', owner: 'decided_by', data: 'outcome' },
  { table: 'case_replies', owner: 'user_id', data: 'uploads', settled: 'accepted_at' },
];

/** A saved draft: rewritten as its owner types, so a file it holds is attached only while it does. */
export const DRAFTS: Holder = { table: 'submission_drafts', owner: 'user_id', data: 'held_uploads' };

/** An answer to a return not yet accepted by the workflow: it holds its files while it is recent. */
const PENDING_REPLIES: Holder = { table: 'case_replies', owner: 'user_id', data: 'uploads' };

/** The rows of `holder` that name upload `u` (its id is a UUID: no LIKE wildcard in it). */
export function naming(db: Db, holder: Holder): Knex.QueryBuilder {
  const rows = db(`${holder.table} as h`)
    .select(db.raw('1'))
    .whereRaw(`h.${holder.owner} = u.user_id`)
    .whereRaw(`h.${holder.data} like ('%upload:' || u.id || '%')`);
  return holder.settled ? rows.whereNotNull(`h.${holder.settled}`) : rows;
}

/** The drafts of upload `u`'s uploader that hold it and were saved at `draftsSince` or later, and their pending answers
 * naming it sent as lately. */
export function holdingDrafts(db: Db, draftsSince: string): Knex.QueryBuilder {
  const pending = naming(db, PENDING_REPLIES).whereNull('h.accepted_at').where('h.created_at', '>=', draftsSince);
  return naming(db, DRAFTS).where('h.updated_at', '>=', draftsSince).unionAll(pending);
}

/** Narrows a query over `uploads as u` to the uploads no record of their uploader names and no draft saved since
 * `draftsSince` holds. */
export function whereUnattached(db: Db, query: Knex.QueryBuilder, draftsSince: string): Knex.QueryBuilder {
  for (const holder of RECORDS) query.whereNotExists(naming(db, holder));
  return query.whereNotExists(holdingDrafts(db, draftsSince));
}
