// Credit entries written straight into the ledger, for tests that need one to read or reverse.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { appendCreditEntry } from '#core/stores/credit/credit-ledger';

/** Appends a +5 entry for `enterpriseId` and returns its id. */
export async function insertCreditEntry(db: Knex, enterpriseId: number, points = 5): Promise<number> {
  const entry = await appendCreditEntry(db, {
    key: `fixture/${randomUUID()}`,
    enterpriseId,
    points,
    reason: '通报表扬',
    basis: 'fixture',
    approverId: null,
    at: new Date().toISOString(),
  });
  return entry.id;
}
