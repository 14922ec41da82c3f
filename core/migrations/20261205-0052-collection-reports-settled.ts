// A collection form's submission (a daily report, a liaison designation) stayed "received" after its workflow had
// filed it into its round and ended, so the filer's lists said 已受理 for a case with nothing left to do. Its workflow
// now ends it settled (workflows/collection-report-workflow.ts); this brings the rows filed before to the same status.
// A filed submission is one its round lists as a report version; one that found no round keeps its status. Never edit
// once merged.
import type { Knex } from 'knex';

/** Marks filed collection submissions still "received" as settled. */
export async function up(db: Knex): Promise<void> {
  const filed = db('collection_report_versions as v').select(db.raw('1')).whereRaw('v.submission_id = submissions.id');
  await db('submissions').where({ status: 'received' }).whereExists(filed).update({ status: 'settled' });
}

/** Leaves them settled: "received" was the mistake, and nothing tells the rows this migration changed from others. */
export async function down(): Promise<void> {}
