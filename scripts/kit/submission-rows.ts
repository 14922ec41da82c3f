// Bare submission rows for a drill or a system test to work on: submitted, empty data, no case number, filed by a demo
// enterprise account. The database-busy drill updates them in the background; the worker-crash test starts ladders
// on them. Written straight to the table, since no form of that key is published and no workflow should start.
import type { Knex } from 'knex';

/** The account the rows are filed by: its user id and its enterprise. */
export interface SubmissionOwner {
  userId: number;
  enterpriseId: number;
}

/** Inserts one submitted row of `formKey` (version 1) per id, filed by `username`, each with workflow id `workflowIdOf(id)`. */
export async function insertSubmittedRows(
  db: Knex,
  username: string,
  formKey: string,
  ids: readonly string[],
  workflowIdOf: (id: string) => string,
): Promise<SubmissionOwner> {
  const owner: { id: number; enterprise_id: number } = await db('users').where({ username }).first('id', 'enterprise_id');
  const at = new Date().toISOString();
  await db('submissions').insert(
    ids.map((id) => ({
      id,
      form_key: formKey,
      form_version: 1,
      enterprise_id: owner.enterprise_id,
      user_id: owner.id,
      data: '{}',
      status: 'submitted',
      workflow_id: workflowIdOf(id),
      created_at: at,
      updated_at: at,
    })),
  );
  return { userId: owner.id, enterpriseId: owner.enterprise_id };
}
