// Whose addresses a case's emails went to, for the privacy layer (core/privacy/sent-messages.ts): the addresses on the
// record's own side — the filing enterprise's accounts and liaison, the site's gate officers — as opposed to staff.
import type { Db } from '../db-types';

/** Where a record sits: the enterprise that filed it and the site of the reader who officers there. */
export interface RecordSide {
  enterpriseId: number | null;
  projectId: number | null;
}

/** Those of `addresses` (lower-cased) that belong to the record's own side: an enterprise account or the liaison
 * address of `side.enterpriseId`, or a gate officer's account at `side.projectId`. */
export async function ownSideAddresses(db: Db, side: RecordSide, addresses: string[]): Promise<Set<string>> {
  const wanted = [...new Set(addresses.map((a) => a.toLowerCase()))];
  if (!wanted.length || (side.enterpriseId === null && side.projectId === null)) return new Set();
  const among = `in (${wanted.map(() => '?').join(', ')})`;
  const users = await db('users')
    .whereRaw(`lower(email) ${among}`, wanted)
    .andWhere((scope) => {
      if (side.enterpriseId !== null) scope.orWhere({ role: 'enterprise', enterprise_id: side.enterpriseId });
      if (side.projectId !== null) scope.orWhere({ role: 'gate', project_id: side.projectId });
    })
    .select('email');
  const liaison =
    side.enterpriseId === null
      ? []
      : await db('enterprises')
          .where({ id: side.enterpriseId })
          .whereRaw(`lower(liaison_email) ${among}`, wanted)
          .select('liaison_email as email');
  return new Set([...users, ...liaison].map((row) => String(row.email).toLowerCase()));
}
