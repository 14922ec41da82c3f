// A monitored case's result while it runs ("received") names the end of its period, and its page states it; the
// register reads the end from the subject's or quarantine's own row. A change of the end moves both, so the two pages
// never state two ends. A case already ended (settled) keeps the result its workflow wrote then, which has the last end.
import { fromJson, toJson } from '../../db';
import type { Db } from '../db-types';

/** Moves `endsAt` in the result of the received case `submissionId`; a case in any other status is left as it is. */
export async function keepReceivedResultEnd(db: Db, submissionId: string, endsAt: string): Promise<void> {
  const row: { result: unknown } | undefined = await db('submissions').where({ id: submissionId, status: 'received' }).first('result');
  if (!row || row.result == null) return;
  const result = fromJson<Record<string, unknown>>(row.result);
  if (result.endsAt === endsAt) return;
  await db('submissions')
    .where({ id: submissionId, status: 'received' })
    .update({ result: toJson({ ...result, endsAt }) });
}
