// The credit effect of a process: one ledger entry per workflow step, written through the ledger's only door.
import type { Db } from '#core/stores/db-types';
import { appendCreditEntry, type NewCreditEntry } from '#core/stores/credit/credit-ledger';

/** Input of awardCredit; `key` is unique per workflow step, so a retry after a lost reply writes nothing more. */
export type AwardCreditInput = Omit<NewCreditEntry, 'at' | 'reversesId' | 'submissionId'> & { submissionId: string };

/** Builds the credit activities over a DB connection. */
export function createCreditActivities(deps: { db: Db; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());
  return {
    /** Appends the entry once per key and returns its id. */
    async awardCredit(input: AwardCreditInput): Promise<{ entryId: number }> {
      const entry = await appendCreditEntry(deps.db, { ...input, at: now().toISOString() });
      return { entryId: entry.id };
    },
  };
}
