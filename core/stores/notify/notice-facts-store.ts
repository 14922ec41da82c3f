// What a notice names from other aggregates: a case's number (every email about a case can show it) and an enterprise's
// name (a ladder's robot alert says whose case it is). Read-only lookups by id.
import type { Db } from '../db-types';

/** The case number of a submission, or null when it has none (or there is no such submission). */
export async function caseNumberOf(db: Db, submissionId: string): Promise<string | null> {
  const row: { case_number: string | null } | undefined = await db('submissions').where({ id: submissionId }).first('case_number');
  return row?.case_number ?? null;
}

/** An enterprise's name, or undefined when there is no such enterprise. */
export async function enterpriseNameOf(db: Db, enterpriseId: number): Promise<string | undefined> {
  const row: { name: string } | undefined = await db('enterprises').where({ id: enterpriseId }).first('name');
  return row?.name;
}
